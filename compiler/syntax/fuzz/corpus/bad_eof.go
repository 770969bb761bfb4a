package p

func f() { if x { for { switch {