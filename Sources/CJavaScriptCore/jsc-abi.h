#ifndef VOLLEY_CJAVASCRIPTCORE_ABI_H
#define VOLLEY_CJAVASCRIPTCORE_ABI_H

// The part of JavaScriptCore's C API Volley uses, declared here instead of included: the engine
// is loaded with dlopen by the first script, so the build needs neither its headers nor its
// library, and a run without scripts does not pay for mapping ~32 MB of engine, ICU and GLib.
// The names and types are JavaScriptCore's own stable C ABI (JSBase.h, JSValueRef.h,
// JSObjectRef.h, JSStringRef.h, JSContextRef.h); the two execution-limit calls are exported by
// the library but declared in JSContextRefPrivate.h, and JSGetMemoryUsageStatistics (one context
// group's heap, for the memory limit) in JSBasePrivate.h, neither of which Debian ships.
// JavaScriptCoreABITests (VolleyScriptTests) compares these with the installed headers.

#include <stdbool.h>
#include <stddef.h>

typedef const struct OpaqueJSContextGroup *JSContextGroupRef;
typedef const struct OpaqueJSContext *JSContextRef;
typedef struct OpaqueJSContext *JSGlobalContextRef;
typedef struct OpaqueJSString *JSStringRef;
typedef struct OpaqueJSClass *JSClassRef;
typedef const struct OpaqueJSValue *JSValueRef;
typedef struct OpaqueJSValue *JSObjectRef;
typedef unsigned short JSChar;
typedef unsigned JSPropertyAttributes;

typedef JSValueRef (*JSObjectCallAsFunctionCallback)(
    JSContextRef ctx, JSObjectRef function, JSObjectRef thisObject, size_t argumentCount,
    const JSValueRef arguments[], JSValueRef *exception);
typedef bool (*JSShouldTerminateCallback)(JSContextRef ctx, void *context);

// Every function Volley calls, filled by volley_jsc_load.
typedef struct {
    JSContextGroupRef (*JSContextGroupCreate)(void);
    void (*JSContextGroupRelease)(JSContextGroupRef group);
    JSGlobalContextRef (*JSGlobalContextCreateInGroup)(JSContextGroupRef group, JSClassRef globalObjectClass);
    void (*JSGlobalContextRelease)(JSGlobalContextRef ctx);
    JSObjectRef (*JSContextGetGlobalObject)(JSContextRef ctx);
    JSGlobalContextRef (*JSContextGetGlobalContext)(JSContextRef ctx);
    void (*JSContextGroupSetExecutionTimeLimit)(
        JSContextGroupRef group, double limit, JSShouldTerminateCallback callback, void *context);

    JSValueRef (*JSEvaluateScript)(
        JSContextRef ctx, JSStringRef script, JSObjectRef thisObject, JSStringRef sourceURL,
        int startingLineNumber, JSValueRef *exception);
    bool (*JSCheckScriptSyntax)(
        JSContextRef ctx, JSStringRef script, JSStringRef sourceURL, int startingLineNumber,
        JSValueRef *exception);

    JSStringRef (*JSStringCreateWithCharacters)(const JSChar *chars, size_t numChars);
    JSStringRef (*JSStringCreateWithUTF8CString)(const char *string);
    void (*JSStringRelease)(JSStringRef string);
    size_t (*JSStringGetMaximumUTF8CStringSize)(JSStringRef string);
    size_t (*JSStringGetUTF8CString)(JSStringRef string, char *buffer, size_t bufferSize);
    size_t (*JSStringGetLength)(JSStringRef string);

    bool (*JSValueIsUndefined)(JSContextRef ctx, JSValueRef value);
    bool (*JSValueIsNumber)(JSContextRef ctx, JSValueRef value);
    bool (*JSValueIsObject)(JSContextRef ctx, JSValueRef value);
    JSValueRef (*JSValueMakeUndefined)(JSContextRef ctx);
    JSValueRef (*JSValueMakeString)(JSContextRef ctx, JSStringRef string);
    JSValueRef (*JSValueMakeNumber)(JSContextRef ctx, double number);
    double (*JSValueToNumber)(JSContextRef ctx, JSValueRef value, JSValueRef *exception);
    JSStringRef (*JSValueToStringCopy)(JSContextRef ctx, JSValueRef value, JSValueRef *exception);
    JSObjectRef (*JSValueToObject)(JSContextRef ctx, JSValueRef value, JSValueRef *exception);
    void (*JSValueProtect)(JSContextRef ctx, JSValueRef value);
    void (*JSValueUnprotect)(JSContextRef ctx, JSValueRef value);

    JSObjectRef (*JSObjectMakeFunctionWithCallback)(
        JSContextRef ctx, JSStringRef name, JSObjectCallAsFunctionCallback callAsFunction);
    JSValueRef (*JSObjectGetProperty)(
        JSContextRef ctx, JSObjectRef object, JSStringRef propertyName, JSValueRef *exception);
    void (*JSObjectSetProperty)(
        JSContextRef ctx, JSObjectRef object, JSStringRef propertyName, JSValueRef value,
        JSPropertyAttributes attributes, JSValueRef *exception);
    bool (*JSObjectIsFunction)(JSContextRef ctx, JSObjectRef object);
    JSValueRef (*JSObjectCallAsFunction)(
        JSContextRef ctx, JSObjectRef object, JSObjectRef thisObject, size_t argumentCount,
        const JSValueRef arguments[], JSValueRef *exception);

    // An object of numbers about the heap of ctx's context group: heapSize, heapCapacity,
    // extraMemorySize, objectCount... (JSBasePrivate.h).
    JSObjectRef (*JSGetMemoryUsageStatistics)(JSContextRef ctx);
} VolleyJSC;

#endif
