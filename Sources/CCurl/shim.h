#ifndef VOLLEY_CCURL_SHIM_H
#define VOLLEY_CCURL_SHIM_H

#include <curl/curl.h>

// Swift cannot call C variadic functions, so each argument type of
// curl_easy_setopt / curl_easy_getinfo / curl_multi_setopt gets a typed,
// prefixed, non-variadic wrapper here.

static inline CURLcode volley_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode volley_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode volley_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode volley_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode volley_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode volley_easy_setopt_write_callback(CURL *handle, CURLoption option,
    size_t (*callback)(char *, size_t, size_t, void *)) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode volley_easy_setopt_debug_callback(CURL *handle,
    int (*callback)(CURL *, curl_infotype, char *, size_t, void *)) {
    return curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, callback);
}

static inline CURLcode volley_easy_setopt_xferinfo_callback(CURL *handle,
    int (*callback)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t)) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

static inline CURLcode volley_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}
static inline CURLcode volley_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}
static inline CURLcode volley_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLSHcode volley_share_setopt_long(CURLSH *share, CURLSHoption option, long value) {
    return curl_share_setopt(share, option, value);
}
static inline CURLSHcode volley_share_setopt_pointer(CURLSH *share, CURLSHoption option, void *value) {
    return curl_share_setopt(share, option, value);
}
static inline CURLSHcode volley_share_setopt_lock(CURLSH *share,
    void (*callback)(CURL *, curl_lock_data, curl_lock_access, void *)) {
    return curl_share_setopt(share, CURLSHOPT_LOCKFUNC, callback);
}
static inline CURLSHcode volley_share_setopt_unlock(CURLSH *share, void (*callback)(CURL *, curl_lock_data, void *)) {
    return curl_share_setopt(share, CURLSHOPT_UNLOCKFUNC, callback);
}
static inline CURLcode volley_easy_getinfo_slist(CURL *handle, CURLINFO info, struct curl_slist **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode volley_easy_getinfo_certinfo(CURL *handle, struct curl_certinfo **value) {
    return curl_easy_getinfo(handle, CURLINFO_CERTINFO, value);
}

static inline CURLMcode volley_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}
static inline CURLMcode volley_multi_setopt_pointer(CURLM *handle, CURLMoption option, void *value) {
    return curl_multi_setopt(handle, option, value);
}

// CURLVERSION_NOW is a macro naming an enum value Swift does not import; it must be the age of
// the struct this header declares, so it is taken here.
static inline curl_version_info_data *volley_version_info(void) {
    return curl_version_info(CURLVERSION_NOW);
}

// CURLAUTH_DIGEST and CURLAUTH_NTLM are cast expressions, macros Swift does not import.
static const unsigned long volley_auth_digest = CURLAUTH_DIGEST;
static const unsigned long volley_auth_ntlm = CURLAUTH_NTLM;

#endif
