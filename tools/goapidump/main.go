// goapidump prints the API of Go packages in the canonical form of docs/api-dump.md, from
// go/types: the reference that `ergo tool check -api` is compared with (tools/api_diff.py).
//
// Usage: goapidump [-goroot DIR] [-time] PATTERN...
//
// A pattern is `std` (every package of DIR/src that `CGO_ENABLED=0 go list std` lists) or an
// import path. Packages are found with go/build (cgo off, GOOS/GOARCH from the environment,
// default linux/amd64) and type-checked from source with go/types, every dependency too.
// -time prints only the time taken to parse and check (for docs/performance.md).
// Build with go 1.19: go build -o goapidump main.go (in this directory).
package main

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// loader type-checks packages from source, each once, as an importer for go/types.
type loader struct {
	ctxt  build.Context
	fset  *token.FileSet
	pkgs  map[string]*types.Package // by the package's own import path (vendor/... kept)
	dirs  map[string]string         // a directory's import path
	nerrs int
}

func (l *loader) Import(path string) (*types.Package, error) {
	return l.ImportFrom(path, "", 0)
}

// ImportFrom resolves `path` as the go command does from `dir` (so std's imports of
// golang.org/x/... find src/vendor), then checks the package if it is new.
func (l *loader) ImportFrom(path, dir string, _ types.ImportMode) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	bp, err := l.ctxt.Import(path, dir, 0)
	if err != nil {
		return nil, err
	}
	return l.check(bp)
}

func (l *loader) check(bp *build.Package) (*types.Package, error) {
	if p, ok := l.pkgs[bp.ImportPath]; ok {
		if p == nil {
			return nil, fmt.Errorf("import cycle through %s", bp.ImportPath)
		}
		return p, nil
	}
	l.pkgs[bp.ImportPath] = nil
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(l.fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{
		Importer: l,
		Error: func(err error) {
			l.nerrs++
			fmt.Fprintln(os.Stderr, err)
		},
	}
	// Check never fails alone: errors went to conf.Error, and the package is still usable.
	p, _ := conf.Check(bp.ImportPath, l.fset, files, nil)
	l.pkgs[bp.ImportPath] = p
	return p, nil
}

// std lists the packages of `go list std`: directories of src holding buildable Go files
// (tests count), without cmd, builtin, testdata and names starting with `.` or `_`.
func (l *loader) std() []string {
	src := filepath.Join(l.ctxt.GOROOT, "src")
	var paths []string
	filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(src, path)
		name := d.Name()
		if rel != "." && (name == "testdata" || strings.HasPrefix(name, ".") ||
			strings.HasPrefix(name, "_") || rel == "cmd") {
			return filepath.SkipDir
		}
		// As cmd/go: builtin is documentation only; runtime/cgo is left out when cgo is off.
		if rel == "." || rel == "builtin" || (rel == "runtime/cgo" && !l.ctxt.CgoEnabled) {
			return nil
		}
		if _, err := l.ctxt.ImportDir(path, 0); err != nil {
			var noGo *build.NoGoError
			if errors.As(err, &noGo) {
				return nil
			}
		}
		paths = append(paths, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(paths)
	return paths
}

func main() {
	goroot := flag.String("goroot", build.Default.GOROOT, "the Go tree whose src/ holds std")
	timeOnly := flag.Bool("time", false, "print only the time taken to load and check")
	flag.Parse()
	ctxt := build.Default
	ctxt.GOROOT = *goroot
	ctxt.CgoEnabled = false
	if os.Getenv("GOOS") == "" {
		ctxt.GOOS = "linux"
	}
	if os.Getenv("GOARCH") == "" {
		ctxt.GOARCH = "amd64"
	}
	l := &loader{ctxt: ctxt, fset: token.NewFileSet(), pkgs: map[string]*types.Package{}}
	var paths []string
	for _, arg := range flag.Args() {
		if arg == "std" {
			paths = append(paths, l.std()...)
		} else {
			paths = append(paths, arg)
		}
	}
	start := time.Now()
	var roots []*types.Package
	for _, path := range paths {
		var p *types.Package
		var err error
		if path == "unsafe" {
			p = types.Unsafe
		} else {
			var bp *build.Package
			bp, err = ctxt.Import(path, filepath.Join(ctxt.GOROOT, "src"), 0)
			if err == nil {
				p, err = l.check(bp)
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			l.nerrs++
			continue
		}
		roots = append(roots, p)
	}
	if *timeOnly {
		// Dependencies outside the patterns are checked too (unsafe is go/types' own).
		fmt.Printf("%d packages (%d type-checked from source) in %v\n", len(roots), len(l.pkgs), time.Since(start))
		return
	}
	out := &strings.Builder{}
	for _, p := range roots {
		dumpPackage(out, p)
	}
	os.Stdout.WriteString(out.String())
	if l.nerrs > 0 {
		fmt.Fprintf(os.Stderr, "%d errors\n", l.nerrs)
		os.Exit(1)
	}
}

// dumpPackage prints `package PATH`, then one line per exported object, sorted by name; a
// type's method sets follow it (docs/api-dump.md).
func dumpPackage(out *strings.Builder, p *types.Package) {
	fmt.Fprintf(out, "package %s\n", p.Path())
	scope := p.Scope()
	for _, name := range scope.Names() {
		if !token.IsExported(name) {
			continue
		}
		switch obj := scope.Lookup(name).(type) {
		case *types.Const:
			fmt.Fprintf(out, "const %s %s = %s\n", name, typeString(obj.Type()), constString(obj.Val()))
		case *types.Var:
			fmt.Fprintf(out, "var %s %s\n", name, typeString(obj.Type()))
		case *types.Func:
			fmt.Fprintf(out, "func %s %s\n", name, typeString(obj.Type()))
		case *types.Builtin:
			fmt.Fprintf(out, "builtin %s\n", name)
		case *types.TypeName:
			if obj.IsAlias() {
				fmt.Fprintf(out, "type %s = %s\n", name, typeString(obj.Type()))
				continue
			}
			named, ok := obj.Type().(*types.Named)
			if !ok { // unsafe.Pointer
				fmt.Fprintf(out, "type %s %s\n", name, typeString(obj.Type()))
				continue
			}
			fmt.Fprintf(out, "type %s%s %s\n", name, typeParams(named.TypeParams()),
				typeString(named.Underlying()))
			methodSet(out, name, named)
			methodSet(out, "*"+name, types.NewPointer(named))
		}
	}
}

func methodSet(out *strings.Builder, recv string, t types.Type) {
	ms := types.NewMethodSet(t)
	lines := make([]string, 0, ms.Len())
	for i := 0; i < ms.Len(); i++ {
		m := ms.At(i).Obj().(*types.Func)
		lines = append(lines, fmt.Sprintf("method %s.%s %s\n", recv, m.Name(), typeString(m.Type())))
	}
	sort.Strings(lines)
	for _, line := range lines {
		out.WriteString(line)
	}
}

// constString: booleans and integers as Go spells them, strings quoted by strconv.Quote,
// floats as an exact fraction `p/q` (an integer when q is 1), complex as `(RE + IMi)`.
func constString(v constant.Value) string {
	switch v.Kind() {
	case constant.Bool, constant.Int:
		return v.ExactString()
	case constant.String:
		return strconv.Quote(constant.StringVal(v))
	case constant.Float:
		return ratString(v)
	case constant.Complex:
		return "(" + ratString(constant.Real(v)) + " + " + ratString(constant.Imag(v)) + "i)"
	}
	return "unknown"
}

func ratString(v constant.Value) string {
	switch x := constant.Val(constant.ToFloat(v)).(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case *big.Rat:
		return x.RatString()
	case *big.Float:
		r, _ := x.Rat(nil)
		if r == nil {
			return x.Text('g', -1) // infinite: cannot be exact
		}
		return r.RatString()
	}
	return v.ExactString()
}

func typeParams(list *types.TypeParamList) string {
	if list.Len() == 0 {
		return ""
	}
	parts := make([]string, list.Len())
	for i := range parts {
		tp := list.At(i)
		parts[i] = tp.Obj().Name() + " " + typeString(tp.Constraint())
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// typeString spells a type canonically: package-qualified named types (by import path),
// byte and rune as uint8 and int32, no parameter or result names, an interface's whole
// method set sorted by name.
func typeString(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.Byte:
			return "uint8"
		case types.Rune:
			return "int32"
		case types.UnsafePointer:
			return "unsafe.Pointer"
		}
		return t.Name()
	case *types.Pointer:
		return "*" + typeString(t.Elem())
	case *types.Slice:
		return "[]" + typeString(t.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), typeString(t.Elem()))
	case *types.Map:
		return "map[" + typeString(t.Key()) + "]" + typeString(t.Elem())
	case *types.Chan:
		elem := typeString(t.Elem())
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + elem
		case types.RecvOnly:
			return "<-chan " + elem
		}
		if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			return "chan (" + elem + ")"
		}
		return "chan " + elem
	case *types.Struct:
		fields := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			s := typeString(f.Type())
			if !f.Embedded() {
				s = f.Name() + " " + s
			}
			if tag := t.Tag(i); tag != "" {
				s += " " + strconv.Quote(tag)
			}
			fields[i] = s
		}
		return "struct{" + strings.Join(fields, "; ") + "}"
	case *types.Signature:
		return "func" + typeParams(t.TypeParams()) + signature(t)
	case *types.Interface:
		var parts []string
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if e := t.EmbeddedType(i); !types.IsInterface(e) {
				parts = append(parts, typeString(e))
			}
		}
		if t.IsComparable() && len(parts) == 0 && t.NumMethods() == 0 {
			parts = append(parts, "comparable")
		}
		methods := make([]string, t.NumMethods())
		for i := range methods {
			m := t.Method(i)
			methods[i] = m.Name() + signature(m.Type().(*types.Signature))
		}
		sort.Strings(methods)
		return "interface{" + strings.Join(append(parts, methods...), "; ") + "}"
	case *types.Union:
		terms := make([]string, t.Len())
		for i := range terms {
			terms[i] = typeString(t.Term(i).Type())
			if t.Term(i).Tilde() {
				terms[i] = "~" + terms[i]
			}
		}
		return strings.Join(terms, " | ")
	case *types.Named:
		obj := t.Obj()
		s := obj.Name()
		if obj.Pkg() != nil {
			s = obj.Pkg().Path() + "." + s
		}
		if args := t.TypeArgs(); args.Len() > 0 {
			parts := make([]string, args.Len())
			for i := range parts {
				parts[i] = typeString(args.At(i))
			}
			s += "[" + strings.Join(parts, ", ") + "]"
		}
		return s
	case *types.TypeParam:
		return t.Obj().Name()
	case *types.Tuple:
		return tuple(t, false)
	}
	return "invalid type"
}

func signature(sig *types.Signature) string {
	s := tuple(sig.Params(), sig.Variadic())
	switch res := sig.Results(); res.Len() {
	case 0:
	case 1:
		s += " " + typeString(res.At(0).Type())
	default:
		s += " " + tuple(res, false)
	}
	return s
}

func tuple(t *types.Tuple, variadic bool) string {
	parts := make([]string, t.Len())
	for i := range parts {
		typ := t.At(i).Type()
		if variadic && i == len(parts)-1 {
			if s, ok := typ.(*types.Slice); ok {
				parts[i] = "..." + typeString(s.Elem())
				continue
			}
		}
		parts[i] = typeString(typ)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
