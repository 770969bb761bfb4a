package p

type T struct{}

func f(x T) {
	if x == (T{}) {
	}
	for _ = range []T{{}} {
	}
	switch x {
	case T{}:
	}
	if x == T{} {
	}
}
