// The scheduler and the system-stack stubs in a real program on both targets (ctest runs the
// arm64 build under qemu), before the compiler can write `go` statements: C++ stand-ins for
// the generated ergo.inittasks and main.main call the runtime through the same symbols
// generated code uses. Prints PASS, or what went wrong and exits 1.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" {
void go_gosched() __asm__("runtime.Gosched");
void go_park() __asm__("runtime.ergotest_park");
void go_unparkall() __asm__("runtime.ergotest_unparkall");
int64_t go_migrate() __asm__("runtime.ergotest_migrate");
int64_t go_tid() __asm__("runtime.ergotest_tid");
int64_t go_gid() __asm__("runtime.ergotest_gid");
int64_t go_rss() __asm__("runtime.ergotest_rss");
void go_newproc(const void* closure) __asm__("runtime.newproc");
void inittasks() __asm__("ergo.inittasks");
void main_main() __asm__("main.main");
}

namespace {

// A func() value whose code ignores the context register.
struct Closure {
  void (*code)();
};

void check(bool ok, const char* what) {
  if (!ok) {
    fprintf(stderr, "FAIL: %s\n", what);
    exit(1);
  }
}

constexpr int kGoroutines = 100000;
constexpr int kDepth = 50;
constexpr int64_t kMaxResidentPerGoroutine = 8 * 1024;
int parked = 0, finished = 0;

__attribute__((noinline)) int descend(int n) {
  if (n == 0) {
    ++parked;
    go_park();
    ++finished;
    return 0;
  }
  int d = descend(n - 1) + 1;
  asm volatile("" ::: "memory");  // keep the recursion
  return d;
}
void parker() {
  descend(kDepth);
}
const Closure parker_closure{parker};

// Floating-point values live in callee-saved vector registers (d8-d15 on arm64) across
// switches to the other worker and to main.
double sums[2];
template <int I>
void float_worker() {
  double a = 1.5, b = 2.25, c = 3.125;
  for (int i = 0; i < 10; ++i) {
    go_gosched();
    a += b;
    b += c;
    c += a;
  }
  sums[I] = a + b + c;
}
const Closure float0{float_worker<0>};
const Closure float1{float_worker<1>};

double expected_sum() {
  double a = 1.5, b = 2.25, c = 3.125;
  for (int i = 0; i < 10; ++i) {
    a += b;
    b += c;
    c += a;
  }
  return a + b + c;
}

}  // namespace

void inittasks() {}

void main_main() {
  check(go_gid() == 1, "main.main runs as goroutine 1");

  int64_t before = go_rss();
  for (int i = 0; i < kGoroutines; ++i) go_newproc(&parker_closure);
  go_gosched();  // every new goroutine runs until it parks, then main again
  check(parked == kGoroutines, "every goroutine parked");
  int64_t per_goroutine = (go_rss() - before) / kGoroutines;
  fprintf(stderr, "resident bytes per idle goroutine: %lld\n",
          static_cast<long long>(per_goroutine));
  check(per_goroutine < kMaxResidentPerGoroutine, "resident bytes per idle goroutine");
  go_unparkall();
  go_gosched();
  check(finished == kGoroutines, "every goroutine finished");

  go_newproc(&float0);
  go_newproc(&float1);
  volatile double seed = 0.5;
  double x = seed, y = seed * 3;
  for (int i = 0; i < 12; ++i) {
    go_gosched();
    x += y;
    y += x;
  }
  check(sums[0] == expected_sum() && sums[1] == expected_sum(), "vector registers survive");
  double ex = 0.5, ey = 1.5;
  for (int i = 0; i < 12; ++i) {
    ex += ey;
    ey += ex;
  }
  check(x == ex && y == ey, "main's vector registers survive");

  for (int i = 0; i < 5; ++i) {
    int64_t t0 = go_tid();
    int64_t t1 = go_migrate();
    check(t1 != t0 && go_tid() == t1, "migrated to another thread");
    check(go_gid() == 1, "still goroutine 1 after migrating");
  }
  printf("PASS\n");
}
