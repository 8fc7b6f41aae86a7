extension StringProtocol {
    /// The text's lines, for files read line by line: split at "\n", "\r\n" and a lone "\r",
    /// empty lines kept. (Splitting at the Character "\n" misses Windows line ends: Swift reads
    /// "\r\n" as one Character, so a CRLF file would come back as a single line.)
    /// - Complexity: O(n).
    public func lines() -> [SubSequence] {
        split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }
}
