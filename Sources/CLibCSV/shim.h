#ifndef CLIBCSV_SHIM_H
#define CLIBCSV_SHIM_H
#include <stddef.h>
#include <string.h>
#include <csv.h>

/* The bytes libcsv holds of the field it is collecting. */
static inline size_t clibcsv_field_length(const struct csv_parser *parser) {
    return parser->entry_pos;
}

/* Drops all but the last `keep` bytes of the field being collected, moving them to the start of
   libcsv's buffer, and returns how many bytes were dropped. libcsv takes a quote it stored back
   out of the buffer when the field turns out to end there, so callers keep at least one byte. */
static inline size_t clibcsv_drop_field_bytes(struct csv_parser *parser, size_t keep) {
    if (parser->entry_pos <= keep) {
        return 0;
    }
    size_t dropped = parser->entry_pos - keep;
    memmove(parser->entry_buf, parser->entry_buf + dropped, keep);
    parser->entry_pos = keep;
    return dropped;
}
#endif
