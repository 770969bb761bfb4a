// errorcheck -compile

// Import paths that gc rejects before it looks for the package: types2's check of the
// path's characters, then the importer's absolute and non-canonical path checks.
package main

import (
	""            // ERROR "invalid import path \(empty string\)"
	"a b"         // ERROR "invalid import path \(invalid character U\+0020 ' '\)"
	"fmt;"        // ERROR "invalid import path \(invalid character U\+003B ';'\)"
	"x\ty"        // ERROR "invalid import path \(invalid character U\+0009\)"
	"\xff"        // ERROR "invalid import path \(invalid character U\+FFFD '.'\)"
	"/abs"        // ERROR "could not import /abs \(import path cannot be absolute path\)"
	"unicode/"    // ERROR "could not import unicode/ \(non-canonical import path .unicode/. \(should be .unicode.\)\)"
	"a/./b"       // ERROR "could not import a/./b \(non-canonical import path .a/./b. \(should be .a/b.\)\)"
	"a/../c"      // ERROR "could not import a/../c \(non-canonical import path .a/../c. \(should be .c.\)\)"
)

func main() {}
