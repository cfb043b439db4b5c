#ifndef CFREEXL_SHIM_H
#define CFREEXL_SHIM_H
#include <freexl.h>
#endif
