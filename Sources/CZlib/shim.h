// zlib (Debian's zlib1g-dev) for TMX and glossary files compressed with gzip, as OPUS and
// other corpora ship them: read block by block, never whole.
#include <zlib.h>
