// Program entry: crt1.o's _start calls __libc_start_main, which calls main below. Kept out of
// the test build of the runtime, whose main is Catch2's.
#include "entry.h"

#include "scheduler.h"

// Defined by generated code (abi.h): every package's initialisers in dependency order, then
// the program.
void ergo_inittasks() __asm__("ergo.inittasks");
void main_main() __asm__("main.main");
// scheduler.h's hook, through its system-stack stub: flushes and exits with status 0.
[[noreturn]] void ergo_mainexit() __asm__("ergo.mainexit");

namespace ergo::rt {

namespace {
int saved_argc = 0;
char** saved_argv = nullptr;

// Goroutine 1's function, on its own stack (gc's runtime.main): initialisers, then the
// program; the process ends when main.main returns, whatever other goroutines do.
void main_goroutine() __asm__("runtime.main");
void main_goroutine() {
  ergo_inittasks();
  main_main();
  ergo_mainexit();
}

// A func() value: the closure object's first word is the code pointer.
const void* const main_closure[1] = {reinterpret_cast<const void*>(&main_goroutine)};
}  // namespace

int argc() {
  return saved_argc;
}
char** argv() {
  return saved_argv;
}

}  // namespace ergo::rt

int main(int argc, char** argv) {
  ergo::rt::saved_argc = argc;
  ergo::rt::saved_argv = argv;
  ergo::rt::run_main(ergo::rt::main_closure);
}
