#ifndef VOLLEY_CSECRET_SHIM_H
#define VOLLEY_CSECRET_SHIM_H

#include <libsecret/secret.h>

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
static inline GHashTable *volley_secret_attributes_new(void) {
    return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
}

static inline void volley_secret_attributes_insert(GHashTable *table, const char *key, const char *value) {
    g_hash_table_insert(table, g_strdup(key), g_strdup(value));
}

// Macros Swift cannot import.
static inline GType volley_secret_service_type(void) { return SECRET_TYPE_SERVICE; }
static inline GQuark volley_secret_error_quark(void) { return SECRET_ERROR; }
static inline GQuark volley_io_error_quark(void) { return G_IO_ERROR; }
static inline GQuark volley_dbus_error_quark(void) { return G_DBUS_ERROR; }

#endif
