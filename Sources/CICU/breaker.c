// Sentence and word break iteration (ubrk).
#include "glossa_icu.h"
#include "internal.h"
#include <unicode/ubrk.h>
#include <stdlib.h>

struct GlossaBreaker {
    UBreakIterator *iterator;
    int started;
};

GlossaBreaker *glossa_breaker_open(GlossaBreakKind kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == GLOSSA_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    glossa_store_error(status, error);
    if (U_FAILURE(status)) return NULL;
    GlossaBreaker *breaker = malloc(sizeof *breaker);
    if (!breaker) {
        ubrk_close(iterator);
        if (error) *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    breaker->started = 0;
    return breaker;
}

void glossa_breaker_close(GlossaBreaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

void glossa_breaker_set_text(GlossaBreaker *breaker, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    breaker->started = 0;
    glossa_store_error(status, error);
}

int32_t glossa_breaker_next(GlossaBreaker *breaker) {
    int32_t position;
    if (!breaker->started) {
        breaker->started = 1;
        position = ubrk_first(breaker->iterator);
    } else {
        position = ubrk_next(breaker->iterator);
    }
    return position == UBRK_DONE ? -1 : position;
}

GlossaWordStatus glossa_breaker_word_status(const GlossaBreaker *breaker) {
    int32_t status = ubrk_getRuleStatus(breaker->iterator);
    if (status >= UBRK_WORD_IDEO) return GLOSSA_WORD_IDEO;
    if (status >= UBRK_WORD_KANA) return GLOSSA_WORD_KANA;
    if (status >= UBRK_WORD_LETTER) return GLOSSA_WORD_LETTER;
    if (status >= UBRK_WORD_NUMBER) return GLOSSA_WORD_NUMBER;
    return GLOSSA_WORD_NONE;
}

int32_t glossa_sentence_boundaries(GlossaBreaker *breaker, const uint16_t *text, int32_t length,
                                   int32_t *out, int32_t capacity, int32_t *error) {
    glossa_breaker_set_text(breaker, text, length, error);
    if (error && *error) return 0;
    int32_t count = 0;
    for (int32_t p = ubrk_first(breaker->iterator); p != UBRK_DONE; p = ubrk_next(breaker->iterator)) {
        if (count < capacity) out[count] = p;
        count++;
    }
    return count;
}
