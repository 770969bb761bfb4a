// errorcheck

// Label and branch errors, which gc finds while parsing, come out sorted together with the
// type errors of the same package: only syntax errors stop gc before type checking.
package main

func f(n int) int {
Unused: // ERROR "label Unused defined and not used"
	for i := 0; i < n; i++ {
		if i == 2 {
			break Missing // ERROR "break label not defined: Missing"
		}
	}
	var s string = n // ERROR "cannot use n \(variable of type int\) as type string"
Sw:
	switch n {
	case 1:
		continue Sw // ERROR "invalid continue label Sw"
	}
	goto Over // ERROR "goto Over jumps over declaration of t"
	t := s
	_ = t
Over:
	if n > 0 {
		goto Inside // ERROR "goto Inside jumps into block"
	}
	{
	Inside:
		n++
	}
	continue // ERROR "continue is not in a loop"
	return undefinedName // ERROR "undefined: undefinedName"
}

func main() {
	f(1)
}
