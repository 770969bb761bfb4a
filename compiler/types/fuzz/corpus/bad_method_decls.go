package main

type P *int

func (p P) M() {}

type I interface{ M() }

func (i I) N() {}

func (x int) Q() {}

func (a, b T) R() {}

type T struct{ M int }

func (T) M() {}

func main() {}
