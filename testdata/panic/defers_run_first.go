// An unrecovered panic runs every deferred call on the way out, innermost frame first,
// before the report: the first line on stderr is the first deferred call's output.
package main

func cleanup(name string) { println("cleanup", name) }

func work() {
	defer cleanup("work")
	var s []int
	_ = s[3]
}

func main() {
	defer cleanup("main")
	work()
}
