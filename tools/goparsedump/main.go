// goparsedump prints the canonical tree dump of docs/syntax-dump.md from go/parser's AST,
// the reference that `ergo tool parse -dump` is compared with (tools/parse_diff.sh).
//
// Usage: goparsedump PATH... (files, or directories walked recursively without testdata).
// Build with go 1.19: go build -o goparsedump tools/goparsedump/main.go
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	var files []string
	for _, p := range os.Args[1:] {
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if d.Name() == "testdata" {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(path, ".go") {
				found = append(found, path)
			}
			return nil
		})
		sort.Strings(found)
		files = append(files, found...)
	}
	out := &strings.Builder{}
	status := 0
	for _, name := range files {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
		}
		d := &dumper{fset: fset, out: out}
		fmt.Fprintf(out, "# %s\n", name)
		if f != nil {
			d.file(f)
		}
		os.Stdout.WriteString(out.String())
		out.Reset()
	}
	os.Exit(status)
}

type dumper struct {
	fset  *token.FileSet
	out   *strings.Builder
	depth int
}

// line writes the indentation, kind and position (raw, ignoring //line directives) of a node,
// then the attributes.
func (d *dumper) line(kind string, pos token.Pos, attrs ...string) {
	d.out.WriteString(strings.Repeat("  ", d.depth))
	d.out.WriteString(kind)
	if pos.IsValid() {
		p := d.fset.PositionFor(pos, false)
		fmt.Fprintf(d.out, " %d:%d", p.Line, p.Column)
	} else {
		d.out.WriteString(" -")
	}
	for _, a := range attrs {
		d.out.WriteString(" ")
		d.out.WriteString(a)
	}
	d.out.WriteString("\n")
}

func (d *dumper) push() { d.depth++ }
func (d *dumper) pop()  { d.depth-- }

func escape(s string) string {
	var b strings.Builder
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (d *dumper) file(f *ast.File) {
	d.line("File", token.NoPos)
	d.push()
	d.expr(f.Name)
	for _, decl := range f.Decls {
		d.decl(decl)
	}
	d.pop()
}

func (d *dumper) fieldList(role string, l *ast.FieldList, methods bool) {
	if l == nil || len(l.List) == 0 {
		return
	}
	d.line("FieldList", token.NoPos, role)
	d.push()
	for _, f := range l.List {
		d.line("Field", f.Pos())
		d.push()
		for _, n := range f.Names {
			d.expr(n)
		}
		if ft, ok := f.Type.(*ast.FuncType); ok && methods && len(f.Names) > 0 {
			d.funcType(ft, token.NoPos)
		} else {
			d.expr(f.Type)
		}
		if f.Tag != nil {
			d.expr(f.Tag)
		}
		d.pop()
	}
	d.pop()
}

func (d *dumper) funcType(t *ast.FuncType, pos token.Pos) {
	d.line("FuncType", pos)
	d.push()
	d.fieldList("typeparams", t.TypeParams, false)
	d.fieldList("params", t.Params, false)
	d.fieldList("results", t.Results, false)
	d.pop()
}

func (d *dumper) exprs(l []ast.Expr) {
	for _, e := range l {
		d.expr(e)
	}
}

func (d *dumper) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.BadExpr:
		d.line("BadExpr", e.Pos())
	case *ast.Ident:
		d.line("Ident", e.Pos(), e.Name)
	case *ast.BasicLit:
		kind := e.Kind.String()
		d.line("BasicLit", e.Pos(), kind, escape(e.Value))
	case *ast.CompositeLit:
		d.line("CompositeLit", e.Pos())
		d.push()
		if e.Type != nil {
			d.expr(e.Type)
		}
		d.exprs(e.Elts)
		d.pop()
	case *ast.KeyValueExpr:
		d.line("KeyValueExpr", e.Pos())
		d.push()
		d.expr(e.Key)
		d.expr(e.Value)
		d.pop()
	case *ast.FuncLit:
		d.line("FuncLit", e.Pos())
		d.push()
		d.funcType(e.Type, e.Type.Pos())
		d.stmt(e.Body)
		d.pop()
	case *ast.ParenExpr:
		d.line("ParenExpr", e.Pos())
		d.push()
		d.expr(e.X)
		d.pop()
	case *ast.SelectorExpr:
		d.line("SelectorExpr", e.Pos())
		d.push()
		d.expr(e.X)
		d.expr(e.Sel)
		d.pop()
	case *ast.IndexExpr:
		d.line("IndexExpr", e.Pos())
		d.push()
		d.expr(e.X)
		d.expr(e.Index)
		d.pop()
	case *ast.IndexListExpr:
		d.line("IndexListExpr", e.Pos())
		d.push()
		d.expr(e.X)
		d.exprs(e.Indices)
		d.pop()
	case *ast.SliceExpr:
		var attrs []string
		if e.Low != nil {
			attrs = append(attrs, "lo")
		}
		if e.High != nil {
			attrs = append(attrs, "hi")
		}
		if e.Max != nil {
			attrs = append(attrs, "max")
		}
		d.line("SliceExpr", e.Pos(), attrs...)
		d.push()
		d.expr(e.X)
		for _, x := range []ast.Expr{e.Low, e.High, e.Max} {
			if x != nil {
				d.expr(x)
			}
		}
		d.pop()
	case *ast.TypeAssertExpr:
		d.line("TypeAssertExpr", e.Pos())
		d.push()
		d.expr(e.X)
		if e.Type != nil {
			d.expr(e.Type)
		}
		d.pop()
	case *ast.CallExpr:
		var attrs []string
		if e.Ellipsis.IsValid() {
			attrs = append(attrs, "...")
		}
		d.line("CallExpr", e.Pos(), attrs...)
		d.push()
		d.expr(e.Fun)
		d.exprs(e.Args)
		d.pop()
	case *ast.StarExpr:
		d.line("StarExpr", e.Pos())
		d.push()
		d.expr(e.X)
		d.pop()
	case *ast.UnaryExpr:
		d.line("UnaryExpr", e.Pos(), e.Op.String())
		d.push()
		d.expr(e.X)
		d.pop()
	case *ast.BinaryExpr:
		d.line("BinaryExpr", e.Pos(), e.Op.String())
		d.push()
		d.expr(e.X)
		d.expr(e.Y)
		d.pop()
	case *ast.ArrayType:
		d.line("ArrayType", e.Pos())
		d.push()
		if e.Len != nil {
			d.expr(e.Len)
		}
		d.expr(e.Elt)
		d.pop()
	case *ast.StructType:
		d.line("StructType", e.Pos())
		d.push()
		d.fieldList("fields", e.Fields, false)
		d.pop()
	case *ast.FuncType:
		d.funcType(e, e.Pos())
	case *ast.InterfaceType:
		d.line("InterfaceType", e.Pos())
		d.push()
		d.fieldList("methods", e.Methods, true)
		d.pop()
	case *ast.MapType:
		d.line("MapType", e.Pos())
		d.push()
		d.expr(e.Key)
		d.expr(e.Value)
		d.pop()
	case *ast.ChanType:
		dir := "chan"
		switch e.Dir {
		case ast.SEND:
			dir = "chan<-"
		case ast.RECV:
			dir = "<-chan"
		}
		d.line("ChanType", e.Pos(), dir)
		d.push()
		d.expr(e.Value)
		d.pop()
	case *ast.Ellipsis:
		d.line("Ellipsis", e.Pos())
		d.push()
		if e.Elt != nil {
			d.expr(e.Elt)
		}
		d.pop()
	default:
		d.line(fmt.Sprintf("Unknown(%T)", e), e.Pos())
	}
}

func (d *dumper) stmts(l []ast.Stmt) {
	for _, s := range l {
		d.stmt(s)
	}
}

// clauses dumps a switch or select body: its BlockStmt is left out (ergo keeps the clauses
// directly in the statement).
func (d *dumper) clauses(b *ast.BlockStmt) {
	for _, s := range b.List {
		d.stmt(s)
	}
}

func (d *dumper) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.BadStmt:
		d.line("BadStmt", s.Pos())
	case *ast.DeclStmt:
		d.line("DeclStmt", s.Pos())
		d.push()
		d.decl(s.Decl)
		d.pop()
	case *ast.EmptyStmt:
		d.line("EmptyStmt", s.Pos())
	case *ast.LabeledStmt:
		d.line("LabeledStmt", s.Pos())
		d.push()
		d.expr(s.Label)
		d.stmt(s.Stmt)
		d.pop()
	case *ast.ExprStmt:
		d.line("ExprStmt", s.Pos())
		d.push()
		d.expr(s.X)
		d.pop()
	case *ast.SendStmt:
		d.line("SendStmt", s.Pos())
		d.push()
		d.expr(s.Chan)
		d.expr(s.Value)
		d.pop()
	case *ast.IncDecStmt:
		d.line("IncDecStmt", s.Pos(), s.Tok.String())
		d.push()
		d.expr(s.X)
		d.pop()
	case *ast.AssignStmt:
		d.line("AssignStmt", s.Pos(), s.Tok.String())
		d.push()
		d.exprs(s.Lhs)
		d.exprs(s.Rhs)
		d.pop()
	case *ast.GoStmt:
		d.line("GoStmt", s.Pos())
		d.push()
		d.expr(s.Call)
		d.pop()
	case *ast.DeferStmt:
		d.line("DeferStmt", s.Pos())
		d.push()
		d.expr(s.Call)
		d.pop()
	case *ast.ReturnStmt:
		d.line("ReturnStmt", s.Pos())
		d.push()
		d.exprs(s.Results)
		d.pop()
	case *ast.BranchStmt:
		d.line("BranchStmt", s.Pos(), s.Tok.String())
		d.push()
		if s.Label != nil {
			d.expr(s.Label)
		}
		d.pop()
	case *ast.BlockStmt:
		d.line("BlockStmt", s.Pos())
		d.push()
		d.stmts(s.List)
		d.pop()
	case *ast.IfStmt:
		d.line("IfStmt", s.Pos())
		d.push()
		if s.Init != nil {
			d.stmt(s.Init)
		}
		d.expr(s.Cond)
		d.stmt(s.Body)
		if s.Else != nil {
			d.stmt(s.Else)
		}
		d.pop()
	case *ast.CaseClause:
		var attrs []string
		if s.List == nil {
			attrs = append(attrs, "default")
		}
		d.line("CaseClause", s.Pos(), attrs...)
		d.push()
		d.exprs(s.List)
		d.stmts(s.Body)
		d.pop()
	case *ast.SwitchStmt:
		d.line("SwitchStmt", s.Pos())
		d.push()
		if s.Init != nil {
			d.stmt(s.Init)
		}
		if s.Tag != nil {
			d.expr(s.Tag)
		}
		d.clauses(s.Body)
		d.pop()
	case *ast.TypeSwitchStmt:
		d.line("TypeSwitchStmt", s.Pos())
		d.push()
		if s.Init != nil {
			d.stmt(s.Init)
		}
		d.stmt(s.Assign)
		d.clauses(s.Body)
		d.pop()
	case *ast.CommClause:
		var attrs []string
		if s.Comm == nil {
			attrs = append(attrs, "default")
		}
		d.line("CommClause", s.Pos(), attrs...)
		d.push()
		if s.Comm != nil {
			d.stmt(s.Comm)
		}
		d.stmts(s.Body)
		d.pop()
	case *ast.SelectStmt:
		d.line("SelectStmt", s.Pos())
		d.push()
		d.clauses(s.Body)
		d.pop()
	case *ast.ForStmt:
		var attrs []string
		if s.Init != nil {
			attrs = append(attrs, "init")
		}
		if s.Cond != nil {
			attrs = append(attrs, "cond")
		}
		if s.Post != nil {
			attrs = append(attrs, "post")
		}
		d.line("ForStmt", s.Pos(), attrs...)
		d.push()
		if s.Init != nil {
			d.stmt(s.Init)
		}
		if s.Cond != nil {
			d.expr(s.Cond)
		}
		if s.Post != nil {
			d.stmt(s.Post)
		}
		d.stmt(s.Body)
		d.pop()
	case *ast.RangeStmt:
		var attrs []string
		if s.Key != nil {
			attrs = append(attrs, s.Tok.String())
		}
		d.line("RangeStmt", s.Pos(), attrs...)
		d.push()
		if s.Key != nil {
			d.expr(s.Key)
		}
		if s.Value != nil {
			d.expr(s.Value)
		}
		d.expr(s.X)
		d.stmt(s.Body)
		d.pop()
	default:
		d.line(fmt.Sprintf("Unknown(%T)", s), s.Pos())
	}
}

func (d *dumper) decl(decl ast.Decl) {
	switch decl := decl.(type) {
	case *ast.GenDecl:
		d.line("GenDecl", decl.Pos(), decl.Tok.String())
		d.push()
		for _, s := range decl.Specs {
			d.spec(s)
		}
		d.pop()
	case *ast.FuncDecl:
		d.line("FuncDecl", decl.Pos())
		d.push()
		d.fieldList("recv", decl.Recv, false)
		d.expr(decl.Name)
		d.funcType(decl.Type, decl.Type.Pos())
		if decl.Body != nil {
			d.stmt(decl.Body)
		}
		d.pop()
	default:
		d.line(fmt.Sprintf("Unknown(%T)", decl), decl.Pos())
	}
}

func (d *dumper) spec(s ast.Spec) {
	switch s := s.(type) {
	case *ast.ImportSpec:
		d.line("ImportSpec", s.Pos())
		d.push()
		if s.Name != nil {
			d.expr(s.Name)
		}
		d.expr(s.Path)
		d.pop()
	case *ast.ValueSpec:
		d.line("ValueSpec", s.Pos())
		d.push()
		for _, n := range s.Names {
			d.expr(n)
		}
		if s.Type != nil {
			d.expr(s.Type)
		}
		d.exprs(s.Values)
		d.pop()
	case *ast.TypeSpec:
		var attrs []string
		if s.Assign.IsValid() {
			attrs = append(attrs, "alias")
		}
		d.line("TypeSpec", s.Pos(), attrs...)
		d.push()
		d.expr(s.Name)
		d.fieldList("typeparams", s.TypeParams, false)
		d.expr(s.Type)
		d.pop()
	}
}
