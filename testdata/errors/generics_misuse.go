package main

// Constraint interfaces (type sets, comparable) may only constrain type parameters.

type C interface{ ~int }

type D C

var x comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"

var y C // ERROR "cannot use type C outside a type constraint: interface contains type constraints"

type S struct{ f D } // ERROR "cannot use type D outside a type constraint: interface contains type constraints"

func F[T C]() {}

func main() { F[int]() }
