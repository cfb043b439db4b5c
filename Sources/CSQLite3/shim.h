#ifndef CSQLITE3_SHIM_H
#define CSQLITE3_SHIM_H
#include <sqlite3.h>

/* Swift cannot import the function-pointer casts behind these macros. */
static const sqlite3_destructor_type CSQLITE3_STATIC = ((sqlite3_destructor_type)0);
static const sqlite3_destructor_type CSQLITE3_TRANSIENT = ((sqlite3_destructor_type)-1);
#endif
