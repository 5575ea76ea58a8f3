#ifndef VOLLEY_CYAML_SHIM_H
#define VOLLEY_CYAML_SHIM_H
#include <yaml.h>
#endif
