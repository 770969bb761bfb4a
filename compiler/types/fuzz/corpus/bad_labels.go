package main

func main() {
L:
	for {
	}
	goto M
	{
	M:
	}
	break
	continue L
	for {
		break Q
	}
N:
}
