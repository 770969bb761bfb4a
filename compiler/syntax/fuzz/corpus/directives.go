//go:build linux && amd64
// +build linux,amd64

package p

import _ "unsafe"

//go:linkname now runtime.nanotime
func now() int64

//go:noinline
func f() {}

//go:noescape
func g(p *int)
