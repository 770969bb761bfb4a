package p

type T int

func (T) M() {}

var f = T.M
var g = (*T).M
