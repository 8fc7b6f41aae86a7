// Error names, version and UTF conversion.
#include "glossa_icu.h"
#include "internal.h"
#include <unicode/ustring.h>
#include <unicode/uversion.h>

const char *glossa_error_name(int32_t error) { return u_errorName((UErrorCode)error); }

const char *glossa_icu_version(void) { return U_ICU_VERSION; }

int32_t glossa_utf8_to_utf16(const char *src, int32_t srcLength, uint16_t *dest, int32_t destCapacity,
                             int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8((UChar *)dest, destCapacity, &length, src, srcLength, &status);
    glossa_store_error(status, error);
    return length;
}

int32_t glossa_utf16_to_utf8(const uint16_t *src, int32_t srcLength, char *dest, int32_t destCapacity,
                             int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strToUTF8(dest, destCapacity, &length, (const UChar *)src, srcLength, &status);
    glossa_store_error(status, error);
    return length;
}
