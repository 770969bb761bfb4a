// Go 1.20's errors.Join and error trees (Unwrap() []error in Is and As), Go 1.21's
// errors.ErrUnsupported, and fmt.Errorf with several %w verbs. go 1.19 cannot run this
// program, so it checks itself against the documentation and prints PASS.
package main

import (
	"errors"
	"fmt"
)

var failures = 0

func check(what string, ok bool) {
	if !ok {
		fmt.Println("FAIL", what)
		failures++
	}
}

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

func main() {
	e1 := errors.New("one")
	e2 := errors.New("two")
	e3 := Code(3)

	check("Join of nothing", errors.Join() == nil)
	check("Join of nils", errors.Join(nil, nil) == nil)
	j := errors.Join(e1, nil, e2)
	check("Join text", j.Error() == "one\ntwo")
	u, ok := j.(interface{ Unwrap() []error })
	check("Join has Unwrap() []error", ok)
	if ok {
		errs := u.Unwrap()
		check("Join drops nils", len(errs) == 2 && errs[0] == e1 && errs[1] == e2)
	}
	check("Unwrap of a join is nil", errors.Unwrap(j) == nil)
	check("Is through a join", errors.Is(j, e1) && errors.Is(j, e2) && !errors.Is(j, e3))
	check("single Join wraps", errors.Join(e1) != e1 && errors.Join(e1).Error() == "one")

	nested := fmt.Errorf("ctx: %w", errors.Join(e1, fmt.Errorf("deep: %w", e3)))
	var c Code
	check("As through nested trees", errors.As(nested, &c) && c == 3)
	check("Is through nested trees", errors.Is(nested, e3))

	// Depth-first, first match wins.
	var first Code
	tree := multi{[]error{multi{[]error{Code(1)}}, Code(2)}}
	check("As is depth first", errors.As(tree, &first) && first == 1)
	check("As skips nil tree entries", errors.As(multi{[]error{nil, Code(5)}}, &first) && first == 5)
	check("As finds nothing", !errors.As(multi{[]error{e1}}, &first))
	check("Is on empty tree", !errors.Is(multi{}, e1))

	// Several %w.
	w := fmt.Errorf("a %w b %w c", e1, e2)
	check("multi %w text", w.Error() == "a one b two c")
	wu, ok := w.(interface{ Unwrap() []error })
	check("multi %w has Unwrap() []error", ok)
	if ok {
		errs := wu.Unwrap()
		check("multi %w order", len(errs) == 2 && errs[0] == e1 && errs[1] == e2)
	}
	check("multi %w Unwrap is nil", errors.Unwrap(w) == nil)
	check("multi %w Is", errors.Is(w, e1) && errors.Is(w, e2))

	r := fmt.Errorf("%[2]w then %[1]w", e1, e2)
	check("reordered text", r.Error() == "two then one")
	if ru, ok := r.(interface{ Unwrap() []error }); ok {
		errs := ru.Unwrap()
		check("reordered operands sorted", len(errs) == 2 && errs[0] == e1 && errs[1] == e2)
	} else {
		check("reordered has Unwrap() []error", false)
	}

	d := fmt.Errorf("%[1]w %[1]w", e1)
	check("duplicate text", d.Error() == "one one")
	if du, ok := d.(interface{ Unwrap() []error }); ok {
		errs := du.Unwrap()
		check("duplicate operand once", len(errs) == 1 && errs[0] == e1)
	} else {
		check("duplicate has Unwrap() []error", false)
	}

	n := fmt.Errorf("%w %w", e1, "str")
	check("non-error operand text", n.Error() == "one %!w(string=str)")
	if nu, ok := n.(interface{ Unwrap() []error }); ok {
		errs := nu.Unwrap()
		check("non-error operand skipped", len(errs) == 1 && errs[0] == e1)
	} else {
		check("non-error has Unwrap() []error", false)
	}

	one := fmt.Errorf("x %w", e3)
	check("single %w Unwrap", errors.Unwrap(one) == e3)
	check("no %w", errors.Unwrap(fmt.Errorf("x %v", e3)) == nil)
	check("%w nil text", fmt.Errorf("%w", nil).Error() == "%!w(<nil>)")
	check("%w in Sprintf", fmt.Sprintf("%w", e1) == "%!w(*errors.errorString=&{one})")

	check("ErrUnsupported", errors.ErrUnsupported.Error() == "unsupported operation")
	check("ErrUnsupported Is", errors.Is(fmt.Errorf("op: %w", errors.ErrUnsupported), errors.ErrUnsupported))

	if failures == 0 {
		fmt.Println("PASS")
	}
}
