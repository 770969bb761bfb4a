// A runtime panic inside an instance of a generic method, reached through a generic function:
// the message is gc's, and the trace names the frames main.(*Stack[...]).Pop and
// main.Drain[...] (runtime/traceback.cpp prints instances' type arguments as [...]).
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

//go:noinline
func Drain[T any](s *Stack[T], n int) T {
	var last T
	for i := 0; i < n; i++ {
		last = s.Pop()
	}
	return last
}

func main() {
	s := &Stack[string]{items: []string{"a", "b"}}
	Drain(s, 2)
	Drain(s, 1)
}
