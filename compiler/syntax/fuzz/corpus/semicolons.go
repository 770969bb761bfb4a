package p; import "fmt"; func f() { fmt.Println(1); return }; var x = 1
