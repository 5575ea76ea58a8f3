#ifndef VOLLEY_CSECRET_ABI_H
#define VOLLEY_CSECRET_ABI_H

// The part of libsecret's and GLib's C interface Volley uses, declared here instead of included:
// libsecret is loaded with dlopen by the first keyring call, so the build needs neither its
// headers nor its libraries (pkg-config would link all of them into every run: 7M instructions
// of dynamic relocation). Names, values and layouts are GLib's and libsecret's own, stable ABI;
// SecretABITests (VolleySecretsTests) compares them with the installed headers.

#include <stddef.h>
#include <stdint.h>

typedef char gchar;
typedef int gint;
typedef unsigned int guint;
typedef gint gboolean;
typedef void *gpointer;
typedef const void *gconstpointer;
typedef size_t gsize;
typedef ptrdiff_t gssize;
typedef uint32_t GQuark;
typedef gsize GType;

typedef guint (*GHashFunc)(gconstpointer key);
typedef gboolean (*GEqualFunc)(gconstpointer a, gconstpointer b);
typedef void (*GDestroyNotify)(gpointer data);

typedef struct _GError {
    GQuark domain;
    gint code;
    gchar *message;
} GError;

typedef struct _GList {
    gpointer data;
    struct _GList *next;
    struct _GList *prev;
} GList;

// GObject instances Volley only points at. Declared complete (with a placeholder member, never
// read) so Swift keeps typed pointers to them; their real layout is libsecret's business.
typedef struct _GCancellable { gpointer unused; } GCancellable;
typedef struct _SecretService { gpointer unused; } SecretService;
typedef struct _SecretCollection { gpointer unused; } SecretCollection;
typedef struct _SecretItem { gpointer unused; } SecretItem;
typedef struct _GDBusConnection GDBusConnection;
typedef struct _GHashTable GHashTable;
typedef struct _SecretValue SecretValue;

typedef enum { G_BUS_TYPE_SESSION = 2 } GBusType;
typedef enum { G_IO_ERROR_CANCELLED = 19 } GIOErrorEnum;
typedef enum {
    G_DBUS_ERROR_SERVICE_UNKNOWN = 2,
    G_DBUS_ERROR_NAME_HAS_NO_OWNER = 3,
    G_DBUS_ERROR_NO_REPLY = 4,
    G_DBUS_ERROR_TIMEOUT = 12,
    G_DBUS_ERROR_TIMED_OUT = 20,
    G_DBUS_ERROR_SPAWN_EXEC_FAILED = 23,
    G_DBUS_ERROR_SPAWN_CHILD_EXITED = 25,
    G_DBUS_ERROR_SPAWN_FAILED = 27,
    G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND = 31,
} GDBusError;

typedef enum { SECRET_ERROR_IS_LOCKED = 2 } SecretError;
typedef enum { SECRET_SEARCH_ALL = 1 << 1, SECRET_SEARCH_UNLOCK = 1 << 2, SECRET_SEARCH_LOAD_SECRETS = 1 << 3 } SecretSearchFlags;
typedef enum { SECRET_SERVICE_OPEN_SESSION = 1 << 1 } SecretServiceFlags;
typedef enum { SECRET_COLLECTION_NONE = 0 } SecretCollectionFlags;
typedef enum { SECRET_ITEM_CREATE_REPLACE = 1 << 1 } SecretItemCreateFlags;
typedef enum { SECRET_SCHEMA_DONT_MATCH_NAME = 1 << 1 } SecretSchemaFlags;
typedef enum { SECRET_SCHEMA_ATTRIBUTE_STRING = 0 } SecretSchemaAttributeType;

typedef struct {
    const gchar *name;
    SecretSchemaAttributeType type;
} SecretSchemaAttribute;

typedef struct {
    const gchar *name;
    SecretSchemaFlags flags;
    SecretSchemaAttribute attributes[32];
    gint reserved;
    gpointer reserved1, reserved2, reserved3, reserved4, reserved5, reserved6, reserved7;
} SecretSchema;

// Every function Volley calls, as a table looked up once from the loaded library.
typedef struct {
    GDBusConnection *(*g_bus_get_sync)(GBusType bus_type, GCancellable *cancellable, GError **error);
    void (*g_dbus_connection_set_exit_on_close)(GDBusConnection *connection, gboolean exit_on_close);
    GQuark (*g_dbus_error_quark)(void);
    GQuark (*g_io_error_quark)(void);
    GCancellable *(*g_cancellable_new)(void);
    void (*g_cancellable_cancel)(GCancellable *cancellable);
    void (*g_object_unref)(gpointer object);
    void (*g_error_free)(GError *error);
    GHashTable *(*g_hash_table_new_full)(GHashFunc hash, GEqualFunc equal, GDestroyNotify free_key, GDestroyNotify free_value);
    gboolean (*g_hash_table_insert)(GHashTable *table, gpointer key, gpointer value);
    void (*g_hash_table_unref)(GHashTable *table);
    guint (*g_str_hash)(gconstpointer v);
    gboolean (*g_str_equal)(gconstpointer v1, gconstpointer v2);
    gchar *(*g_strdup)(const gchar *str);
    void (*g_free)(gpointer mem);
    void (*g_list_free)(GList *list);
    void (*g_list_free_full)(GList *list, GDestroyNotify free_func);
    GType (*secret_service_get_type)(void);
    GQuark (*secret_error_get_quark)(void);
    SecretService *(*secret_service_open_sync)(
        GType service_gtype, const gchar *service_bus_name, SecretServiceFlags flags, GCancellable *cancellable, GError **error);
    GList *(*secret_service_search_sync)(
        SecretService *service, const SecretSchema *schema, GHashTable *attributes, SecretSearchFlags flags,
        GCancellable *cancellable, GError **error);
    SecretCollection *(*secret_collection_for_alias_sync)(
        SecretService *service, const gchar *alias, SecretCollectionFlags flags, GCancellable *cancellable, GError **error);
    gboolean (*secret_collection_get_locked)(SecretCollection *collection);
    SecretItem *(*secret_item_create_sync)(
        SecretCollection *collection, const SecretSchema *schema, GHashTable *attributes, const gchar *label,
        SecretValue *value, SecretItemCreateFlags flags, GCancellable *cancellable, GError **error);
    gboolean (*secret_item_delete_sync)(SecretItem *item, GCancellable *cancellable, GError **error);
    gboolean (*secret_item_get_locked)(SecretItem *item);
    SecretValue *(*secret_item_get_secret)(SecretItem *item);
    gboolean (*secret_item_set_secret_sync)(SecretItem *item, SecretValue *value, GCancellable *cancellable, GError **error);
    SecretValue *(*secret_value_new)(const gchar *secret, gssize length, const gchar *content_type);
    const gchar *(*secret_value_get)(SecretValue *value, gsize *length);
    void (*secret_value_unref)(gpointer value);
} VolleyLibsecret;

#endif
