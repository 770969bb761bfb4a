package p

func f() {
outer:
	for {
		for {
			continue outer
		}
	}
	goto end
end:
}
