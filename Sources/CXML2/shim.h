#ifndef VOLLEY_CXML2_SHIM_H
#define VOLLEY_CXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/* libxml2 reports errors through callbacks that print to stderr by default; Volley reads the
   error it records instead. One no-op, installed per context, keeps libxml2 quiet. */
static void volley_xml_ignore_error(void *user, xmlErrorPtr error) { (void)user; (void)error; }

/* The XPath context's last error: its message and the offset in the expression where
   compiling stopped (libxml2 keeps it in int1). */
static inline xmlXPathContextPtr volley_xpath_context(xmlDocPtr doc) {
    xmlXPathContextPtr context = xmlXPathNewContext(doc);
    if (context != NULL) {
        context->error = volley_xml_ignore_error;
        context->userData = NULL;
    }
    return context;
}

static inline int volley_xpath_error_offset(xmlXPathContextPtr context) { return context->lastError.int1; }
static inline const char *volley_xpath_error_message(xmlXPathContextPtr context) { return context->lastError.message; }

/* encoding: the charset the response's Content-Type names, or NULL to let libxml2 read the
   document's own declaration (<meta charset>, <?xml encoding?>). */
static inline xmlDocPtr volley_html_read(const char *bytes, int size, const char *encoding) {
    return htmlReadMemory(bytes, size, NULL, encoding,
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT);
}

/* No network, no entity expansion, no DTD loading: a response must not make Volley fetch or
   expand anything (XXE, billion laughs). */
static inline xmlDocPtr volley_xml_read(const char *bytes, int size, const char *encoding) {
    return xmlReadMemory(bytes, size, NULL, encoding,
        XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET | XML_PARSE_COMPACT);
}

static inline int volley_xpath_type(xmlXPathObjectPtr object) { return (int)object->type; }
static inline int volley_nodeset_count(xmlXPathObjectPtr object) {
    return object->nodesetval == NULL ? 0 : object->nodesetval->nodeNr;
}
static inline xmlNodePtr volley_nodeset_item(xmlXPathObjectPtr object, int index) {
    return object->nodesetval->nodeTab[index];
}
/* xmlFree is a variable holding libxml2's deallocator; a call through a function reads plainly. */
static inline void volley_xml_free(void *pointer) { xmlFree(pointer); }
#endif
