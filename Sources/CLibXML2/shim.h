// Debian's libxml2 is built with ICU; Foundation ships its own ICU. Hide libxml2's ICU part
// before including anything else, or the two clash (see docs/PITFALLS in the shared folder).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>
