// Program entry: crt1.o's _start calls __libc_start_main, which calls main below. Kept out of
// the test build of the runtime, whose main is Catch2's.
#include "entry.h"

#include "writer.h"

// Defined by generated code (abi.h): every package's initialisers in dependency order, then
// the program.
void ergo_inittasks() __asm__("ergo.inittasks");
void main_main() __asm__("main.main");

namespace ergo::rt {

namespace {
int saved_argc = 0;
char** saved_argv = nullptr;
}  // namespace

int argc() {
  return saved_argc;
}
char** argv() {
  return saved_argv;
}

}  // namespace ergo::rt

// TODO(scheduler): main.main should run as goroutine 1 on its own stack.
int main(int argc, char** argv) {
  ergo::rt::saved_argc = argc;
  ergo::rt::saved_argv = argv;
  ergo_inittasks();
  main_main();
  ergo::rt::print_flush();  // normally empty: every print flushes on unlock
  return 0;
}
