#ifndef VOLLEY_CJAVASCRIPTCORE_SHIM_H
#define VOLLEY_CJAVASCRIPTCORE_SHIM_H

#include <dlfcn.h>
#include "jsc-abi.h"

#if defined(__APPLE__)
#define VOLLEY_JSC_LIBRARY "/System/Library/Frameworks/JavaScriptCore.framework/JavaScriptCore"
#else
#define VOLLEY_JSC_LIBRARY "libjavascriptcoregtk-4.1.so.0"
#endif

static inline const char *volley_jsc_library_name(void) { return VOLLEY_JSC_LIBRARY; }

// Loads JavaScriptCore and fills `api`; returns 0, or 1 with dlerror()'s text left for the
// caller. The table lives in Swift (a static let), so this header keeps no state of its own.
static inline int volley_jsc_load(VolleyJSC *api) {
    void *library = dlopen(VOLLEY_JSC_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return 1;
#define VOLLEY_LOOK_UP(name) if ((api->name = (__typeof__(api->name))dlsym(library, #name)) == NULL) return 1;
    VOLLEY_LOOK_UP(JSContextGroupCreate)
    VOLLEY_LOOK_UP(JSContextGroupRelease)
    VOLLEY_LOOK_UP(JSGlobalContextCreateInGroup)
    VOLLEY_LOOK_UP(JSGlobalContextRelease)
    VOLLEY_LOOK_UP(JSContextGetGlobalObject)
    VOLLEY_LOOK_UP(JSContextGetGlobalContext)
    VOLLEY_LOOK_UP(JSContextGroupSetExecutionTimeLimit)
    VOLLEY_LOOK_UP(JSEvaluateScript)
    VOLLEY_LOOK_UP(JSCheckScriptSyntax)
    VOLLEY_LOOK_UP(JSStringCreateWithCharacters)
    VOLLEY_LOOK_UP(JSStringCreateWithUTF8CString)
    VOLLEY_LOOK_UP(JSStringRelease)
    VOLLEY_LOOK_UP(JSStringGetMaximumUTF8CStringSize)
    VOLLEY_LOOK_UP(JSStringGetUTF8CString)
    VOLLEY_LOOK_UP(JSStringGetLength)
    VOLLEY_LOOK_UP(JSValueIsUndefined)
    VOLLEY_LOOK_UP(JSValueIsNumber)
    VOLLEY_LOOK_UP(JSValueIsObject)
    VOLLEY_LOOK_UP(JSValueMakeUndefined)
    VOLLEY_LOOK_UP(JSValueMakeString)
    VOLLEY_LOOK_UP(JSValueMakeNumber)
    VOLLEY_LOOK_UP(JSValueToNumber)
    VOLLEY_LOOK_UP(JSValueToStringCopy)
    VOLLEY_LOOK_UP(JSValueToObject)
    VOLLEY_LOOK_UP(JSValueProtect)
    VOLLEY_LOOK_UP(JSValueUnprotect)
    VOLLEY_LOOK_UP(JSObjectMakeFunctionWithCallback)
    VOLLEY_LOOK_UP(JSObjectGetProperty)
    VOLLEY_LOOK_UP(JSObjectSetProperty)
    VOLLEY_LOOK_UP(JSObjectIsFunction)
    VOLLEY_LOOK_UP(JSObjectCallAsFunction)
    VOLLEY_LOOK_UP(JSGetMemoryUsageStatistics)
#undef VOLLEY_LOOK_UP
    return 0;
}

static inline const char *volley_jsc_load_error(void) { return dlerror(); }

// Sets engine options (`name=value name=value`, JSC_* environment variables' syntax) before the
// first context group exists; returns 0, or 1 when this build of the engine has no such calls
// (JSC::Options is C++, not part of the C API: the macOS framework does not export it). Called
// once, right after volley_jsc_load, before any JSContextGroupCreate: the options freeze then.
static inline int volley_jsc_set_options(const char *options) {
    void *library = dlopen(VOLLEY_JSC_LIBRARY, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD);
    if (library == NULL) return 1;
    // JSC::Options::initialize() and JSC::Options::setOptions(const char *): static members, so
    // plain C calling convention. Initialized first: initializing later would reset the defaults.
    void (*initialize)(void) = (void (*)(void))dlsym(library, "_ZN3JSC7Options10initializeEv");
    bool (*set_options)(const char *) = (bool (*)(const char *))dlsym(library, "_ZN3JSC7Options10setOptionsEPKc");
    dlclose(library);  // only drops the reference RTLD_NOLOAD took; volley_jsc_load's stays
    if (initialize == NULL || set_options == NULL) return 1;
    initialize();
    return set_options(options) ? 0 : 1;
}

#endif
