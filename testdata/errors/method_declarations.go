// errorcheck

// Method declarations: receiver rules, duplicates, and fields of the same name.
package main

type List struct{ next *List }

type I interface{ m() }

func (l *List) next() {} // ERROR "field and method with the same name next"
func (List) f()        {}
func (List) f()        {} // ERROR "List.f redeclared in this block"
func (int) g()         {} // ERROR "cannot define new methods on non-local type int"
func (p *I) h()        {} // ERROR "invalid receiver type I \(pointer or interface type\)"
func (p **List) k()    {} // ERROR "invalid receiver type \*\*List"

type PL *List

func (p PL) z() {} // ERROR "invalid receiver type PL \(pointer or interface type\)"

func main() {
	var u [...]int // ERROR "invalid use of \[...\] array \(outside a composite literal\)"
	_ = u
}
