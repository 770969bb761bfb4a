// Declarations of every runtime entry point that generated code calls. abi.h's
// ERGO_RUNTIME_ENTRIES table stays the single source of truth: the prototypes below give each
// entry its C++ parameter types, and the X-macro expansion at the end re-declares each one with
// its implementation symbol (asm label `ergo.impl.` + the gc-style name, whose stub
// systemstack.cpp generates) and `noreturn` flag, and checks at compile time that the C++
// signature matches the table's word string.
//
// The entries have C++ linkage inside ergo::rt rather than extern "C": an extern "C" `write`
// would collide with libc's write(2). The asm label fixes the symbol, and C and C++ linkage
// share one calling convention on both targets, so the linkage language is invisible to callers.
#pragma once

#include <cstdint>

#include "abi/abi.h"

namespace ergo::rt {

using abi::Pair;
using abi::TypeDescriptor;

// print.cpp: the print/println builtins, written to fd 2.
void printint(int64_t v);
void printuint(uint64_t v);
void printbool(uint8_t v);
void printstring(const uint8_t* data, int64_t len);
void printpointer(const void* p);
void printslice(const void* data, int64_t len, int64_t cap);
void printeface(const TypeDescriptor* type, const void* data);
// A float64 and a complex128 as gc prints them; the arguments are the float64s' bits.
void printfloat(uint64_t bits);
void printcomplex(uint64_t re, uint64_t im);
void printsp();
void printnl();
void printlock();
void printunlock();

// alloc.cpp, slice.cpp: allocation.
void* newobject(const TypeDescriptor* type);
void* makeslice(const TypeDescriptor* elem, int64_t len, int64_t cap);
Pair growslice(const TypeDescriptor* elem, const void* oldptr, int64_t oldlen, int64_t oldcap,
               int64_t newlen);

// string.cpp: strings.
Pair concatstring2(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
int64_t cmpstring(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
uint8_t memequal(const void* p, const void* q, int64_t n);
Pair slicebytetostring(const uint8_t* data, int64_t len);
Pair stringtoslicebyte(const uint8_t* data, int64_t len);
Pair intstring(int64_t rune);
// string(runes): the UTF-8 encoding of each rune (U+FFFD for invalid ones).
Pair slicerunetostring(const int32_t* data, int64_t len);
// []rune(s) in two steps: the number of runes n, then a fresh []rune of them, returned as
// {data, cap} with cap the size-class rounded capacity, as gc's rawruneslice.
int64_t countrunes(const uint8_t* data, int64_t len);
Pair stringtorunes(const uint8_t* data, int64_t len, int64_t n);
// range over a string: decodes the rune at byte offset k of s; returns {rune, next offset}.
// Invalid UTF-8 yields U+FFFD and advances one byte, as gc.
Pair decoderune(const uint8_t* data, int64_t len, int64_t k);

// complex.cpp: n / m for complex128 (gc's runtime.complex128div), every part as float64 bits;
// returns {real bits, imaginary bits}.
Pair complex128div(uint64_t nre, uint64_t nim, uint64_t mre, uint64_t mim);

// iface.cpp: interfaces.
uint8_t efaceeq(const TypeDescriptor* t1, void* d1, const TypeDescriptor* t2, void* d2);
abi::Itab* getitab(const TypeDescriptor* inter, const TypeDescriptor* t);
abi::Itab* assertE2I(const TypeDescriptor* inter, const TypeDescriptor* t);

// panic.cpp: panics (all noreturn, see the table).
void gopanic(const TypeDescriptor* type, void* data);
void panicIndex(int64_t x, int64_t len);
// An index of unsigned type: x is printed as unsigned (gc's panicIndexU).
void panicIndexU(int64_t x, int64_t len);
void panicSliceAlen(int64_t x, int64_t len);
void panicSliceAcap(int64_t x, int64_t cap);
void panicSliceB(int64_t x, int64_t y);
// s[a:b:c] (gc's panicSlice3*): c > len (an array or *array), c > cap, b > c, a > b.
void panicSlice3Alen(int64_t x, int64_t len);
void panicSlice3Acap(int64_t x, int64_t cap);
void panicSlice3B(int64_t x, int64_t y);
void panicSlice3C(int64_t x, int64_t y);
// (*[x]T)(s) and [x]T(s) with len(s) = y < x.
void panicSliceConvert(int64_t x, int64_t y);
void panicSliceToArray(int64_t x, int64_t y);
void panicdivide();
void panicshift();
void panicnilderef();
// A value method called through a nil pointer (the (*T).M wrapper): gc's panicwrap, whose
// message the compiler spells out.
void panicwrap(const uint8_t* msg, int64_t len);
void panicdottype(const TypeDescriptor* have, const TypeDescriptor* want,
                  const TypeDescriptor* iface);

// syscall.cpp: the write(2) behind stdlib's os/fmt.
int64_t write(int64_t fd, const void* data, int64_t len, int64_t cap);

// stack.cpp, scheduler.cpp: goroutine stacks and creation (docs/abi.md, "Stacks").
void* morestack(int64_t framesize);
void lessstack();
void newproc(void* closure);

// defer.cpp, unwind.cpp: defer, panic and recover (docs/abi.md, "Defer, panic, recover").
void deferproc(void* frame, void* closure);
void* deferpop(void* frame);
Pair gorecover(void* callerfp);
uint8_t panicrecovered(void* exception);
void unwindresume(void* exception);

// map.cpp: maps (docs/abi.md, "Maps"); Map and MapIter are defined in map.h.
struct Map;
struct MapIter;
Map* makemap(const abi::MapType* t, int64_t hint);
void* mapaccess1(const abi::MapType* t, Map* m, const void* key);
Pair mapaccess2(const abi::MapType* t, Map* m, const void* key);
void* mapassign(const abi::MapType* t, Map* m, const void* key);
void mapdelete(const abi::MapType* t, Map* m, const void* key);
void mapiterinit(const abi::MapType* t, Map* m, MapIter* it);
void mapiternext(MapIter* it);
void mapclear(const abi::MapType* t, Map* m);
int64_t maplen(const Map* m);

// typealg.cpp: == on structs and arrays that are not plain memory.
uint8_t typedequal(const TypeDescriptor* t, const void* p, const void* q);
// writebarrier.cpp: the copy behind pointer stores while the write barrier is on.
void typedmemmove(const TypeDescriptor* t, void* dst, const void* src);

// unsafe.cpp: unsafe.Slice's and unsafe.String's argument checks.
void unsafeslicecheck(int64_t elemsize, const void* ptr, int64_t len);
void unsafestringcheck(const void* ptr, int64_t len);

namespace entries_detail {

// The table's word letter for a C++ parameter or result type; '?' for anything else.
template <typename T>
struct Word {
  static constexpr char value = '?';
};
template <typename T>
struct Word<T*> {
  static constexpr char value = 'p';
};
template <>
struct Word<int64_t> {
  static constexpr char value = 'i';
};
template <>
struct Word<uint64_t> {
  static constexpr char value = 'i';
};
template <>
struct Word<uint8_t> {
  static constexpr char value = 'b';
};
template <>
struct Word<void> {
  static constexpr char value = 'v';
};
template <>
struct Word<Pair> {
  static constexpr char value = 'P';
};

template <typename F>
struct Signature;
template <typename R, typename... A>
struct Signature<R(A...)> {
  static constexpr bool matches(char result, const char* params) {
    const char words[] = {Word<A>::value..., '\0'};
    if (Word<R>::value != result) return false;
    for (unsigned i = 0; i <= sizeof...(A); ++i) {
      if (words[i] != params[i]) return false;
    }
    return true;
  }
};

}  // namespace entries_detail

// The last column of the tables: abi.h's EntryEnd names, and true/false (noreturn or not)
// for the runtime's own hooks.
#define ERGO_RT_NORETURN_returns
#define ERGO_RT_NORETURN_may_panic
#define ERGO_RT_NORETURN_panics __attribute__((noreturn))
#define ERGO_RT_NORETURN_unwinds __attribute__((noreturn))
#define ERGO_RT_NORETURN_true __attribute__((noreturn))
#define ERGO_RT_NORETURN_false
// The C++ implementation of the entry `runtime.x` is the symbol `ergo.impl.runtime.x`: the
// symbol `runtime.x` itself is its assembly stub, which runs the implementation on the
// system stack (systemstack.h). Runtime C++ code calling the C++ name calls the
// implementation directly. The check comes first: clang makes noreturn part of the
// function type. scheduler.h declares its hooks with the same macro.
#define ERGO_RT_DECLARE_ENTRY(symbol, name, result, params, noreturn)               \
  static_assert(entries_detail::Signature<decltype(name)>::matches(result, params), \
                symbol ": C++ signature differs from abi.h");                       \
  ERGO_RT_NORETURN_##noreturn decltype(name) name __asm__("ergo.impl." symbol);
ERGO_RUNTIME_ENTRIES(ERGO_RT_DECLARE_ENTRY)

// Builds a two-word result.
inline Pair make_pair(const void* p, uint64_t n) {
  return Pair{reinterpret_cast<uint64_t>(p), n};
}

}  // namespace ergo::rt
