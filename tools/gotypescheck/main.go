// gotypescheck parses (go/parser) and type-checks (go/types) packages of a Go tree's std, each
// package once, dependencies first, importing the packages it has already checked: the work
// `ergo tool check` does, done by the Go team's own libraries. bench/check.sh times the two.
//
// Files are selected as `CGO_ENABLED=0 go list` selects them (go/build with cgo off, the
// target linux/amd64 unless -goos/-goarch say otherwise). Imports made by std resolve to
// src/PATH, else to src/vendor/PATH, as the go command resolves them.
//
// Usage: gotypescheck [-goroot DIR] [-v] [-lang go1.N] PATTERN...
// PATTERN is `std` or an import path. Prints each type error (or, with -v, one line
// `PATH: N errors` per package named by a pattern) and a last line `N packages, N errors`,
// counting only the packages named; exits 1 on any error.
//
// Build with go 1.19: go build -o gotypescheck tools/gotypescheck/main.go
package main

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type pkg struct {
	path    string // import path; vendored packages keep their `vendor/` prefix
	dir     string
	root    bool // named by a pattern: reported and counted
	state   int  // 0 new, 1 being visited, 2 checked
	imports map[string]string
	types   *types.Package
	errors  []string
}

type checker struct {
	ctxt    build.Context
	src     string
	lang    string
	fset    *token.FileSet
	sizes   types.Sizes
	pkgs    map[string]*pkg
	ordered []*pkg
}

func main() {
	goroot := flag.String("goroot", "/usr/share/go-1.19", "the Go tree whose src/ holds std")
	goos := flag.String("goos", "linux", "target GOOS")
	goarch := flag.String("goarch", "amd64", "target GOARCH")
	lang := flag.String("lang", "", "language version for every package (default: go.mod's)")
	verbose := flag.Bool("v", false, "one line per package instead of the errors")
	flag.Parse()

	c := &checker{
		ctxt:  build.Default,
		src:   filepath.Join(*goroot, "src"),
		lang:  *lang,
		fset:  token.NewFileSet(),
		sizes: types.SizesFor("gc", *goarch),
		pkgs:  map[string]*pkg{},
	}
	c.ctxt.GOROOT = *goroot
	c.ctxt.GOPATH = ""
	c.ctxt.GOOS = *goos
	c.ctxt.GOARCH = *goarch
	c.ctxt.CgoEnabled = false
	if c.lang == "" {
		c.lang = c.stdGoVersion()
	}

	var roots []string
	for _, p := range flag.Args() {
		if p == "std" {
			roots = append(roots, c.listStd()...)
		} else {
			roots = append(roots, p)
		}
	}
	for _, r := range roots {
		p := c.get(r)
		p.root = true
		c.visit(p)
	}

	packages, errs := 0, 0
	for _, p := range c.ordered {
		if !p.root {
			continue
		}
		packages++
		errs += len(p.errors)
		if *verbose {
			fmt.Printf("%s: %d errors\n", p.path, len(p.errors))
		} else {
			for _, e := range p.errors {
				fmt.Println(e)
			}
		}
	}
	fmt.Printf("%d packages, %d errors\n", packages, errs)
	if errs > 0 {
		os.Exit(1)
	}
}

// stdGoVersion is the `go` line of src/go.mod as a language version ("go1.19"), or "".
func (c *checker) stdGoVersion() string {
	data, err := os.ReadFile(filepath.Join(c.src, "go.mod"))
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "go" {
			return "go" + f[1]
		}
	}
	return ""
}

// listStd returns what `go list std` prints: every directory of src/ that go/build sees as a
// package, except cmd, builtin, testdata, names starting with `.` or `_`, and runtime/cgo
// (cgo is off).
func (c *checker) listStd() []string {
	var out []string
	filepath.WalkDir(c.src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(c.src, path)
		name := d.Name()
		if rel != "." && (name == "testdata" || strings.HasPrefix(name, ".") ||
			strings.HasPrefix(name, "_") || rel == "cmd" || rel == "builtin" || rel == "runtime/cgo") {
			return filepath.SkipDir
		}
		if rel == "." {
			return nil
		}
		_, err = c.ctxt.ImportDir(path, 0)
		var noGo *build.NoGoError
		if err == nil || !errors.As(err, &noGo) {
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// get returns the package of a std import path, resolving it to src/vendor/ when src/ has no
// such directory.
func (c *checker) get(importPath string) *pkg {
	if p, ok := c.pkgs[importPath]; ok {
		return p
	}
	path, dir := importPath, filepath.Join(c.src, importPath)
	if st, err := os.Stat(dir); (err != nil || !st.IsDir()) && importPath != "unsafe" {
		vpath := "vendor/" + importPath
		vdir := filepath.Join(c.src, vpath)
		if st, err := os.Stat(vdir); err == nil && st.IsDir() {
			path, dir = vpath, vdir
		}
	}
	if p, ok := c.pkgs[path]; ok {
		c.pkgs[importPath] = p
		return p
	}
	p := &pkg{path: path, dir: dir}
	c.pkgs[path] = p
	c.pkgs[importPath] = p
	return p
}

// visit parses p and its imports, then checks them, dependencies first.
func (c *checker) visit(p *pkg) {
	if p.state != 0 {
		return
	}
	p.state = 1
	defer func() { p.state = 2; c.ordered = append(c.ordered, p) }()
	if p.path == "unsafe" {
		p.types = types.Unsafe
		return
	}
	bp, err := c.ctxt.ImportDir(p.dir, 0)
	if err != nil {
		p.errors = append(p.errors, fmt.Sprintf("%s: %v", p.dir, err))
		return
	}
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(c.fset, filepath.Join(p.dir, name), nil,
			parser.SkipObjectResolution)
		if err != nil {
			p.errors = append(p.errors, err.Error())
			continue
		}
		files = append(files, f)
	}
	if len(p.errors) > 0 {
		return // as gc, no type checking after syntax errors
	}
	p.imports = map[string]string{}
	for _, ip := range bp.Imports {
		dep := c.get(ip)
		p.imports[ip] = dep.path
		if dep.state == 1 {
			p.errors = append(p.errors, fmt.Sprintf("%s: import cycle through %s", p.path, ip))
			continue
		}
		c.visit(dep)
	}
	conf := types.Config{
		GoVersion: c.lang,
		Importer:  importer{c, p},
		Sizes:     c.sizes,
		Error: func(err error) {
			p.errors = append(p.errors, err.Error())
		},
	}
	p.types, _ = conf.Check(p.path, c.fset, files, nil)
}

// importer hands a package the ones it imports, already checked.
type importer struct {
	c    *checker
	from *pkg
}

func (i importer) Import(path string) (*types.Package, error) {
	dep, ok := i.c.pkgs[i.from.imports[path]]
	if !ok || dep.types == nil {
		return nil, fmt.Errorf("package %s not checked", path)
	}
	return dep.types, nil
}
