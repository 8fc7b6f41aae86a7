import GRDB

/// The memory's tables. Shipped migrations are never edited; changes come as new ones.
///
/// - `origin`: where units came from (an imported file or an article folder) with the file's
///   TMX header and a content hash, so a rebuild can skip unchanged articles.
/// - `unit` / `variant`: TMX units and their variants (an import numbers its variants from
///   above the last indexed id, so "variants above the last indexed id" are exactly the new
///   ones, and variant order follows unit order); attributes, props, notes and inline
///   content as JSON (NULL when empty, so plain sentence pairs cost nothing extra). `contentHash`
///   finds identical units on import; `sourceHash` finds units with the same source sentence
///   (since v6 one index over both, source first: identical units share their source).
/// - `variantWords` (FTS5, unicode61 without diacritics, no column sizes since v2, `detail=column`: no word positions,
///   since matching never asks for phrases; measured at 100k units, it builds in 1.44 s
///   instead of 1.67 s and reads a word's postings in half the time; `detail=none` builds in
///   1.22 s but reads slower than the default): candidate retrieval for fuzzy matching.
///   An external-content index over `variant.text`, filled after each import for the new rows
///   only (keeping it in sync with triggers triples import time). A trigram index for the
///   concordance was measured and dropped: it took 8 of 18 seconds of a 100,000-unit import,
///   while a scan finds a word inside compounds in 0.08 s per 100,000 units.
/// - `wordFrequency`: how many variants hold each word, copied from the index's vocabulary after
///   each import (fts5vocab counts by walking a word's postings: 1.4 ms per word at 100,000
///   units, too slow to ask per query word).
/// - `glossaryEntry` / `glossaryForm`: the glossary and every searchable form of its terms
///   (since v4 also backwards, for the compounds that end in a term).
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE origin (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    contentHash TEXT,
                    header TEXT,
                    date TEXT,
                    updatedAt TEXT NOT NULL
                );
                CREATE TABLE unit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    originId INTEGER NOT NULL REFERENCES origin(id),
                    tuid TEXT,
                    attributes TEXT,
                    props TEXT,
                    notes TEXT,
                    contentHash INTEGER NOT NULL,
                    sourceHash INTEGER NOT NULL
                );
                CREATE INDEX unit_contentHash ON unit(contentHash);
                CREATE INDEX unit_sourceHash ON unit(sourceHash);
                CREATE INDEX unit_originId ON unit(originId);
                CREATE TABLE variant (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    unitId INTEGER NOT NULL REFERENCES unit(id),
                    position INTEGER NOT NULL,
                    language TEXT NOT NULL,
                    text TEXT NOT NULL,
                    content TEXT,
                    attributes TEXT,
                    props TEXT,
                    notes TEXT
                );
                CREATE INDEX variant_unitId ON variant(unitId, position);
                CREATE VIRTUAL TABLE variantWords USING fts5(
                    text, content='variant', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=column);
                CREATE VIRTUAL TABLE variantWordsVocabulary USING fts5vocab(variantWords, 'row');
                CREATE TABLE wordFrequency (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE glossaryEntry (
                    id INTEGER PRIMARY KEY,
                    sourceLanguage TEXT NOT NULL,
                    targetLanguage TEXT NOT NULL,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    sourceKey TEXT NOT NULL,
                    targetKey TEXT NOT NULL,
                    sourceVariants TEXT NOT NULL,
                    targetVariants TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    frequency INTEGER NOT NULL,
                    origin TEXT NOT NULL,
                    status TEXT NOT NULL,
                    note TEXT,
                    partOfSpeech TEXT,
                    exampleSource TEXT,
                    exampleTarget TEXT,
                    UNIQUE (sourceLanguage, targetLanguage, sourceKey, targetKey)
                );
                CREATE INDEX glossaryEntry_targetKey ON glossaryEntry(targetKey);
                CREATE TABLE glossaryForm (
                    entryId INTEGER NOT NULL REFERENCES glossaryEntry(id) ON DELETE CASCADE,
                    side TEXT NOT NULL,
                    key TEXT NOT NULL,
                    PRIMARY KEY (key, side, entryId)
                ) WITHOUT ROWID;
                CREATE INDEX glossaryForm_entryId ON glossaryForm(entryId);
                """)
        }
        // Bulk imports, measured at 100,000 units (4.8 s before):
        // - `unit` and `variant` without AUTOINCREMENT: it updates `sqlite_sequence` on every
        //   insert (0.4 s). Import gives new variants ids above the last indexed one itself, so
        //   the word index still finds exactly the new rows.
        // - The word index without per-row column sizes (`columnsize=0`): only ranking
        //   functions (bm25) read them, glossa never does; and a 16 MB buffer of pending
        //   words instead of 1 MB, so fewer segments to merge (0.3–0.4 s of 1.3 s).
        // Tables are copied and the index rebuilt (a few seconds per 100,000 units, once).
        migrator.registerMigration("v2 bulk imports") { db in
            try db.execute(sql: """
                DROP TABLE variantWordsVocabulary;
                DROP TABLE variantWords;
                CREATE TABLE unitCopy (
                    id INTEGER PRIMARY KEY,
                    originId INTEGER NOT NULL REFERENCES origin(id),
                    tuid TEXT,
                    attributes TEXT,
                    props TEXT,
                    notes TEXT,
                    contentHash INTEGER NOT NULL,
                    sourceHash INTEGER NOT NULL
                );
                INSERT INTO unitCopy SELECT id, originId, tuid, attributes, props, notes, contentHash, sourceHash FROM unit;
                CREATE TABLE variantCopy (
                    id INTEGER PRIMARY KEY,
                    unitId INTEGER NOT NULL REFERENCES unit(id),
                    position INTEGER NOT NULL,
                    language TEXT NOT NULL,
                    text TEXT NOT NULL,
                    content TEXT,
                    attributes TEXT,
                    props TEXT,
                    notes TEXT
                );
                INSERT INTO variantCopy SELECT id, unitId, position, language, text, content, attributes, props, notes FROM variant;
                DROP TABLE variant;
                DROP TABLE unit;
                ALTER TABLE unitCopy RENAME TO unit;
                ALTER TABLE variantCopy RENAME TO variant;
                DELETE FROM sqlite_sequence WHERE name IN ('unit', 'variant');
                CREATE INDEX unit_contentHash ON unit(contentHash);
                CREATE INDEX unit_sourceHash ON unit(sourceHash);
                CREATE INDEX unit_originId ON unit(originId);
                CREATE INDEX variant_unitId ON variant(unitId, position);
                CREATE VIRTUAL TABLE variantWords USING fts5(
                    text, content='variant', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
                    detail=column, columnsize=0);
                INSERT INTO variantWords(variantWords, rank) VALUES('hashsize', 16777216);
                CREATE VIRTUAL TABLE variantWordsVocabulary USING fts5vocab(variantWords, 'row');
                INSERT INTO variantWords(variantWords) VALUES('rebuild');
                """)
        }
        // Deprecated terms of a glossary entry (a term base's "do not use"), as JSON lists.
        migrator.registerMigration("v3 deprecated terms") { db in
            try db.execute(sql: """
                ALTER TABLE glossaryEntry ADD COLUMN sourceDeprecated TEXT NOT NULL DEFAULT '[]';
                ALTER TABLE glossaryEntry ADD COLUMN targetDeprecated TEXT NOT NULL DEFAULT '[]';
                """)
        }
        // Compounds of a term: each glossary key also written backwards, so that the terms
        // ending in a word are one index range ("streik" finds "Warnstreik", "strike" finds
        // "warning strike"). Existing keys are reversed here once.
        migrator.registerMigration("v4 compound lookup") { db in
            try db.execute(sql: "ALTER TABLE glossaryForm ADD COLUMN reversedKey TEXT")
            let rows = try Row.fetchAll(db, sql: "SELECT entryId, side, key FROM glossaryForm")
            for row in rows {
                let key: String = row["key"]
                try db.execute(sql: "UPDATE glossaryForm SET reversedKey = ? WHERE entryId = ? AND side = ? AND key = ?",
                               arguments: [String(key.reversed()), row["entryId"] as Int64, row["side"] as String, key])
            }
            try db.execute(sql: "CREATE INDEX glossaryForm_reversedKey ON glossaryForm(side, reversedKey)")
        }
        // The backwards keys first: with `side` first, SQLite took that index for the prefix
        // search (`side = ? AND key >= ? AND key < ?`) and read every key of the side: 150 ms per
        // lookup in a 200,000-entry glossary instead of 0.6.
        migrator.registerMigration("v5 compound lookup index") { db in
            try db.execute(sql: """
                DROP INDEX glossaryForm_reversedKey;
                CREATE INDEX glossaryForm_reversedKey ON glossaryForm(reversedKey, side);
                """)
        }
        // One index for both duplicate keys: identical units have the same source sentence,
        // so the merge looks a unit up by (sourceHash, contentHash) and the source check by
        // sourceHash alone, both a range of the one index. Each unit stored is one random
        // insert instead of two: past the page cache each of them read a page back from the
        // WAL (a 1 GB TMX, 3.5 million units, imported in 73 s with two indexes, in 57 s with one;
        // a million units in 12.6 s and 11.6 s).
        migrator.registerMigration("v6 one duplicate index") { db in
            try db.execute(sql: """
                DROP INDEX unit_contentHash;
                DROP INDEX unit_sourceHash;
                CREATE INDEX unit_hashes ON unit(sourceHash, contentHash);
                """)
        }
        return migrator
    }
}
