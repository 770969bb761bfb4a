// Goroutine stacks. TODO(issue 3): placeholder until the stack work lands.
#include "entries.h"
#include "panic.h"

namespace ergo::rt {

void* morestack(int64_t) {
  fatal("morestack: not implemented");
}
void lessstack() {
  fatal("lessstack: not implemented");
}
void newproc(void*) {
  fatal("newproc: not implemented");
}

}  // namespace ergo::rt
