package main

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }

func main() {
	var t T
	get := t.Get
	set := t.Set
	set(3)
	_ = get()
	fn := T.Get
	_ = fn(t)
	pfn := (*T).Set
	pfn(&t, 4)
}
