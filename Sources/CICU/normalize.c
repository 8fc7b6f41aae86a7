// Unicode normalization (unorm2): NFC for storage, NFKC_Casefold for match keys.
#include "glossa_icu.h"
#include "internal.h"
#include <unicode/unorm2.h>

static const UNormalizer2 *glossa_normalizer(GlossaNormalForm form, UErrorCode *status) {
    switch (form) {
    case GLOSSA_NFC: return unorm2_getNFCInstance(status);
    case GLOSSA_NFD: return unorm2_getNFDInstance(status);
    case GLOSSA_NFKC: return unorm2_getNFKCInstance(status);
    case GLOSSA_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(status);
    }
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
}

int32_t glossa_normalize(GlossaNormalForm form, const uint16_t *src, int32_t length, uint16_t *dest,
                         int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = glossa_normalizer(form, &status);
    int32_t result = 0;
    if (U_SUCCESS(status))
        result = unorm2_normalize(normalizer, (const UChar *)src, length, (UChar *)dest, capacity, &status);
    glossa_store_error(status, error);
    return result;
}

int32_t glossa_is_normalized(GlossaNormalForm form, const uint16_t *src, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = glossa_normalizer(form, &status);
    UBool result = 0;
    if (U_SUCCESS(status)) result = unorm2_isNormalized(normalizer, (const UChar *)src, length, &status);
    glossa_store_error(status, error);
    return result ? 1 : 0;
}
