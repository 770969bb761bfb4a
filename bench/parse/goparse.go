// goparse parses every .go file under its arguments with go/parser, comments included, and
// prints `N files, N lines, N errors` like `ergo tool parse`: the reference for bench/parse.sh.
// Build with go 1.19: go build -o goparse bench/parse/goparse.go
package main

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	files, lines, errors := 0, 0, 0
	for _, root := range os.Args[1:] {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if d.Name() == "testdata" {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".go") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				errors++
				return nil
			}
			files++
			lines += bytes.Count(src, []byte{'\n'})
			if _, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ParseComments); err != nil {
				errors++
			}
			return nil
		})
	}
	fmt.Printf("%d files, %d lines, %d errors\n", files, lines, errors)
}
