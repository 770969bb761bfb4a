// Package runtime is the Go side of ergo's runtime, which is written in C++ (runtime/ in the
// source tree). So far it only declares the interface that run-time panic values satisfy.
package runtime

// Error is implemented by the values of the panics the runtime raises itself (an index out
// of range, a division by zero, a failed type assertion, ...).
type Error interface {
	error
	// RuntimeError does nothing: having it is what marks a run-time error.
	RuntimeError()
}
