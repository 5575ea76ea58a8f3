#ifndef VOLLEY_CSECRET_SHIM_H
#define VOLLEY_CSECRET_SHIM_H

#include <dlfcn.h>
#include "secret-abi.h"

// Loads libsecret and fills `api`; returns 0, or 1 with dlerror()'s text left for the caller.
// The table lives in Swift (a static let), so this header keeps no state of its own.
static inline int volley_libsecret_load(VolleyLibsecret *api) {
    void *library = dlopen("libsecret-1.so.0", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return 1;
    // dlsym on the library's handle also searches what it depends on: GLib, GObject and GIO.
#define VOLLEY_LOOK_UP(name) if ((api->name = (__typeof__(api->name))dlsym(library, #name)) == NULL) return 1;
    VOLLEY_LOOK_UP(g_bus_get_sync)
    VOLLEY_LOOK_UP(g_dbus_connection_set_exit_on_close)
    VOLLEY_LOOK_UP(g_dbus_error_quark)
    VOLLEY_LOOK_UP(g_io_error_quark)
    VOLLEY_LOOK_UP(g_cancellable_new)
    VOLLEY_LOOK_UP(g_cancellable_cancel)
    VOLLEY_LOOK_UP(g_object_unref)
    VOLLEY_LOOK_UP(g_error_free)
    VOLLEY_LOOK_UP(g_hash_table_new_full)
    VOLLEY_LOOK_UP(g_hash_table_insert)
    VOLLEY_LOOK_UP(g_hash_table_unref)
    VOLLEY_LOOK_UP(g_str_hash)
    VOLLEY_LOOK_UP(g_str_equal)
    VOLLEY_LOOK_UP(g_strdup)
    VOLLEY_LOOK_UP(g_free)
    VOLLEY_LOOK_UP(g_list_free)
    VOLLEY_LOOK_UP(g_list_free_full)
    VOLLEY_LOOK_UP(secret_service_get_type)
    VOLLEY_LOOK_UP(secret_error_get_quark)
    VOLLEY_LOOK_UP(secret_service_open_sync)
    VOLLEY_LOOK_UP(secret_service_search_sync)
    VOLLEY_LOOK_UP(secret_collection_for_alias_sync)
    VOLLEY_LOOK_UP(secret_collection_get_locked)
    VOLLEY_LOOK_UP(secret_item_create_sync)
    VOLLEY_LOOK_UP(secret_item_delete_sync)
    VOLLEY_LOOK_UP(secret_item_get_locked)
    VOLLEY_LOOK_UP(secret_item_get_secret)
    VOLLEY_LOOK_UP(secret_item_set_secret_sync)
    VOLLEY_LOOK_UP(secret_value_new)
    VOLLEY_LOOK_UP(secret_value_get)
    VOLLEY_LOOK_UP(secret_value_unref)
#undef VOLLEY_LOOK_UP
    return 0;
}

static inline const char *volley_libsecret_load_error(void) { return dlerror(); }

// The one schema Volley reads and writes: attributes `service` and `username`, the pair that
// Python `keyring set SERVICE USER` and `secret-tool store service S username U` write.
// SECRET_SCHEMA_DONT_MATCH_NAME: lookups ignore `xdg:schema`, so items stored by those tools
// (other schema names, extra attributes such as `application`) are found too. Items Volley
// stores get the generic schema name, which other tools treat as a plain password.
static inline const SecretSchema *volley_secret_schema(void) {
    static const SecretSchema schema = {
        "org.freedesktop.Secret.Generic",
        SECRET_SCHEMA_DONT_MATCH_NAME,
        {
            { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
            { "username", SECRET_SCHEMA_ATTRIBUTE_STRING },
            { NULL, 0 },
        },
    };
    return &schema;
}

// A string → string table that owns copies of its keys and values, as libsecret's *v calls expect.
static inline GHashTable *volley_secret_attributes_new(const VolleyLibsecret *api) {
    return api->g_hash_table_new_full(api->g_str_hash, api->g_str_equal, api->g_free, api->g_free);
}

static inline void volley_secret_attributes_insert(
    const VolleyLibsecret *api, GHashTable *table, const char *key, const char *value) {
    api->g_hash_table_insert(table, api->g_strdup(key), api->g_strdup(value));
}

#endif
