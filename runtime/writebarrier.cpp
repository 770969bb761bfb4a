// The write-barrier hook (writebarrier.h) and runtime.typedmemmove, its entry for generated
// code.
#include "writebarrier.h"

#include "entries.h"

uint8_t ergo_write_barrier_enabled = 0;

namespace ergo::rt {

void write_barrier_copy(const abi::TypeDescriptor*, void*, const void*) {
  // The stop-the-world collector needs no barrier; a concurrent one shades here the pointers
  // being overwritten in dst and written from src (the words type_pointer_word marks).
}

void typedmemmove(const TypeDescriptor* t, void* dst, const void* src) {
  typed_memmove(t, dst, src);
}

}  // namespace ergo::rt
