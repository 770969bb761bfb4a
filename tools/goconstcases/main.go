// Command goconstcases prints go/constant's (and go/types') answers for the test vectors of
// compiler/types/constant_test.cpp, as C++ table rows {op, a, b, want}, so that the
// expectations come from Go 1.19 rather than from ergo:
//
//	go run ./tools/goconstcases > /tmp/rows.inc
//
// Operands are literals with a kind prefix: i: int, f: float, m: imaginary, r: rune, s: string
// (a Go string literal); a leading
// "-" after the prefix negates the literal.
package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"math"
	"strconv"
	"strings"
)

func lit(s string) constant.Value {
	tok := map[byte]token.Token{'i': token.INT, 'f': token.FLOAT, 'm': token.IMAG, 'r': token.CHAR,
		's': token.STRING}[s[0]]
	text := s[2:]
	neg := strings.HasPrefix(text, "-")
	v := constant.MakeFromLiteral(strings.TrimPrefix(text, "-"), tok, 0)
	if neg {
		v = constant.UnaryOp(token.SUB, v, 0)
	}
	return v
}

func show(v constant.Value) string {
	return fmt.Sprintf("%v %s | %s", v.Kind(), v.String(), v.ExactString())
}

var binOps = map[string]token.Token{"+": token.ADD, "-": token.SUB, "*": token.MUL, "/": token.QUO,
	"/i": token.QUO_ASSIGN, "%": token.REM, "&": token.AND, "|": token.OR, "^": token.XOR,
	"&^": token.AND_NOT}
var cmpOps = map[string]token.Token{"==": token.EQL, "!=": token.NEQ, "<": token.LSS,
	"<=": token.LEQ, ">": token.GTR, ">=": token.GEQ}

// representable answers whether `const c T = x` type-checks, with c's value or the error kind.
func representable(typ, x string) string {
	src := fmt.Sprintf("package p\nconst c %s = %s\n", typ, x)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		panic(err)
	}
	var first error
	conf := types.Config{Importer: importer.Default(), Error: func(err error) {
		if first == nil {
			first = err
		}
	}}
	pkg, _ := conf.Check("p", fset, []*ast.File{f}, nil)
	if first != nil {
		switch msg := first.Error(); {
		case strings.Contains(msg, "truncated"):
			return "truncated"
		case strings.Contains(msg, "overflows"):
			return "overflows"
		default:
			return "invalid"
		}
	}
	return "ok " + pkg.Scope().Lookup("c").(*types.Const).Val().ExactString()
}

func goText(s string) string { // a prefixed operand as Go source
	t := s[2:]
	if s[0] == 'm' || strings.HasPrefix(t, "-") {
		return "(" + t + ")"
	}
	return t
}

func eval(op, a, b string) string {
	switch {
	case op == "lit":
		return show(lit(a))
	case binOps[op] != 0:
		return show(constant.BinaryOp(lit(a), binOps[op], lit(b)))
	case cmpOps[op] != 0:
		return strconv.FormatBool(constant.Compare(lit(a), cmpOps[op], lit(b)))
	case op == "neg":
		return show(constant.UnaryOp(token.SUB, lit(a), 0))
	case strings.HasPrefix(op, "not"):
		prec, _ := strconv.Atoi(op[3:])
		return show(constant.UnaryOp(token.XOR, lit(a), uint(prec)))
	case op == "shl" || op == "shr":
		n, _ := strconv.Atoi(b)
		tok := map[string]token.Token{"shl": token.SHL, "shr": token.SHR}[op]
		return show(constant.Shift(lit(a), tok, uint(n)))
	case op == "int":
		return show(constant.ToInt(lit(a)))
	case op == "float":
		return show(constant.ToFloat(lit(a)))
	case op == "complex":
		return show(constant.ToComplex(lit(a)))
	case op == "real":
		return show(constant.Real(lit(a)))
	case op == "imag":
		return show(constant.Imag(lit(a)))
	case op == "f64":
		f, exact := constant.Float64Val(lit(a))
		return fmt.Sprintf("%016x %v", math.Float64bits(f), exact)
	case op == "f32":
		f, exact := constant.Float32Val(lit(a))
		return fmt.Sprintf("%08x %v", math.Float32bits(f), exact)
	case strings.HasPrefix(op, "rep:"):
		return representable(op[4:], goText(a))
	}
	panic("unknown op " + op)
}

func main() {
	for _, c := range cases {
		fmt.Printf("    {%q, %q, %q, %q},\n", c[0], c[1], c[2], eval(c[0], c[1], c[2]))
	}
}
