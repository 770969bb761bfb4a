package p

func f() {
	if {
	}
	for ;; ; {
	}
	switch x := ; {
	}
	go 1
	defer
	1 = 2
	a, b := 
}
