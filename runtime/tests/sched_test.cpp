// The temporary scheduler (scheduler.h): context switches, parking, goroutine exit and
// reuse, and migration between threads keeping getg() right.
#include <sys/syscall.h>
#include <unistd.h>
#include <catch2/catch.hpp>
#include <string>

#include "g.h"
#include "sched_testing.h"
#include "scheduler.h"
#include "stack.h"

namespace rt = ergo::rt;
using ergo::rt::testing::Closure;

// The stubs generated code calls (hooks reached through //go:linkname).
extern "C" {
void go_gosched() __asm__("runtime.Gosched");
void go_park() __asm__("runtime.ergotest_park");
int64_t go_migrate() __asm__("runtime.ergotest_migrate");
int64_t go_gid() __asm__("runtime.ergotest_gid");
int64_t go_tid() __asm__("runtime.ergotest_tid");
int64_t go_rss() __asm__("runtime.ergotest_rss");
void go_newproc(const void* closure) __asm__("runtime.newproc");
}

namespace {

std::string trace;

void ping() {
  for (int i = 0; i < 3; ++i) {
    trace += "a" + std::to_string(i) + " ";
    go_gosched();
  }
}
void pong() {
  for (int i = 0; i < 3; ++i) {
    trace += "b" + std::to_string(i) + " ";
    go_gosched();
  }
}
const Closure ping_closure{ping};
const Closure pong_closure{pong};

}  // namespace

TEST_CASE("Gosched switches between goroutines in run-queue order", "[sched]") {
  trace.clear();
  rt::newproc_g(&ping_closure);
  rt::newproc_g(&pong_closure);
  rt::run_until_idle();
  CHECK(trace == "a0 b0 a1 b1 a2 b2 ");
}

namespace {

// Callee-saved registers must survive a switch: values live in locals across it.
int64_t checksum_across_switches() {
  volatile int64_t seed = 7;
  int64_t a = seed, b = seed * 3, c = seed * 5, d = seed * 11, e = seed * 13, f = seed * 17;
  double x = static_cast<double>(seed) * 0.5, y = x * 3, z = x * 7;
  for (int i = 0; i < 5; ++i) {
    go_gosched();
    a += b;
    b += c;
    c += d;
    d += e;
    e += f;
    f += a;
    x += y;
    y += z;
    z += x;
  }
  return a + b + c + d + e + f + static_cast<int64_t>(x + y + z);
}

int64_t results[2];
void worker0() {
  results[0] = checksum_across_switches();
}
void worker1() {
  results[1] = checksum_across_switches();
}
const Closure worker0_closure{worker0};
const Closure worker1_closure{worker1};

}  // namespace

TEST_CASE("callee-saved registers survive switches", "[sched]") {
  results[0] = results[1] = 0;
  rt::newproc_g(&worker0_closure);
  rt::newproc_g(&worker1_closure);
  rt::run_until_idle();
  CHECK(results[0] != 0);
  CHECK(results[0] == results[1]);
}

namespace {

int finished = 0;
int64_t ids[3];
void parker() {
  int64_t id = go_gid();
  go_park();
  ids[finished++] = id;
}
const Closure parker_closure{parker};

}  // namespace

TEST_CASE("parked goroutines wait until unparked, in park order", "[sched]") {
  finished = 0;
  rt::G* g0 = rt::newproc_g(&parker_closure);
  rt::G* g1 = rt::newproc_g(&parker_closure);
  rt::G* g2 = rt::newproc_g(&parker_closure);
  rt::run_until_idle();
  CHECK(finished == 0);
  CHECK(g0->status == rt::GStatus::Waiting);
  rt::ergotest_unparkall();
  rt::run_until_idle();
  REQUIRE(finished == 3);
  CHECK(ids[0] == g0->id);
  CHECK(ids[1] == g1->id);
  CHECK(ids[2] == g2->id);
  CHECK(g1->id == g0->id + 1);
}

namespace {

rt::G* spawned = nullptr;
void spawner() {
  go_newproc(&ping_closure);
}
const Closure spawner_closure{spawner};

}  // namespace

TEST_CASE("an exited goroutine's G and stack are reused; newproc from a goroutine", "[sched]") {
  trace.clear();
  rt::StackStats before = rt::stack_stats();
  rt::G* g = rt::newproc_g(&spawner_closure);
  rt::run_until_idle();
  CHECK(trace == "a0 a1 a2 ");
  CHECK(g->status == rt::GStatus::Dead);
  CHECK(rt::stack_stats().slots_in_use == before.slots_in_use);
  spawned = rt::newproc_g(&ping_closure);
  CHECK((spawned == g || spawned->status == rt::GStatus::Runnable));
  rt::run_until_idle();
}

namespace {

struct MigrationRecord {
  int64_t tid_before, tid_returned, tid_after;
  rt::G* g_before;
  rt::G* g_after;
  int64_t gid_before, gid_after;
  bool stack_ok;
};
MigrationRecord record[4];

void migrator() {
  for (auto& r : record) {
    r.tid_before = go_tid();
    r.g_before = rt::getg();
    r.gid_before = go_gid();
    uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    r.tid_returned = go_migrate();
    r.tid_after = go_tid();
    r.g_after = rt::getg();
    r.gid_after = go_gid();
    r.stack_ok = sp > r.g_after->stack_lo && sp < r.g_after->stack_hi;
  }
}
const Closure migrator_closure{migrator};

}  // namespace

TEST_CASE("migration to another thread keeps getg() right", "[sched]") {
  int64_t main_tid = syscall(SYS_gettid);
  rt::G* g = rt::newproc_g(&migrator_closure);
  rt::run_until_idle();
  CHECK(rt::thread_count() == 2);  // this thread and the one started for migration
  for (const auto& r : record) {
    CHECK(r.tid_returned != r.tid_before);
    CHECK(r.tid_after == r.tid_returned);
    CHECK(r.g_before == g);
    CHECK(r.g_after == g);
    CHECK(r.gid_after == r.gid_before);
    CHECK(r.stack_ok);
  }
  // Ping-pong between the two threads.
  CHECK(record[0].tid_before == main_tid);
  CHECK(record[1].tid_returned == main_tid);
  CHECK(record[2].tid_returned == record[0].tid_returned);
  // After running goroutines, the thread holds no goroutine.
  CHECK(rt::getg() == nullptr);
}

TEST_CASE("for_each_g visits every goroutine with its status", "[sched]") {
  finished = 0;
  rt::G* waiting = rt::newproc_g(&parker_closure);
  rt::run_until_idle();
  rt::G* runnable = rt::newproc_g(&parker_closure);
  struct Found {
    rt::G* waiting;
    rt::G* runnable;
    bool saw_waiting, saw_runnable;
  } found{waiting, runnable, false, false};
  rt::for_each_g(
      [](rt::G* g, void* arg) {
        auto* f = static_cast<Found*>(arg);
        if (g == f->waiting && g->status == rt::GStatus::Waiting) f->saw_waiting = true;
        if (g == f->runnable && g->status == rt::GStatus::Runnable) f->saw_runnable = true;
      },
      &found);
  CHECK(found.saw_waiting);
  CHECK(found.saw_runnable);
  rt::run_until_idle();
  rt::ergotest_unparkall();
  rt::run_until_idle();
  CHECK(finished == 2);
}

TEST_CASE("ergotest_rss reads the resident set size", "[sched]") {
  int64_t rss = go_rss();
  CHECK(rss > 0);
  CHECK(rss % 4096 == 0);
}

namespace {

void fault() {
  *reinterpret_cast<volatile int*>(0xdead0000) = 1;
}
const Closure fault_closure{fault};
void parker_only() {
  go_park();
}
const Closure parker_only_closure{parker_only};

}  // namespace

TEST_CASE("a fault in a goroutine is gc's fatal fault report", "[sched][exit]") {
  auto outcome = ergo::rt::testing::run_in_child([] { rt::run_main(&fault_closure); });
  CHECK(outcome.status == 2);
  CHECK(outcome.stderr_text.rfind(
            "unexpected fault address 0xdead0000\nfatal error: fault\n[signal SIGSEGV: "
            "segmentation violation code=0x1 addr=0xdead0000 pc=0x",
            0) == 0);
  CHECK(outcome.stderr_text.find("]\n\ngoroutine ") != std::string::npos);  // its number varies
}

TEST_CASE("no runnable goroutine left is gc's deadlock error", "[sched][exit]") {
  auto outcome = ergo::rt::testing::run_in_child([] { rt::run_main(&parker_only_closure); });
  CHECK(outcome.status == 2);
  CHECK(outcome.stderr_text.rfind("fatal error: all goroutines are asleep - deadlock!\n", 0) == 0);
}

namespace {

int rss_parked = 0;
int rss_finished = 0;

__attribute__((noinline)) int descend(int n) {
  if (n == 0) {
    ++rss_parked;
    go_park();
    ++rss_finished;
    return 0;
  }
  int d = descend(n - 1) + 1;
  asm volatile("" ::: "memory");  // keep the recursion
  return d;
}
void deep_parker() {
  descend(50);
}
const Closure deep_parker_closure{deep_parker};

}  // namespace

TEST_CASE("100,000 goroutines parked 50 frames deep cost a few KiB each", "[sched][rss]") {
  constexpr int kGoroutines = 100000;
  rss_parked = rss_finished = 0;
  uint64_t slots_before = rt::stack_stats().slots_in_use;
  int64_t before = rt::ergotest_rss();
  for (int i = 0; i < kGoroutines; ++i) rt::newproc_g(&deep_parker_closure);
  rt::run_until_idle();
  REQUIRE(rss_parked == kGoroutines);
  int64_t per_goroutine = (rt::ergotest_rss() - before) / kGoroutines;
  INFO("resident bytes per idle goroutine: " << per_goroutine);
  CHECK(per_goroutine < 8 * 1024);
  rt::ergotest_unparkall();
  rt::run_until_idle();
  CHECK(rss_finished == kGoroutines);
  CHECK(rt::stack_stats().slots_in_use == slots_before);
}
