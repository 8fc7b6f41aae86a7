#ifndef GLOSSA_ICU_H
#define GLOSSA_ICU_H
/*
 * glossa's bridge over ICU (Debian's libicu-dev).
 *
 * Only glossa's own functions and plain C types appear here: no ICU header is included, so a
 * Swift module that imports this one never sees ICU's version-renamed symbols (ubrk_open_72)
 * nor ICU's C types, which clash with the copy of ICU inside Foundation.
 *
 * Text is UTF-16 (uint16_t code units), as ICU wants it; callers convert once per paragraph
 * with glossa_utf8_to_utf16. Offsets are UTF-16 code-unit offsets unless a name says utf8.
 * Every function that can fail takes `int32_t *error`: 0 on success, an ICU UErrorCode (> 0)
 * on failure; glossa_error_name turns it into text. Warnings (< 0) are reported as 0.
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The ICU name of an error code, e.g. "U_REGEX_RULE_SYNTAX". */
const char *glossa_error_name(int32_t error);

/** The ICU version in use, e.g. "72.1". */
const char *glossa_icu_version(void);

/* ---- UTF conversion ---------------------------------------------------------------------- */

/**
 * UTF-8 to UTF-16. Returns the UTF-16 length (also when dest is too small: then *error is
 * U_BUFFER_OVERFLOW_ERROR and nothing useful was written). Invalid UTF-8 gives an error.
 * Cost: one pass, several hundred MB/s.
 */
int32_t glossa_utf8_to_utf16(const char *src, int32_t srcLength, uint16_t *dest, int32_t destCapacity,
                             int32_t *error);

/** UTF-16 to UTF-8; same contract as glossa_utf8_to_utf16. */
int32_t glossa_utf16_to_utf8(const uint16_t *src, int32_t srcLength, char *dest, int32_t destCapacity,
                             int32_t *error);

/* ---- Break iteration --------------------------------------------------------------------- */

typedef struct GlossaBreaker GlossaBreaker;

typedef enum {
    GLOSSA_BREAK_SENTENCE = 0,
    GLOSSA_BREAK_WORD = 1
} GlossaBreakKind;

/** Opens a break iterator for a locale ("de", "en"). Close it with glossa_breaker_close. */
GlossaBreaker *glossa_breaker_open(GlossaBreakKind kind, const char *locale, int32_t *error);
void glossa_breaker_close(GlossaBreaker *breaker);

/** Points the iterator at text (not copied: it must outlive the iteration). */
void glossa_breaker_set_text(GlossaBreaker *breaker, const uint16_t *text, int32_t length, int32_t *error);

/** The next boundary after the current one, or -1 at the end. The first call returns 0. */
int32_t glossa_breaker_next(GlossaBreaker *breaker);

/** Kind of the segment ending at the last returned boundary (word breaks). */
typedef enum {
    GLOSSA_WORD_NONE = 0,    /* spaces, punctuation, symbols */
    GLOSSA_WORD_NUMBER = 1,
    GLOSSA_WORD_LETTER = 2,
    GLOSSA_WORD_KANA = 3,
    GLOSSA_WORD_IDEO = 4
} GlossaWordStatus;

GlossaWordStatus glossa_breaker_word_status(const GlossaBreaker *breaker);

/**
 * Sentence boundaries of a whole UTF-16 buffer in one call (used by the raw-ICU baseline of the
 * benchmark). Writes at most capacity offsets; returns how many boundaries there are.
 */
int32_t glossa_sentence_boundaries(GlossaBreaker *breaker, const uint16_t *text, int32_t length,
                                   int32_t *out, int32_t capacity, int32_t *error);

/* ---- Regular expressions ----------------------------------------------------------------- */

typedef struct GlossaRegex GlossaRegex;

enum {
    GLOSSA_REGEX_CASE_INSENSITIVE = 2,
    GLOSSA_REGEX_COMMENTS = 4,
    GLOSSA_REGEX_DOTALL = 32,
    GLOSSA_REGEX_MULTILINE = 8
};

/**
 * Compiles an ICU regular expression. On a syntax error *error is set and *errorOffset holds
 * the UTF-16 offset in the pattern where ICU stopped.
 */
GlossaRegex *glossa_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *error,
                               int32_t *errorOffset);
void glossa_regex_close(GlossaRegex *regex);

/** Points the regex at text (not copied). */
void glossa_regex_set_text(GlossaRegex *regex, const uint16_t *text, int32_t length, int32_t *error);

/** 1 if the pattern matches starting exactly at start (lookbehind sees the text before). */
int32_t glossa_regex_looking_at(GlossaRegex *regex, int32_t start, int32_t *error);

/** 1 if a match is found at or after start (start -1: continue after the previous match). */
int32_t glossa_regex_find(GlossaRegex *regex, int32_t start, int32_t *error);

/** Start / end of group (0 = whole match) of the last match; -1 if the group did not take part. */
int32_t glossa_regex_start(GlossaRegex *regex, int32_t group, int32_t *error);
int32_t glossa_regex_end(GlossaRegex *regex, int32_t group, int32_t *error);

/** Number of capturing groups in the pattern. */
int32_t glossa_regex_group_count(GlossaRegex *regex, int32_t *error);

/** Number of the named group (ASCII name), or -1. */
int32_t glossa_regex_group_number(GlossaRegex *regex, const char *name, int32_t *error);

/* ---- Normalization ----------------------------------------------------------------------- */

typedef enum {
    GLOSSA_NFC = 0,
    GLOSSA_NFD = 1,
    GLOSSA_NFKC = 2,
    GLOSSA_NFKC_CASEFOLD = 3
} GlossaNormalForm;

/** Normalizes src into dest; returns the needed length (U_BUFFER_OVERFLOW_ERROR if too small). */
int32_t glossa_normalize(GlossaNormalForm form, const uint16_t *src, int32_t length, uint16_t *dest,
                         int32_t capacity, int32_t *error);

/** 1 if src is already in the form (a fast check that saves a copy for most text). */
int32_t glossa_is_normalized(GlossaNormalForm form, const uint16_t *src, int32_t length, int32_t *error);

/* ---- Numbers ----------------------------------------------------------------------------- */

typedef struct GlossaNumberParser GlossaNumberParser;

GlossaNumberParser *glossa_number_parser_open(const char *locale, int32_t *error);
void glossa_number_parser_close(GlossaNumberParser *parser);

/**
 * Parses a decimal number written the locale's way ("100.000" and "3,5" in de; "100,000" and
 * "3.5" in en). Returns 1 and sets *value when the whole text is one number, else 0.
 */
int32_t glossa_number_parse(GlossaNumberParser *parser, const uint16_t *text, int32_t length, double *value);

#ifdef __cplusplus
}
#endif
#endif
