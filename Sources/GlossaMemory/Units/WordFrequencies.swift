import GRDB

/// Keeps `wordFrequency` (how many stored variants hold each word, for ranking fuzzy-match
/// candidates) in step with the word index after an import.
///
/// Two ways, by the size of the change against the memory's:
/// - a large import recounts from the index's vocabulary (one walk over every posting: 0.13 s
///   at 100,000 units, 0.9 s at a million);
/// - a small one counts only its own words, with SQLite's tokenizer in a temporary index of
///   the new texts (and one of the deleted texts), and adds (subtracts) those counts, so a
///   10-unit import into a million-unit memory no longer pays for the memory's whole vocabulary.
enum WordFrequencies {
    /// A change this many times smaller than the memory is counted by itself.
    static let incrementalBelow = 8

    /// - Parameters:
    ///   - addedAfter: new variants have ids above this (and were added to the word index).
    ///   - deletedTexts: the texts of deleted variants the word index held.
    static func update(in db: Database, addedAfter: Int64, deletedTexts: [String]) throws {
        let added = try Int.fetchOne(db, sql: "SELECT count(*) FROM variant WHERE id > ?", arguments: [addedAfter]) ?? 0
        // The highest old id stands for the memory's size (counting its rows would read them all).
        guard (added + deletedTexts.count) * incrementalBelow < Int(addedAfter) else { return try refreshAll(in: db) }
        try prepareScratch(in: db)
        try db.execute(sql: "INSERT INTO temp.scratchWords(text) SELECT text FROM variant WHERE id > ?", arguments: [addedAfter])
        try db.execute(sql: """
            INSERT INTO wordFrequency (term, documents) SELECT term, doc FROM temp.scratchWordsVocabulary WHERE true
            ON CONFLICT(term) DO UPDATE SET documents = documents + excluded.documents
            """)
        if !deletedTexts.isEmpty {
            try db.execute(sql: "DELETE FROM temp.scratchWords")
            let insert = try db.cachedStatement(sql: "INSERT INTO temp.scratchWords(text) VALUES (?)")
            for text in deletedTexts { try insert.execute(arguments: [text]) }
            try db.execute(sql: """
                UPDATE wordFrequency SET documents = documents - gone.doc
                FROM temp.scratchWordsVocabulary AS gone WHERE gone.term = wordFrequency.term;
                DELETE FROM wordFrequency WHERE documents <= 0;
                """)
        }
        try db.execute(sql: "DELETE FROM temp.scratchWords")
    }

    /// Recounts every word from the word index's vocabulary.
    /// - Complexity: O(postings), one pass over the index.
    static func refreshAll(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM wordFrequency;
            INSERT INTO wordFrequency (term, documents) SELECT term, doc FROM variantWordsVocabulary;
            """)
    }

    /// A temporary full-text table with the word index's tokenizer (only this connection sees
    /// it; it goes with the connection).
    private static func prepareScratch(in db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.scratchWords USING fts5(
                text, tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0);
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.scratchWordsVocabulary USING fts5vocab(temp, scratchWords, 'row');
            DELETE FROM temp.scratchWords;
            """)
    }
}
