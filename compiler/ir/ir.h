// The typed SSA intermediate representation, after golang.org/x/tools/go/ssa: one Function
// per Go function, basic blocks of instructions, every value typed with a `types` type.
// Local variables are explicit `Alloc`s accessed with Load and Store (LLVM's mem2reg turns
// them into registers); escape analysis decides which Allocs live on the heap.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "support/source.h"
#include "syntax/token.h"
#include "types/constant.h"
#include "types/object.h"
#include "types/type.h"

namespace ergo::ir {

enum class Op : uint8_t {
#define OP(name, terminator) name,
#include "ir/ops.def"
};

const char* opName(Op op);
bool isTerminator(Op op);

class Block;
class Function;

// A value: an instruction or a constant/parameter/reference. Fields beyond `operands` are
// used only by the kinds documented in ops.def.
struct Value {
  Op op;
  types::Type* type = nullptr;  // null for instructions without a result (Store, Jump, ...)
  uint32_t id = 0;              // number for printing, unique within a function
  Pos pos;
  std::vector<Value*> operands;
  Block* block = nullptr;  // the block of an instruction

  syntax::Tok tok = syntax::Tok::EndOfFile;  // BinOp, UnOp
  types::Constant constant;                  // Const
  types::Type* auxType = nullptr;            // Alloc, TypeAssert
  bool flag = false;           // TypeAssert comma-ok, Print newline, IndexAddr known in range,
                               // MakeSlice in the frame (escape analysis)
  bool heap = false;           // Alloc, set by escape analysis
  int64_t index = 0;           // Param, Extract, FreeVar
                               // FieldAddr, Field: the field's index
  Function* callee = nullptr;  // Call, FuncRef, MakeClosure
  std::string name;            // GlobalRef symbol, Alloc variable name, NilCheck panicwrap text
  Block* targets[2] = {nullptr, nullptr};  // Jump, If
};

class Block {
 public:
  uint32_t index = 0;
  std::string comment;  // "for.body", "if.then", ...
  std::vector<Value*> instrs;
  bool terminated() const { return !instrs.empty() && isTerminator(instrs.back()->op); }
};

class Function {
 public:
  std::string symbol;  // linker name: "main.main", "fmt.Println", "runtime.write"
  types::Signature* sig = nullptr;
  types::Func* object = nullptr;
  bool external = false;  // no body: implemented by the runtime (//go:linkname)
  bool noinline = false;  // //go:noinline: never inlined, as gc
  std::vector<Value*> params;
  // A closure body reads its captured variables from the closure object, which it receives in
  // a leading context parameter (docs/abi.md, "Go-to-Go calls and function values"). The
  // object's layout is contextType: {F uintptr; X0 T0; ...}, one field per free variable.
  std::vector<Value*> freeVars;
  types::Struct* contextType = nullptr;
  // With defer statements, every result lives in an Alloc (resultSlots) so that deferred calls
  // can change named results, and a recovered panic returns what they hold.
  bool hasDefer = false;
  std::vector<Value*> resultSlots;
  bool callsRecover = false;
  // A closure synthesized for `defer f(args)`: it calls f, which counts as the deferred
  // function for recover (the runtime is told by bit 0 of the deferred pointer).
  bool deferWrapper = false;
  // A closure synthesized for `go f(args)`. Tracebacks hide both kinds of wrapper, as gc does.
  bool goWrapper = false;
  // A method wrapper gc generates: `main.(*T).M` for a value method (the itab's code when the
  // data word points to the value), `main.T.M-fm` for a method value. Hidden in tracebacks.
  bool methodWrapper = false;
  // An instance of a generic function or method (or code inside one): every package that uses
  // it defines it, in a COMDAT, and the linker keeps one (linkonce_odr).
  bool instance = false;
  // Built by every package that needs it (wrappers of unnamed and local types, method
  // values, interface method expressions): the linker keeps one copy.
  bool linkOnce = false;
  std::vector<std::unique_ptr<Block>> blocks;
  std::vector<std::unique_ptr<Value>> values;  // owns every value of the function

  Value* newValue(Op op, types::Type* type) {
    values.push_back(std::make_unique<Value>());
    Value* v = values.back().get();
    v->op = op;
    v->type = type;
    v->id = static_cast<uint32_t>(values.size());
    return v;
  }
  Block* newBlock(std::string comment) {
    blocks.push_back(std::make_unique<Block>());
    blocks.back()->index = static_cast<uint32_t>(blocks.size() - 1);
    blocks.back()->comment = std::move(comment);
    return blocks.back().get();
  }
};

struct Global {
  std::string symbol;     // "main.counter"
  types::Type* type;      // the variable's type (the symbol's address is a *type)
  bool external = false;  // defined by another package's object
};

// The IR of one package.
class Module {
 public:
  std::string path;                                  // import path
  std::vector<std::unique_ptr<Function>> functions;  // defined and referenced ones
  std::vector<Global> globals;
  Function* init = nullptr;  // "<path>.init": variable initialisers, then init functions
  // For the main package only: the packages' init functions in the order they must run.
  std::vector<std::string> initOrder;

  Function* findFunction(llvm::StringRef symbol) const {
    for (const auto& f : functions)
      if (f->symbol == symbol) return f.get();
    return nullptr;
  }
};

// gc's symbol of the method m (a declared method, receiver T or *T): "main.T.M", or with
// `pointer` "main.(*T).M" (for a value method: its wrapper taking *T).
std::string methodSymbol(const types::Func* m, bool pointer);
// The named type that declares the method m.
types::Named* methodBase(const types::Func* m);
// A named type's name in symbols: "List", or for an instance "List[int]" (its arguments as
// gc writes them in symbols, package-qualified: "List[main.T]").
std::string instanceTypeName(const types::Named* n);

}  // namespace ergo::ir
