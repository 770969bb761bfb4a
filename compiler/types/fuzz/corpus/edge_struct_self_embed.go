package main
type T struct{ *T; T }
func main() { var t T; t.x() }
