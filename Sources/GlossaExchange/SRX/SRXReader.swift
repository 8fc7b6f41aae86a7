import GlossaCore

/// Reads SRX 2.0 segmentation rule files (and SRX 1.0, which has the same rules), such as those
/// OmegaT and Okapi export, into ``SegmentationRules``.
///
/// Unknown elements (Okapi's `okpsrx:options`, `okpsrx:sample`, `okpsrx:rangeRule`, anything in
/// another namespace) are skipped with a diagnostic: they change nothing glossa does.
public enum SRXReader {
    public static let namespace20 = "http://www.lisa.org/srx20"
    public static let namespace10 = "http://www.lisa.org/srx10"

    public struct Result: Sendable {
        public var rules: SegmentationRules
        public var diagnostics: [Diagnostic]
    }

    /// Parses an SRX document; `file` names it in errors and diagnostics.
    public static func read(bytes: [UInt8], file: String) throws(SRXError) -> Result {
        let reader: XMLStreamReader
        do { reader = try XMLStreamReader(bytes: bytes, file: file) } catch { throw .malformed(error) }
        var languageRules: [SegmentationRules.LanguageRule] = []
        var maps: [SegmentationRules.LanguageMap] = []
        var cascade = false
        var sawRoot = false
        var diagnostics: [Diagnostic] = []
        var currentRule: SegmentationRules.Rule?
        var ignoredNames = Set<String>()
        do {
            while try reader.read() {
                guard let type = reader.nodeType else { continue }
                let name = reader.localName
                let known = reader.namespaceURI == namespace20 || reader.namespaceURI == namespace10
                if type == .element && !known {
                    if !ignoredNames.contains(name) {
                        ignoredNames.insert(name)
                        diagnostics.append(Diagnostic(.note, "ignored element <\(name)> (\(reader.namespaceURI ?? "no namespace")): not part of SRX", at: reader.location))
                    }
                    continue
                }
                switch (type, name) {
                case (.element, "srx"):
                    sawRoot = true
                    if let version = reader.attribute("version"), version != "2.0", version != "1.0" {
                        diagnostics.append(Diagnostic(.warning, "SRX version \(version); read as 2.0", at: reader.location))
                    }
                case (.element, "header"):
                    cascade = reader.attribute("cascade")?.lowercased() == "yes"
                case (.element, "languagerule"):
                    guard let ruleName = reader.attribute("languagerulename") else {
                        throw SRXError.missingAttribute("languagerulename", element: "languagerule", reader.location)
                    }
                    languageRules.append(.init(name: ruleName, rules: []))
                case (.element, "rule"):
                    guard !languageRules.isEmpty else { throw SRXError.misplaced("rule", reader.location) }
                    let isBreak = reader.attribute("break")?.lowercased() != "no"
                    currentRule = .init(isBreak: isBreak, beforeBreak: "", afterBreak: "", location: reader.location)
                    if reader.isEmptyElement, let rule = currentRule {
                        languageRules[languageRules.count - 1].rules.append(rule)
                        currentRule = nil
                    }
                case (.element, "beforebreak"):
                    guard currentRule != nil else { throw SRXError.misplaced("beforebreak", reader.location) }
                    currentRule?.beforeBreak = try reader.readElementText()
                case (.element, "afterbreak"):
                    guard currentRule != nil else { throw SRXError.misplaced("afterbreak", reader.location) }
                    currentRule?.afterBreak = try reader.readElementText()
                case (.endElement, "rule"):
                    if let rule = currentRule { languageRules[languageRules.count - 1].rules.append(rule) }
                    currentRule = nil
                case (.element, "languagemap"):
                    guard let pattern = reader.attribute("languagepattern"), let ruleName = reader.attribute("languagerulename") else {
                        throw SRXError.missingAttribute("languagepattern and languagerulename", element: "languagemap", reader.location)
                    }
                    maps.append(.init(languagePattern: pattern, languageRuleName: ruleName))
                case (.element, "body"), (.element, "languagerules"), (.element, "maprules"), (.element, "formathandle"):
                    continue
                case (.element, _):
                    diagnostics.append(Diagnostic(.note, "ignored unknown SRX element <\(name)>", at: reader.location))
                default:
                    continue
                }
            }
        } catch let error as XMLError {
            throw .malformed(error)
        } catch let error as SRXError {
            throw error
        } catch {
            throw .malformed(XMLError(file: file, line: nil, column: nil, message: "\(error)"))
        }
        guard sawRoot else { throw .notSRX(file) }
        for map in maps where !languageRules.contains(where: { $0.name == map.languageRuleName }) {
            diagnostics.append(Diagnostic(.warning, "language map for \(map.languagePattern) names the missing rule set '\(map.languageRuleName)'", at: SourceLocation(file: file)))
        }
        return Result(rules: SegmentationRules(languageRules: languageRules, languageMaps: maps, cascade: cascade), diagnostics: diagnostics)
    }
}

/// Why an SRX file could not be read.
public enum SRXError: Error, Hashable, Sendable, CustomStringConvertible {
    case malformed(XMLError)
    case notSRX(String)
    case missingAttribute(String, element: String, SourceLocation)
    case misplaced(String, SourceLocation)

    public var description: String {
        switch self {
        case .malformed(let error):
            return "\(error) (the file is not well-formed XML; fix it or export it again from your tool)"
        case .notSRX(let file):
            return "\(file): no <srx> root element: this is not an SRX segmentation rules file"
        case let .missingAttribute(attribute, element, location):
            return "\(location): <\(element)> needs the attribute \(attribute) (SRX 2.0)"
        case let .misplaced(element, location):
            return "\(location): <\(element)> outside of a <rule> in a <languagerule>; see the SRX 2.0 structure"
        }
    }
}
