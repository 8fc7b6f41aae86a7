import ArgumentParser
import GlossaKit

extension LanguageTag: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
