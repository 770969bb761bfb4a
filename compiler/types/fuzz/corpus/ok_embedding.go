package main

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type Logger interface{ Log(string) }

type Derived struct {
	*Base
	Logger
	name string
}

func main() {
	d := Derived{Base: &Base{1}}
	_ = d.ID()
	_ = d.id
	var f func(*Base) int = (*Base).ID
	_ = f
}
