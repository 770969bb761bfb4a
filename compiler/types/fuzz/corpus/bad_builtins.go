package main

func main() {
	_ = len(1)
	_ = cap(map[int]int{})
	_ = append(1, 2)
	_ = make(int)
	_ = make([]int)
	_ = new(1)
	copy(1, 2)
	delete(map[int]int{}, "a")
	close(1)
	_ = complex(1, "a")
	_ = min()
	_ = max(1, "a")
	panic()
	len("a")
}
