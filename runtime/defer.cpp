// Defer, panic and recover. TODO(issue 3): placeholder until the unwinding work lands.
#include "entries.h"
#include "panic.h"

namespace ergo::rt {

void deferproc(void*, void*) {
  fatal("deferproc: not implemented");
}
void* deferpop(void*) {
  fatal("deferpop: not implemented");
}
Pair gorecover(void*) {
  fatal("gorecover: not implemented");
}
uint8_t panicrecovered(void*) {
  fatal("panicrecovered: not implemented");
}
void unwindresume(void*) {
  fatal("unwindresume: not implemented");
}

}  // namespace ergo::rt
