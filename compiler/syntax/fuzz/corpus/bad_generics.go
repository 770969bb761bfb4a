package p

func f[T any() {}
type T[ ] int
var x = f[int, ]
