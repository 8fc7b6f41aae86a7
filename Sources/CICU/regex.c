// ICU regular expressions (uregex), as SRX 2.0 prescribes for segmentation rules.
#include "glossa_icu.h"
#include "internal.h"
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <string.h>

struct GlossaRegex; // a URegularExpression, cast

GlossaRegex *glossa_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *error,
                               int32_t *errorOffset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    memset(&parseError, 0, sizeof parseError);
    URegularExpression *regex = uregex_open((const UChar *)pattern, length, flags, &parseError, &status);
    glossa_store_error(status, error);
    if (errorOffset) *errorOffset = parseError.offset;
    if (U_FAILURE(status)) return NULL;
    return (GlossaRegex *)regex;
}

void glossa_regex_close(GlossaRegex *regex) {
    if (regex) uregex_close((URegularExpression *)regex);
}

void glossa_regex_set_text(GlossaRegex *regex, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setText((URegularExpression *)regex, (const UChar *)text, length, &status);
    glossa_store_error(status, error);
}

int32_t glossa_regex_looking_at(GlossaRegex *regex, int32_t start, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBool matched = uregex_lookingAt((URegularExpression *)regex, start, &status);
    glossa_store_error(status, error);
    return matched ? 1 : 0;
}

int32_t glossa_regex_find(GlossaRegex *regex, int32_t start, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = start < 0 ? uregex_findNext((URegularExpression *)regex, &status)
                            : uregex_find((URegularExpression *)regex, start, &status);
    glossa_store_error(status, error);
    return found ? 1 : 0;
}

int32_t glossa_regex_start(GlossaRegex *regex, int32_t group, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t value = uregex_start((URegularExpression *)regex, group, &status);
    glossa_store_error(status, error);
    return value;
}

int32_t glossa_regex_end(GlossaRegex *regex, int32_t group, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t value = uregex_end((URegularExpression *)regex, group, &status);
    glossa_store_error(status, error);
    return value;
}

int32_t glossa_regex_group_count(GlossaRegex *regex, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t value = uregex_groupCount((URegularExpression *)regex, &status);
    glossa_store_error(status, error);
    return value;
}

int32_t glossa_regex_group_number(GlossaRegex *regex, const char *name, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UChar buffer[128];
    int32_t length = 0;
    u_strFromUTF8(buffer, 128, &length, name, -1, &status);
    if (U_FAILURE(status)) {
        glossa_store_error(status, error);
        return -1;
    }
    int32_t number = uregex_groupNumberFromName((URegularExpression *)regex, buffer, length, &status);
    glossa_store_error(status, error);
    return U_FAILURE(status) ? -1 : number;
}
