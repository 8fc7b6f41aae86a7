// Locale-aware number parsing (unum): "100.000" (de) and "100,000" (en) are the same number.
#include "glossa_icu.h"
#include "internal.h"
#include <unicode/unum.h>

struct GlossaNumberParser; // a UNumberFormat, cast

GlossaNumberParser *glossa_number_parser_open(const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &status);
    glossa_store_error(status, error);
    if (U_FAILURE(status)) return NULL;
    // Strict: "3.5" is not a German number (a misplaced grouping separator), "1.000.0" is nothing.
    unum_setAttribute(format, UNUM_LENIENT_PARSE, 0);
    unum_setAttribute(format, UNUM_PARSE_NO_EXPONENT, 1);
    return (GlossaNumberParser *)format;
}

void glossa_number_parser_close(GlossaNumberParser *parser) {
    if (parser) unum_close((UNumberFormat *)parser);
}

int32_t glossa_number_parse(GlossaNumberParser *parser, const uint16_t *text, int32_t length, double *value) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t position = 0;
    double result = unum_parseDouble((const UNumberFormat *)parser, (const UChar *)text, length, &position, &status);
    if (U_FAILURE(status) || position != length) return 0;
    *value = result;
    return 1;
}
