#ifndef CLIBCSV_SHIM_H
#define CLIBCSV_SHIM_H
#include <stddef.h>
#include <csv.h>
#endif
