// The one source of truth for every layout and entry point shared by the compiler's
// generated code and the C++ runtime. The compiler includes this header to build its LLVM
// types; the runtime includes it to read them. Keep it free of anything but <cstdint>.
//
// Calling convention between generated code and the runtime (see docs/abi.md):
//  * every argument is a scalar word (pointer, i64, or i8 for bool); Go strings are passed as
//    two arguments (data, len), slices as three (data, len, cap);
//  * a result is at most two words, returned as a plain struct of two 8-byte fields, which
//    LLVM and C++ both return in registers (rax:rdx on amd64, x0:x1 on arm64);
//  * runtime entry points are named as gc spells them (`runtime.printint`) through asm labels.
// Go-to-Go calls use LLVM's own convention with first-class aggregates (both sides are LLVM).
#pragma once

#include <cstdint>

namespace ergo::abi {

struct TypeDescriptor;

// Go's string header: {data, len}.
struct String {
  const uint8_t* data;
  int64_t len;
};

// Go's slice header: {data, len, cap}.
struct Slice {
  void* data;
  int64_t len;
  int64_t cap;
};

// The empty interface: {type, data}. A nil interface has type == nullptr.
// `data` points to a heap copy of the value, except for pointer-shaped types (kind Pointer,
// UnsafePointer, Map, Chan, Func), whose value is stored in the data word itself, as gc does.
struct Eface {
  const TypeDescriptor* type;
  void* data;
};

// Two-word result of a runtime call (a string, or a pointer and a capacity).
struct Pair {
  uint64_t first;
  uint64_t second;
};

// reflect.Kind's numbering, so that stdlib/reflect can expose the value unchanged.
enum class Kind : uint8_t {
  Invalid = 0,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
};

// A type descriptor is a constant global emitted by the compiler (linkonce_odr, so each type
// is one symbol in the whole binary and type identity at run time is pointer identity).
// Symbol name: "type:" followed by the type's gc spelling, e.g. "type:int", "type:[]string".
// docs/abi.md ("GC metadata") records the decisions behind this layout.

// Equality and hashing of values of one type, stored in memory at p and q (gc's `equal` and
// `hasher`). Both receive the descriptor itself as their last argument, so one runtime
// function serves every array, struct or plain-memory size (gc needs a closure or generated
// code for those). They are C++ runtime code: only the runtime calls them, on the system
// stack; generated code that needs one goes through a runtime entry point.
using EqualFn = uint8_t (*)(const void* p, const void* q, const TypeDescriptor* t);
using HashFn = uint64_t (*)(const void* p, uint64_t seed, const TypeDescriptor* t);

// TypeDescriptor::flags.
inline constexpr uint16_t kTypeFlagRegularMemory = 1 << 0;   // == and hash may use the bytes
inline constexpr uint16_t kTypeFlagDirectIface = 1 << 1;     // value is an interface's data word
inline constexpr uint16_t kTypeFlagGCBitsIndirect = 1 << 2;  // gcbits holds a bitmap's address

// One field of a struct type, in declaration order (TypeDescriptor::fields).
struct StructField {
  String name;                 // "_" for blank fields, which == and hashing skip
  const TypeDescriptor* type;  // the field's type
  uint64_t offset;             // byte offset in the struct
  uint64_t flags;              // kStructFieldEmbedded
};
inline constexpr uint64_t kStructFieldEmbedded = 1;

// One method of a named type's method set (UncommonType::methods), for itabs: an itab is
// built by walking an interface's methods and this list together, both sorted by name.
struct Method {
  String name;                 // the method's name; an unexported one is qualified: "pkgpath.name"
  const TypeDescriptor* type;  // its func type without receiver
  const void* ifn;             // code called through an interface: the receiver is the data word
  const void* tfn;  // code called with the receiver value itself (method values/expressions)
};

// Methods of a named type (TypeDescriptor::uncommon); nullptr when it has none.
struct UncommonType {
  String pkgpath;         // the defining package's import path
  const Method* methods;  // mcount entries, sorted by name
  int64_t mcount;         // all methods in the method set
  int64_t xcount;         // the exported ones, which come first in gc's order
};

// One method of an interface type, for itabs: the descriptor of an interface with methods
// has `len` = the number of methods and `fields` pointing to `len` of these (reinterpreted),
// in the order of the itab's `fun` slots (sorted by name).
struct IMethod {
  String name;                 // as Method::name
  const TypeDescriptor* type;  // its func type without receiver
};

// The first word of a non-empty interface value {itab, data} (nil interface: itab == nullptr):
// the pair (interface type, dynamic type) and the dynamic type's code for each of the
// interface's methods, called with the data word as receiver. The compiler emits constant ones
// (`go:itab.T,I`, linkonce_odr) when it knows both types; the runtime builds and caches the
// others (runtime/iface.cpp).
struct Itab {
  const TypeDescriptor* inter;
  const TypeDescriptor* type;
  uint64_t hash;       // type->hash, for type switches
  const void* fun[1];  // `inter->len` entries
};
inline constexpr uint64_t kItabTypeOffset = 8;
inline constexpr uint64_t kItabFunOffset = 24;

struct TypeDescriptor {
  uint64_t size;               // unsafe.Sizeof
  uint64_t ptrdata;            // length of the prefix that can hold pointers (0: pointer-free)
  uint32_t hash;               // FNV-1a of `name`: fast inequality in type switches
  uint8_t align;               // unsafe.Alignof
  Kind kind;                   // reflect.Kind
  uint16_t flags;              // kTypeFlag*
  String name;                 // gc's spelling for %T and panics: "int", "main.T", "[]string"
  const TypeDescriptor* elem;  // element type of pointer, slice, array; nullptr otherwise
  int64_t len;                 // array length; number of fields of a struct; 0 otherwise
  // Pointer bitmap of the ptrdata prefix, one bit per 8-byte word (bit i: word i holds a
  // pointer), least significant bit first. Inline when the prefix has at most 64 words;
  // otherwise (kTypeFlagGCBitsIndirect) the address of ceil(words / 8) bytes, bit i in byte
  // i / 8 at position i % 8. 0 when ptrdata == 0. Read it with type_pointer_word().
  uint64_t gcbits;
  EqualFn equal;                 // nullptr: the type is not comparable
  HashFn hasher;                 // nullptr: the type cannot be a map key
  const StructField* fields;     // `len` fields of a struct; nullptr otherwise
  const UncommonType* uncommon;  // the method table of a named type; nullptr without methods
};

// Pointer prefixes of up to this many words keep their bitmap inline in `gcbits`.
inline constexpr uint64_t kInlineGCBitsWords = 64;

// Whether the 8-byte word `word` of a value of type t (word < t->ptrdata / 8) holds a pointer.
inline bool type_pointer_word(const TypeDescriptor* t, uint64_t word) {
  if (t->flags & kTypeFlagGCBitsIndirect) {
    const uint8_t* bits = reinterpret_cast<const uint8_t*>(t->gcbits);
    return (bits[word / 8] >> (word % 8)) & 1;
  }
  return word < kInlineGCBitsWords && ((t->gcbits >> word) & 1);
}

// The runtime's equality and hash functions (runtime/typealg.cpp) that descriptors point to,
// named as gc names its own where gc has one. The compiler picks a pair per type:
//   memequalN/memhashN  kTypeFlagRegularMemory types of size N (0, 1, 2, 4, 8, 16 bytes);
//   memequal_varlen     other regular-memory sizes (reads t->size);
//   f32/f64/c64/c128    floats and complex numbers (+0 == -0, NaN != NaN);
//   str                 strings; nilinter: `interface {}`; inter: interfaces with methods;
//   array, struct       element by element through t->elem and t->fields (blank fields
//                       skipped), for types that are not regular memory.
// ERGO_TYPE_ALGS(X): X(equal symbol, equal C++ name, hash symbol, hash C++ name)
#define ERGO_TYPE_ALGS(X)                                                                 \
  X("runtime.memequal0", memequal0, "runtime.memhash0", memhash0)                         \
  X("runtime.memequal8", memequal8, "runtime.memhash8", memhash8)                         \
  X("runtime.memequal16", memequal16, "runtime.memhash16", memhash16)                     \
  X("runtime.memequal32", memequal32, "runtime.memhash32", memhash32)                     \
  X("runtime.memequal64", memequal64, "runtime.memhash64", memhash64)                     \
  X("runtime.memequal128", memequal128, "runtime.memhash128", memhash128)                 \
  X("runtime.memequal_varlen", memequal_varlen, "runtime.memhash_varlen", memhash_varlen) \
  X("runtime.f32equal", f32equal, "runtime.f32hash", f32hash)                             \
  X("runtime.f64equal", f64equal, "runtime.f64hash", f64hash)                             \
  X("runtime.c64equal", c64equal, "runtime.c64hash", c64hash)                             \
  X("runtime.c128equal", c128equal, "runtime.c128hash", c128hash)                         \
  X("runtime.strequal", strequal, "runtime.strhash", strhash)                             \
  X("runtime.interequal", interequal, "runtime.interhash", interhash)                     \
  X("runtime.nilinterequal", nilinterequal, "runtime.nilinterhash", nilinterhash)         \
  X("runtime.arrayequal", arrayequal, "runtime.arrayhash", arrayhash)                     \
  X("runtime.structequal", structequal, "runtime.structhash", structhash)

// The map of pointer-holding package variables: every package contributes one constant array
// of these in the section `ergo_gcroots` (kept by the linker through SHF_GNU_RETAIN); the
// runtime walks [__start_ergo_gcroots, __stop_ergo_gcroots). The variable at `addr` holds one
// value of `type`, whose gcbits say which words are pointers.
struct GCRoot {
  const void* addr;
  const TypeDescriptor* type;
};
inline constexpr const char* kGCRootSection = "ergo_gcroots";

// How a runtime entry ends (the last column of ERGO_RUNTIME_ENTRIES, below).
enum class EntryEnd : uint8_t { returns, may_panic, panics, unwinds };
inline constexpr bool entryMayPanic(EntryEnd e) {
  return e == EntryEnd::may_panic || e == EntryEnd::panics;
}
inline constexpr bool entryNoReturn(EntryEnd e) {
  return e == EntryEnd::panics || e == EntryEnd::unwinds;
}

// ---- Goroutines, stacks and the current G (docs/abi.md, "Stacks" and "The current G") ----
// The running goroutine is the thread-local `ergo_current_g` (a G*, local-exec TLS model).
// Generated code and the runtime read it afresh each time through an `asm volatile` TLS
// access, never through an address computed once: a goroutine can resume on another thread
// after any call.
inline constexpr const char* kCurrentGSymbol = "ergo_current_g";
// The only field of the G that generated code reads: the prologue calls runtime.morestack
// when sp < G->stackguard (= the current segment's low end + kStackRedZone).
inline constexpr uint64_t kGStackGuardOffset = 0;
// The prologue check runs after the backend's prologue has built the frame, so every frame
// (plus the 16 bytes a runtime stub pushes) must fit in this margin.
inline constexpr uint64_t kStackRedZone = 16 * 1024;
// The first segment of every goroutine (a slot of a MAP_NORESERVE slab).
inline constexpr uint64_t kStackSegmentSize = 64 * 1024;
// gc's limit on 64-bit targets: "goroutine stack exceeds 1000000000-byte limit".
inline constexpr uint64_t kMaxStackBytes = 1000000000;
// The personality routine of every generated function (runtime/unwind.cpp).
inline constexpr const char* kPersonalitySymbol = "ergo_personality";

// ---- Maps (docs/abi.md, "Maps") ----
// The descriptor of a map type map[K]V: a TypeDescriptor (kind Map, `elem` = V, not
// comparable, one pointer word) followed by what the runtime needs, as gc's maptype extends
// its _type. The symbol "type:map[K]V" names the whole struct; the map entry points take its
// address. `slot` is the descriptor of the unnamed struct { key K; elem V } (gc layout; its
// own symbol as for any struct type), which the table stores side by side; `elem_offset` is
// the elem field's offset in it.
struct MapType {
  TypeDescriptor type;
  const TypeDescriptor* key;
  const TypeDescriptor* elem;
  const TypeDescriptor* slot;
  uint64_t elem_offset;
};
inline constexpr unsigned kMapTypeFields = 5;  // the descriptor, key, elem, slot, elem_offset
// A map value is a pointer to the runtime's map header (nil: the nil map), whose first word
// is len(m), so the compiler may read len inline: m == nil ? 0 : *(int64*)(m + offset).
inline constexpr uint64_t kMapCountOffset = 0;
// `range m` keeps a MapIter in the frame of the function that ranges (runtime/map.h
// defines its fields): the first word is the current key's address (nil when the iteration
// is done), the second the current element's. Both point into the map's storage: copy the
// key and element out before the loop body runs (the body may grow the map).
inline constexpr uint64_t kMapIterSize = 80;
inline constexpr uint64_t kMapIterAlign = 8;
inline constexpr uint64_t kMapIterKeyOffset = 0;
inline constexpr uint64_t kMapIterElemOffset = 8;

// The fields of TypeDescriptor (the compiler emits it as an LLVM struct with this many).
inline constexpr unsigned kTypeDescriptorFields = 14;
static_assert(sizeof(String) == 16 && sizeof(Slice) == 24 && sizeof(Eface) == 16);
static_assert(sizeof(TypeDescriptor) == 96);
static_assert(__builtin_offsetof(TypeDescriptor, name) == 24 &&
              __builtin_offsetof(TypeDescriptor, elem) == 40 &&
              __builtin_offsetof(TypeDescriptor, gcbits) == 56 &&
              __builtin_offsetof(TypeDescriptor, uncommon) == 88);
static_assert(sizeof(StructField) == 40 && sizeof(Method) == 40 && sizeof(UncommonType) == 40);
static_assert(sizeof(IMethod) == 24 && __builtin_offsetof(Itab, fun) == kItabFunOffset &&
              __builtin_offsetof(Itab, type) == kItabTypeOffset);
static_assert(sizeof(GCRoot) == 16);
static_assert(sizeof(MapType) == 128 && __builtin_offsetof(MapType, key) == 96 &&
              __builtin_offsetof(MapType, slot) == 112);

}  // namespace ergo::abi

// Runtime entry points called by generated code. The X-macro lists each once with its gc-style
// symbol name, its C++ name, and its LLVM signature as words: 'p' pointer, 'i' i64, 'b' i8 (bool),
// 'v' void result, 'P' two-word Pair result. Floating-point values travel as their IEEE bits in 'i'
// words (printfloat, complex128div), so that every entry takes integer registers only. The last
// column says how the entry ends:
//   returns    always returns;
//   may_panic  returns, or raises a Go panic (bad arguments: makeslice's length, ...);
//   panics     never returns: raises a Go panic (gopanic, panicIndex, ...);
//   unwinds    never returns: continues unwinding a panic (unwindresume).
// Generated code calls the panicking ones (may_panic, panics) with `invoke` in functions
// with defers, and the runtime starts a panic's trace at the Go frame that called one.
// ERGO_RUNTIME_ENTRY(symbol, cxx_name, result, params, ends)
#define ERGO_RUNTIME_ENTRIES(X)                                         \
  X("runtime.printint", printint, 'v', "i", returns)                    \
  X("runtime.printuint", printuint, 'v', "i", returns)                  \
  X("runtime.printbool", printbool, 'v', "b", returns)                  \
  X("runtime.printstring", printstring, 'v', "pi", returns)             \
  X("runtime.printpointer", printpointer, 'v', "p", returns)            \
  X("runtime.printslice", printslice, 'v', "pii", returns)              \
  X("runtime.printeface", printeface, 'v', "pp", returns)               \
  X("runtime.printfloat", printfloat, 'v', "i", returns)                \
  X("runtime.printcomplex", printcomplex, 'v', "ii", returns)           \
  X("runtime.complex128div", complex128div, 'P', "iiii", returns)       \
  X("runtime.printsp", printsp, 'v', "", returns)                       \
  X("runtime.printnl", printnl, 'v', "", returns)                       \
  X("runtime.printlock", printlock, 'v', "", returns)                   \
  X("runtime.printunlock", printunlock, 'v', "", returns)               \
  X("runtime.newobject", newobject, 'p', "p", returns)                  \
  X("runtime.makeslice", makeslice, 'p', "pii", may_panic)              \
  X("runtime.growslice", growslice, 'P', "ppiii", may_panic)            \
  X("runtime.concatstring2", concatstring2, 'P', "pipi", returns)       \
  X("runtime.cmpstring", cmpstring, 'i', "pipi", returns)               \
  X("runtime.memequal", memequal, 'b', "ppi", returns)                  \
  X("runtime.slicebytetostring", slicebytetostring, 'P', "pi", returns) \
  X("runtime.stringtoslicebyte", stringtoslicebyte, 'P', "pi", returns) \
  X("runtime.intstring", intstring, 'P', "i", returns)                  \
  X("runtime.slicerunetostring", slicerunetostring, 'P', "pi", returns) \
  X("runtime.countrunes", countrunes, 'i', "pi", returns)               \
  X("runtime.stringtorunes", stringtorunes, 'P', "pii", returns)        \
  X("runtime.decoderune", decoderune, 'P', "pii", returns)              \
  X("runtime.efaceeq", efaceeq, 'b', "pppp", may_panic)                 \
  X("runtime.gopanic", gopanic, 'v', "pp", panics)                      \
  X("runtime.panicIndex", panicIndex, 'v', "ii", panics)                \
  X("runtime.panicIndexU", panicIndexU, 'v', "ii", panics)              \
  X("runtime.panicSliceAlen", panicSliceAlen, 'v', "ii", panics)        \
  X("runtime.panicSliceAcap", panicSliceAcap, 'v', "ii", panics)        \
  X("runtime.panicSliceB", panicSliceB, 'v', "ii", panics)              \
  X("runtime.panicSlice3Alen", panicSlice3Alen, 'v', "ii", panics)      \
  X("runtime.panicSlice3Acap", panicSlice3Acap, 'v', "ii", panics)      \
  X("runtime.panicSlice3B", panicSlice3B, 'v', "ii", panics)            \
  X("runtime.panicSlice3C", panicSlice3C, 'v', "ii", panics)            \
  X("runtime.panicSliceConvert", panicSliceConvert, 'v', "ii", panics)  \
  X("runtime.panicSliceToArray", panicSliceToArray, 'v', "ii", panics)  \
  X("runtime.panicdivide", panicdivide, 'v', "", panics)                \
  X("runtime.panicshift", panicshift, 'v', "", panics)                  \
  X("runtime.panicnilderef", panicnilderef, 'v', "", panics)            \
  X("runtime.panicwrap", panicwrap, 'v', "pi", panics)                  \
  X("runtime.panicdottype", panicdottype, 'v', "ppp", panics)           \
  X("runtime.getitab", getitab, 'p', "pp", returns)                     \
  X("runtime.assertE2I", assertE2I, 'p', "pp", may_panic)               \
  X("runtime.write", write, 'i', "ipii", returns)                       \
  ERGO_RUNTIME_STACK_ENTRIES(X)                                         \
  ERGO_RUNTIME_DEFER_ENTRIES(X)                                         \
  ERGO_RUNTIME_MAP_ENTRIES(X)                                           \
  ERGO_RUNTIME_TYPEALG_ENTRIES(X)                                       \
  ERGO_RUNTIME_UNSAFE_ENTRIES(X)

// Package unsafe (runtime/unsafe.cpp): the argument checks of unsafe.Slice(ptr, len) (for
// elements of `elemsize` bytes) and unsafe.String(ptr, len), panicking with gc's runtime
// errors ("unsafe.Slice: len out of range", "... ptr is nil and len is not zero").
#define ERGO_RUNTIME_UNSAFE_ENTRIES(X)                                   \
  X("runtime.unsafeslicecheck", unsafeslicecheck, 'v', "ipi", may_panic) \
  X("runtime.unsafestringcheck", unsafestringcheck, 'v', "pi", may_panic)

// Type algorithms (runtime/typealg.cpp):
//   typedequal(t, p, q) -> bool   *p == *q for values of type t (structs and arrays that are
//                                 not plain memory), through t's equal function; panics
//                                 when an interface inside holds an uncomparable type.
//   typedmemmove(t, dst, src)     *dst = *src for a value of type t that holds pointers (ranges
//                                 may overlap), through the collector's write barrier; the
//                                 slow path of a pointer store when `runtime.writeBarrier`
//                                 (an i8 global) is non-zero (docs/runtime.md).
#define ERGO_RUNTIME_TYPEALG_ENTRIES(X)                      \
  X("runtime.typedequal", typedequal, 'b', "ppp", may_panic) \
  X("runtime.typedmemmove", typedmemmove, 'v', "ppp", returns)

// Stacks (runtime/stack.cpp). morestack(framesize) switches the current G to a new segment
// with room for framesize bytes beyond the red zone and returns its top (16-byte aligned),
// where the caller moves sp before re-calling itself; lessstack() makes the previous segment
// current again after that call returns or unwinds. newproc(closure) starts a goroutine
// that calls the func() value `closure`.
#define ERGO_RUNTIME_STACK_ENTRIES(X)                  \
  X("runtime.morestack", morestack, 'p', "i", returns) \
  X("runtime.lessstack", lessstack, 'v', "", returns)  \
  X("runtime.newproc", newproc, 'v', "p", returns)

// Defer, panic and recover (runtime/defer.cpp, runtime/unwind.cpp), see docs/abi.md:
//   deferproc(frame, closure)   pushes a deferred func() value for the frame `frame`
//                               (llvm.frameaddress(0) of the deferring function);
//   deferpop(frame) -> closure  pops the innermost deferred call of `frame`, nil if none;
//   gorecover(callerfp) -> eface  recover(); callerfp is llvm.frameaddress(1) of the function
//                               that calls recover, so only a direct deferred call recovers;
//   panicrecovered(exc) -> bool after a landing pad ran its frame's defers: true (and the
//                               panic is retired) if one of them recovered;
//   unwindresume(exc)           continues unwinding from a landing pad (on the system stack).
#define ERGO_RUNTIME_DEFER_ENTRIES(X)                            \
  X("runtime.deferproc", deferproc, 'v', "pp", returns)          \
  X("runtime.deferpop", deferpop, 'p', "p", returns)             \
  X("runtime.gorecover", gorecover, 'P', "p", returns)           \
  X("runtime.panicrecovered", panicrecovered, 'b', "p", returns) \
  X("runtime.unwindresume", unwindresume, 'v', "p", unwinds)

// Maps (runtime/map.cpp, docs/abi.md "Maps"). `t` is the map type's MapType (passed as its
// descriptor), `m` the map (nil allowed except where noted), `key` the address of a key value:
//   makemap(t, hint) -> m               make(map[K]V, hint); a negative or huge hint is 0;
//   mapaccess1(t, m, key) -> elem       m[key]: the element's address, or of a zero value that
//                                       must not be written;
//   mapaccess2(t, m, key) -> {elem, ok} v, ok := m[key] (ok in the second word, 0 or 1);
//   mapassign(t, m, key) -> elem        m[key] = v: the slot to store v into (stored before
//                                       any other map call); panics on a nil map;
//   mapdelete(t, m, key)                delete(m, key);
//   mapiterinit(t, m, it)               starts `range m` with the frame's MapIter `it` and
//                                       moves to the first entry; mapiternext(it) to the next;
//                                       it->key == nil when done;
//   mapclear(t, m)                      clear(m) (removes NaN keys too);
//   maplen(m) -> n                      len(m) (or load the count at kMapCountOffset).
// Lookups and deletes hash the key even in a nil or empty map when K holds interfaces, so
// an unhashable dynamic type panics there too, as gc.
#define ERGO_RUNTIME_MAP_ENTRIES(X)                          \
  X("runtime.makemap", makemap, 'p', "pi", returns)          \
  X("runtime.mapaccess1", mapaccess1, 'p', "ppp", may_panic) \
  X("runtime.mapaccess2", mapaccess2, 'P', "ppp", may_panic) \
  X("runtime.mapassign", mapassign, 'p', "ppp", may_panic)   \
  X("runtime.mapdelete", mapdelete, 'v', "ppp", may_panic)   \
  X("runtime.mapiterinit", mapiterinit, 'v', "ppp", returns) \
  X("runtime.mapiternext", mapiternext, 'v', "p", returns)   \
  X("runtime.mapclear", mapclear, 'v', "pp", returns)        \
  X("runtime.maplen", maplen, 'i', "p", returns)

// Symbols that generated code defines and the runtime's entry calls:
//   "ergo.inittasks": void(), runs every package's variable initialisers and init functions
//                     in dependency order;
//   "main.main":      void(), the program.
