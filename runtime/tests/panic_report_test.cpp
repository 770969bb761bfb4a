// The panic lines of gc's report for chains of nested panics. Each expectation is what go 1.19
// printed for the program in the comment before it.
#include <catch2/catch.hpp>
#include <string>

#include "alloc.h"
#include "capture.h"
#include "panic.h"
#include "types.h"
#include "unwinding.h"

namespace rt = ergo::rt;
using ergo::abi::Kind;
using ergo::rt::Panic;
using ergo::rt::testing::make_type;
using ergo::rt::testing::printed;

namespace {

const ergo::abi::TypeDescriptor kInt = make_type("int", Kind::Int, 8);
const ergo::abi::TypeDescriptor kString = make_type("string", Kind::String, 16);

Panic* make_panic(const ergo::abi::TypeDescriptor* type, void* data, Panic* older) {
  auto* p = static_cast<Panic*>(rt::alloc_zeroed(sizeof(Panic)));
  p->header.exception_class = rt::kPanicExceptionClass;
  p->value = ergo::abi::Eface{type, data};
  p->link = older;
  return p;
}

std::string chain(const Panic* newest) {
  return printed([=] { rt::print_panic_chain(newest); });
}

}  // namespace

TEST_CASE("a panic in a deferred call while panicking", "[panic][report]") {
  // defer func() { panic(2) }(); panic(1)
  int64_t one = 1, two = 2;
  Panic* p1 = make_panic(&kInt, &one, nullptr);
  p1->aborted = true;
  Panic* p2 = make_panic(&kInt, &two, p1);
  CHECK(chain(p2) == "panic: 1\n\tpanic: 2\n");
}

TEST_CASE("a recovered value panicked again", "[panic][report]") {
  // defer func() { r := recover(); panic(r) }(); panic("x")
  ergo::abi::String x{reinterpret_cast<const uint8_t*>("x"), 1};
  Panic* p1 = make_panic(&kString, &x, nullptr);
  p1->recovered = true;
  Panic* p2 = make_panic(&kString, &x, p1);
  CHECK(chain(p2) == "panic: x [recovered]\n\tpanic: x\n");
}

TEST_CASE("three panics, the middle one recovered", "[panic][report]") {
  // defer func() { recover(); panic(3) }(); defer func() { panic(2) }(); panic(1)
  int64_t one = 1, two = 2, three = 3;
  Panic* p1 = make_panic(&kInt, &one, nullptr);
  Panic* p2 = make_panic(&kInt, &two, p1);
  p2->recovered = true;
  Panic* p3 = make_panic(&kInt, &three, p2);
  CHECK(chain(p3) == "panic: 1\n\tpanic: 2 [recovered]\n\tpanic: 3\n");
}

TEST_CASE("runtime errors in a chain", "[panic][report]") {
  // var a []int; i := 5; defer func() { panic(recover()) }(); _ = a[i]
  rt::BoundsError e{5, 0, 1, rt::BoundsCode::Index};
  Panic* p1 = make_panic(&rt::kBoundsErrorType, &e, nullptr);
  p1->recovered = true;
  Panic* p2 = make_panic(&rt::kBoundsErrorType, &e, p1);
  CHECK(chain(p2) ==
        "panic: runtime error: index out of range [5] with length 0 [recovered]\n"
        "\tpanic: runtime error: index out of range [5] with length 0\n");

  // var i interface{} = "s"; defer func() { panic(recover()) }(); println(i.(int))
  const auto any = make_type("interface {}", Kind::Interface, 16);
  rt::TypeAssertionError te{&any, &kString, &kInt, {}};
  p1 = make_panic(&rt::kTypeAssertionPtrType, &te, nullptr);
  p1->recovered = true;
  p2 = make_panic(&rt::kTypeAssertionPtrType, &te, p1);
  CHECK(chain(p2) ==
        "panic: interface conversion: interface {} is string, not int [recovered]\n"
        "\tpanic: interface conversion: interface {} is string, not int\n");
}

TEST_CASE("a nil dereference adds the signal line after the chain", "[panic][report]") {
  // var p *T; defer func() { panic(recover()) }(); println(p.x)
  ergo::abi::String msg{
      reinterpret_cast<const uint8_t*>("invalid memory address or nil pointer dereference"), 49};
  Panic* p1 = make_panic(&rt::kErrorStringType, &msg, nullptr);
  p1->recovered = true;
  p1->signal = true;
  p1->npcs = 1;
  p1->pcs[0] = 0x457cd8;
  Panic* p2 = make_panic(&rt::kErrorStringType, &msg, p1);
  CHECK(chain(p2) ==
        "panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n"
        "\tpanic: runtime error: invalid memory address or nil pointer dereference\n"
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x457cd8]\n");
}

TEST_CASE("runtime error values print as their Error method", "[panic][report]") {
  rt::BoundsError e{-1, 3, 1, rt::BoundsCode::Index};
  CHECK(printed([&] { rt::print_panic_value(&rt::kBoundsErrorType, &e); }) ==
        "runtime error: index out of range [-1]");
  rt::BoundsError s{5, 3, 1, rt::BoundsCode::SliceB};
  CHECK(printed([&] { rt::print_panic_value(&rt::kBoundsErrorType, &s); }) ==
        "runtime error: slice bounds out of range [5:3]");
  ergo::abi::String msg{reinterpret_cast<const uint8_t*>("integer divide by zero"), 22};
  CHECK(printed([&] { rt::print_panic_value(&rt::kErrorStringType, &msg); }) ==
        "runtime error: integer divide by zero");
  ergo::abi::String plain{reinterpret_cast<const uint8_t*>("assignment to entry in nil map"), 30};
  CHECK(printed([&] { rt::print_panic_value(&rt::kPlainErrorType, &plain); }) ==
        "assignment to entry in nil map");
  CHECK(rt::kBoundsErrorType.name.len == 19);  // "runtime.boundsError", as gc's %T
}
