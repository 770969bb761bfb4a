// filepath.SkipAll (Go 1.20), checked against the documentation: returned from a Walk or
// WalkDir callback, it stops the whole walk, and Walk/WalkDir return nil.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	tmp, err := os.MkdirTemp("", "skipall")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(tmp)
	for _, d := range []string{"a/x", "b", "c"} {
		os.MkdirAll(filepath.Join(tmp, d), 0o755)
	}
	os.WriteFile(filepath.Join(tmp, "a/x/f"), nil, 0o644)
	failures := 0
	var seen []string
	err = filepath.WalkDir(tmp, func(path string, d fs.DirEntry, err error) error {
		seen = append(seen, strings.TrimPrefix(path, tmp))
		if d.Name() == "x" {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil || strings.Join(seen, ",") != ",/a,/a/x" {
		fmt.Println("FAIL WalkDir", err, seen)
		failures++
	}
	seen = nil
	err = filepath.Walk(tmp, func(path string, info fs.FileInfo, err error) error {
		seen = append(seen, strings.TrimPrefix(path, tmp))
		if info.Name() == "f" {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil || strings.Join(seen, ",") != ",/a,/a/x,/a/x/f" {
		fmt.Println("FAIL Walk", err, seen)
		failures++
	}
	if filepath.SkipAll != fs.SkipAll || filepath.SkipDir != fs.SkipDir {
		fmt.Println("FAIL identity")
		failures++
	}
	if failures == 0 {
		fmt.Println("PASS")
	}
}
