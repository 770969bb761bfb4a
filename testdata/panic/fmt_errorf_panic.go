// A panic with an error made by fmt.Errorf (with %w) after a recovered panic with a
// Stringer: the runtime prints both values through their methods.
package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S(%d)", s.n) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Errorf("wrapped %d: %w", 2, errors.New("boom")))
	}()
	panic(S{1})
}
