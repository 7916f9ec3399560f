#ifndef SOCIOSAN_CJANSSON_SHIM_H
#define SOCIOSAN_CJANSSON_SHIM_H
#include <jansson.h>
#endif
