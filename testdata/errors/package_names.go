// errorcheck

// Names a file's imports take: not init, and not a name the package declares.
package p

import init "fmt" // ERROR "cannot import package as init - init must be a func"
import "fmt"

var _ = fmt.Println

var fmt int // ERROR "fmt already declared through import of package fmt \(.fmt.\)"
