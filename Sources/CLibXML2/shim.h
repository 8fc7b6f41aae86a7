// libxml2 for glossa's XML readers (TMX, TBX, SRX: the SAX2 push parser) and its HTML parser
// (articles saved from the web).
// libxml2's headers include ICU's when LIBXML_ICU_ENABLED is set; a Swift module that sees ICU's
// headers and Foundation's copy of ICU does not compile, so the flag is dropped here. glossa
// never touches the ICU-only fields it guards.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/tree.h>
#include <libxml/entities.h>
#include <libxml/relaxng.h>
#include <libxml/HTMLparser.h>
