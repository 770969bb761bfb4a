// container/list, container/heap and container/ring against go 1.19: list operations
// including foreign and removed elements, a priority queue whose element order (visible in
// the slice) depends on heap's exact Less/Swap sequence, and ring linking and unlinking.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print(l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

type item struct {
	pri, seq int
}

type pq struct {
	items       []item
	less, swaps int
}

func (q *pq) Len() int { return len(q.items) }
func (q *pq) Less(i, j int) bool {
	q.less++
	return q.items[i].pri < q.items[j].pri
}
func (q *pq) Swap(i, j int) {
	q.swaps++
	q.items[i], q.items[j] = q.items[j], q.items[i]
}
func (q *pq) Push(x any) { q.items = append(q.items, x.(item)) }
func (q *pq) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

var seed uint32 = 7

func next() uint32 {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return seed
}

func main() {
	var l list.List // zero value is usable
	dump(&l)
	e1 := l.PushBack(1)
	e0 := l.PushFront(0)
	e3 := l.PushBack(3)
	e2 := l.InsertBefore(2, e3)
	l.InsertAfter(4, e3)
	dump(&l)
	l.MoveToFront(e3)
	l.MoveToBack(e0)
	l.MoveBefore(e1, e2)
	l.MoveAfter(e2, e0)
	l.MoveAfter(e2, e2)
	dump(&l)
	other := list.New()
	other.PushBack("x")
	foreign := other.PushBack("y")
	fmt.Println(l.InsertBefore(9, foreign) == nil, l.InsertAfter(9, foreign) == nil)
	l.MoveToFront(foreign)
	l.MoveBefore(e1, foreign)
	fmt.Println(l.Remove(foreign), other.Len())
	dump(&l)
	fmt.Println(l.Remove(e2), e2.Next() == nil, e2.Prev() == nil)
	fmt.Println(l.Remove(e2))
	dump(&l)
	l.PushBackList(other)
	l.PushFrontList(other)
	l.PushBackList(&l)
	l.PushFrontList(&l)
	dump(&l)
	other.Init()
	dump(other)
	fmt.Println(other.Front() == nil, other.Back() == nil)

	// Priority queue: random pushes, pops, fixes and removes.
	q := &pq{}
	for i := 0; i < 20; i++ {
		q.items = append(q.items, item{int(next() % 10), i})
	}
	heap.Init(q)
	fmt.Println("init", q.items, q.less, q.swaps)
	for i := 20; i < 300; i++ {
		switch next() % 5 {
		case 0, 1:
			heap.Push(q, item{int(next() % 50), i})
		case 2:
			if q.Len() > 0 {
				fmt.Print(heap.Pop(q), " ")
			}
		case 3:
			if q.Len() > 0 {
				k := int(next() % uint32(q.Len()))
				q.items[k].pri = int(next() % 50)
				heap.Fix(q, k)
			}
		case 4:
			if q.Len() > 0 {
				fmt.Print("r", heap.Remove(q, int(next()%uint32(q.Len()))), " ")
			}
		}
	}
	fmt.Println()
	fmt.Println(q.items, q.less, q.swaps)
	for q.Len() > 0 {
		fmt.Print(heap.Pop(q), " ")
	}
	fmt.Println()

	// Rings.
	show := func(r *ring.Ring) {
		fmt.Print(r.Len(), ": ")
		r.Do(func(v any) { fmt.Print(v, " ") })
		fmt.Println()
	}
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-7))
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 + i
		s = s.Prev()
	}
	show(s)
	show(r.Link(s))
	show(r)
	show(r.Unlink(3))
	show(r)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	var nilRing *ring.Ring
	show(nilRing)
	fmt.Println(ring.New(0) == nil, ring.New(-1) == nil, ring.New(1).Len())
	one := ring.New(1)
	show(one.Link(one))
}
