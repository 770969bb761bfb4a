// Helpers for the goroutine, stack and system-stack tests: C++ functions as func() values,
// and running code in a forked child to see a fatal report and exit status.
#pragma once

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

}  // namespace ergo::rt::testing
