package bits

// runtimeError is a run-time panic value with gc's text: it implements runtime.Error.
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks the value as a run-time error.
func (e runtimeError) RuntimeError() {}

var overflowError error = runtimeError("integer overflow")
