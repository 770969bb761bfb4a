package main
const c = complex(1e308, 1e308) * complex(1e308, 1e308) / complex(0, 0)
func main() {}
