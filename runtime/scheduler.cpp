// The TEMPORARY scheduler (scheduler.h): a global run queue behind one mutex, and a single
// "P": exactly one M runs goroutines at any time, the others sleep until a goroutine is
// handed to them. Goroutines switch cooperatively (Gosched, park, exit, migrate).
#include "scheduler.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <cstdlib>

#include "panic.h"
#include "signals.h"
#include "stack.h"
#include "systemstack.h"
#include "writer.h"

namespace ergo::rt {

// An OS thread that runs goroutines.
struct M {
  int64_t id;
  int64_t tid;
  // Guarded by sched_mutex:
  G* nextg;             // handed over by another M, run when woken
  bool woken;           // set by whoever wakes the M
  uintptr_t return_sp;  // run_until_idle's saved context: return there when idle
  M* idlelink;          // the idle list
  pthread_cond_t cond;
};

namespace {

// The system stack of a thread the runtime starts (its pthread stack).
constexpr uint64_t kThreadStackSize = 1 << 20;
// The part of a stack that counts as system stack below its registered top: the stack's
// size less a margin for what lies above the top (thread start frames, TLS).
constexpr uint64_t kStackMargin = 64 * 1024;
constexpr uint64_t kMainStackCap = 8 << 20;

pthread_mutex_t sched_mutex = PTHREAD_MUTEX_INITIALIZER;

// Guarded by sched_mutex.
G* runq_head = nullptr;
G* runq_tail = nullptr;
G* parked_head = nullptr;
G* parked_tail = nullptr;
G* free_gs = nullptr;
M* idle_ms = nullptr;
G** all_gs = nullptr;  // every G ever made (Gs are reused, never freed)
size_t all_gs_count = 0;
size_t all_gs_capacity = 0;
int64_t next_goid = 1;
int64_t m_count = 0;

// Runtime C++ code never runs across a goroutine switch, so an ordinary thread-local is
// right here (generated code never reads it).
thread_local M* this_m = nullptr;

void lock() {
  pthread_mutex_lock(&sched_mutex);
}
void unlock() {
  pthread_mutex_unlock(&sched_mutex);
}

int64_t current_tid() {
  return static_cast<int64_t>(syscall(SYS_gettid));
}

M* new_m() {
  auto* m = static_cast<M*>(calloc(1, sizeof(M)));
  if (m == nullptr) fatal("runtime: out of memory");
  pthread_cond_init(&m->cond, nullptr);
  lock();
  m->id = m_count++;
  unlock();
  return m;
}

// The calling thread becomes m's: system stack below `frame`, signal stack.
void bind_thread(M* m, uintptr_t frame, uint64_t stack_size) {
  this_m = m;
  m->tid = current_tid();
  set_system_stack_below_caller(frame, stack_size - kStackMargin);
  signals_init_thread();
}

// The lists below need the lock.
void queue_put(G*& head, G*& tail, G* g) {
  g->schedlink = nullptr;
  if (tail != nullptr) {
    tail->schedlink = g;
  } else {
    head = g;
  }
  tail = g;
}

G* queue_get(G*& head, G*& tail) {
  G* g = head;
  if (g == nullptr) return nullptr;
  head = g->schedlink;
  if (head == nullptr) tail = nullptr;
  g->schedlink = nullptr;
  return g;
}

void runq_put(G* g) {
  g->status = GStatus::Runnable;
  queue_put(runq_head, runq_tail, g);
}

[[noreturn]] void execute(G* g) {
  M* m = this_m;
  g->m = m;
  g->status = GStatus::Running;
  if (g->want_tid) {
    g->want_tid = false;
    g->sched_ret = static_cast<uintptr_t>(m->tid);
  }
  setg(g);
  uintptr_t ret = g->sched_ret;
  g->sched_ret = 0;
  ergo_resume(g->sched_sp, ret);
}

[[noreturn]] void return_to_caller(M* m) {
  uintptr_t sp = m->return_sp;
  m->return_sp = 0;
  setg(nullptr);
  ergo_resume(sp, 0);
}

// Lock held: takes target off the idle list and wakes it to run g (null: to return from
// run_until_idle).
void wake(M* target, G* g) {
  for (M** p = &idle_ms; *p != nullptr; p = &(*p)->idlelink) {
    if (*p == target) {
      *p = target->idlelink;
      break;
    }
  }
  target->idlelink = nullptr;
  target->nextg = g;
  target->woken = true;
  pthread_cond_signal(&target->cond);
}

// Lock held: m has nothing to run. Sleeps until another M wakes it, then runs what it was
// handed (or returns to run_until_idle's caller).
[[noreturn]] void idle(M* m) {
  setg(nullptr);
  if (!m->woken) {
    m->idlelink = idle_ms;
    idle_ms = m;
    while (!m->woken) pthread_cond_wait(&m->cond, &sched_mutex);
  }
  m->woken = false;
  G* g = m->nextg;
  m->nextg = nullptr;
  unlock();
  if (g != nullptr) execute(g);
  return_to_caller(m);
}

// Runs the next goroutine on this M. Called on the system stack with nothing of the
// caller's left to return to.
[[noreturn]] void schedule() {
  M* m = this_m;
  lock();
  if (G* g = queue_get(runq_head, runq_tail)) {
    unlock();
    execute(g);
  }
  if (m->return_sp != 0) {
    unlock();
    return_to_caller(m);
  }
  // A test thread sleeping in run_until_idle gets the P back and returns.
  for (M* w = idle_ms; w != nullptr; w = w->idlelink) {
    if (w->return_sp != 0) {
      wake(w, nullptr);
      idle(m);
    }
  }
  unlock();
  fatal("all goroutines are asleep - deadlock!");
}

void* thread_start(void* arg) {
  auto* m = static_cast<M*>(arg);
  bind_thread(m, reinterpret_cast<uintptr_t>(__builtin_frame_address(0)), kThreadStackSize);
  lock();
  idle(m);
}

// Lock held: a new thread that starts by running g.
void start_thread(G* g) {
  M* m = static_cast<M*>(calloc(1, sizeof(M)));
  if (m == nullptr) fatal("runtime: out of memory");
  pthread_cond_init(&m->cond, nullptr);
  m->id = m_count++;
  m->nextg = g;
  m->woken = true;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kThreadStackSize);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t thread;
  if (pthread_create(&thread, &attr, thread_start, m) != 0) {
    fatal("runtime: failed to create new OS thread");
  }
  pthread_attr_destroy(&attr);
}

void remember_g(G* g) {
  lock();
  if (all_gs_count == all_gs_capacity) {
    all_gs_capacity = all_gs_capacity == 0 ? 1024 : all_gs_capacity * 2;
    all_gs = static_cast<G**>(realloc(all_gs, all_gs_capacity * sizeof(G*)));
    if (all_gs == nullptr) fatal("runtime: out of memory");
  }
  all_gs[all_gs_count++] = g;
  unlock();
}

uint64_t main_stack_size() {
  struct rlimit rl = {};
  if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
      rl.rlim_cur > kMainStackCap) {
    return kMainStackCap;
  }
  return rl.rlim_cur;
}

// The return address of the Go code's call of the runtime.newproc stub, read from the frame
// record the stub pushed on the goroutine stack before it moved to the system stack (it
// records that record's address in G::sched_sp). 0 when newproc was called from C++ (tests).
uintptr_t go_statement_pc() {
  G* g = getg();
  if (g == nullptr || g->sched_sp < g->stack_lo || g->sched_sp >= g->stack_hi) return 0;
  return reinterpret_cast<const uintptr_t*>(g->sched_sp)[1];
}

}  // namespace

G* newproc_g(const void* closure, uintptr_t gopc) {
  lock();
  G* g = free_gs;
  if (g != nullptr) free_gs = g->schedlink;
  int64_t id = next_goid++;
  unlock();
  if (g == nullptr) {
    g = static_cast<G*>(calloc(1, sizeof(G)));
    if (g == nullptr) fatal("runtime: out of memory");
    remember_g(g);
  }
  *g = G{};
  g->id = id;
  g->entry = closure;
  g->gopc = gopc;
  stack_init(g);
  g->sched_sp = make_start_context(g->stack_hi, closure);
  lock();
  runq_put(g);
  unlock();
  return g;
}

void run_main(const void* closure) {
  signals_install_handlers();
  M* m = new_m();
  bind_thread(m, reinterpret_cast<uintptr_t>(__builtin_frame_address(0)), main_stack_size());
  newproc_g(closure);
  schedule();
}

void run_until_idle() {
  M* m = this_m;
  auto frame = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (m == nullptr) {
    m = new_m();
    bind_thread(m, frame, main_stack_size());
  }
  // Below this frame, wherever the caller is this time.
  set_system_stack_below_caller(frame, main_stack_size() - kStackMargin);
  ergo_save_and_call(&m->return_sp, [](void*) { schedule(); }, nullptr);
}

void for_each_g(void (*visit)(G* g, void* arg), void* arg) {
  lock();
  for (size_t i = 0; i < all_gs_count; ++i) visit(all_gs[i], arg);
  unlock();
}

int64_t thread_count() {
  lock();
  int64_t n = m_count;
  unlock();
  return n;
}

// ---- Entry points and hooks (on the system stack, through their stubs) ----

void newproc(void* closure) {
  if (closure == nullptr) fatal("go of nil func value");
  newproc_g(closure, go_statement_pc());
}

void gosched_switch(G* g) {
  lock();
  runq_put(g);
  unlock();
  schedule();
}

void goexit_switch(G* g) {
  stack_free(g);
  g->status = GStatus::Dead;
  g->m = nullptr;
  lock();
  g->schedlink = free_gs;
  free_gs = g;
  unlock();
  schedule();
}

void ergotest_park_switch(G* g) {
  lock();
  g->status = GStatus::Waiting;
  queue_put(parked_head, parked_tail, g);
  unlock();
  schedule();
}

void ergotest_migrate_switch(G* g) {
  M* m = this_m;
  lock();
  g->want_tid = true;
  g->status = GStatus::Runnable;
  M* target = idle_ms;
  while (target != nullptr && target == m) target = target->idlelink;
  if (target != nullptr) {
    wake(target, g);
  } else {
    start_thread(g);
  }
  idle(m);
}

void ergotest_unparkall() {
  lock();
  while (G* g = queue_get(parked_head, parked_tail)) runq_put(g);
  unlock();
}

int64_t ergotest_rss() {
  int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  char buf[128];
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return -1;
  buf[n] = '\0';
  // "size resident shared ...", in pages.
  const char* p = buf;
  while (*p != '\0' && *p != ' ') ++p;
  int64_t pages = 0;
  for (++p; *p >= '0' && *p <= '9'; ++p) pages = pages * 10 + (*p - '0');
  return pages * sysconf(_SC_PAGESIZE);
}

int64_t ergotest_gid() {
  G* g = getg();
  return g == nullptr ? 0 : g->id;
}

int64_t ergotest_tid() {
  return current_tid();
}

void mainexit() {
  print_flush();
  exit(0);
}

}  // namespace ergo::rt
