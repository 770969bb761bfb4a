// Helpers for the goroutine, stack and system-stack tests: C++ functions as func() values,
// and running code in a forked child to see a fatal report and exit status.
#pragma once

#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>
#include <string>

namespace ergo::rt::testing {

// A func() value whose code is a plain C++ function (it ignores the context register).
struct Closure {
  void (*code)();
};

struct ChildOutcome {
  std::string stderr_text;
  int status;  // the exit status, or -1 if the child died of a signal
};

// Runs f in a forked child whose fd 2 is a pipe.
template <typename F>
ChildOutcome run_in_child(F f) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    dup2(fds[1], 2);
    f();
    _exit(99);
  }
  close(fds[1]);
  std::string out;
  char buf[256];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

// Runs f on a thread of its own in a forked child: a panic unwinds its thread's stack up to
// the end, and there it never meets Catch2's frames (C++ handlers would catch the forced
// unwind).
template <typename F>
void* call_on_thread(void* f) {
  (*static_cast<F*>(f))();
  return nullptr;
}
template <typename F>
ChildOutcome run_on_thread_in_child(F f) {
  return run_in_child([&f] {
    pthread_t thread;
    if (pthread_create(&thread, nullptr, &call_on_thread<F>, &f) == 0)
      pthread_join(thread, nullptr);
  });
}

}  // namespace ergo::rt::testing
