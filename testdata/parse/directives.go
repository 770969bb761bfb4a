//go:build linux && (amd64 || arm64) && !cgo
// +build linux
// +build amd64 arm64
// +build !cgo

// Compiler directives: build constraints (above), //go: directives attached to the
// declaration that follows, and //line directives. go/parser parses all of them as
// comments; the dump has no comments, so this file shows they do not disturb parsing.
package forms

import (
	"embed"
	_ "unsafe"
)

//go:embed literals.go
var embedded string

//go:embed *.go
//go:embed bom.go
var embeddedFiles embed.FS

//go:embed bom.go
var embeddedBytes []byte

//go:linkname runtimeNanotime runtime.nanotime
func runtimeNanotime() int64

//go:linkname localOnly
var localOnly int

//go:noinline
func notInlined(x int) int { return x + 1 }

//go:noescape
func noEscape(p *byte)

//go:nosplit
//go:norace
func severalDirectives() {}

//line generated.go:100
func fromLineDirective() {}

//line generated.go:200:5
var lineAndColumn = 1

//line :300
var lineOnly = 2

func inlineDirective() { /*line generated.go:400:1*/ _ = 1 }

var afterDirectives = /*line other.go:1*/ 3
