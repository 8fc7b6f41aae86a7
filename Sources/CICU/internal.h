// Private helpers of the ICU bridge; never exposed to Swift.
#ifndef GLOSSA_ICU_INTERNAL_H
#define GLOSSA_ICU_INTERNAL_H
#include <unicode/utypes.h>
#include <stdint.h>

/** Reports failures (> 0) and clears warnings (< 0, e.g. U_USING_DEFAULT_WARNING). */
static inline void glossa_store_error(UErrorCode status, int32_t *error) {
    if (error) *error = U_FAILURE(status) ? (int32_t)status : 0;
}
#endif
