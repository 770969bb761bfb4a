package main

func main() {
	i := 0
loop:
	if i < 10 {
		i++
		goto loop
	}
L:
	switch i {
	case 1:
		break L
	}
}
