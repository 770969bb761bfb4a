// Package errors implements functions to manipulate errors: New creates simple errors,
// Unwrap, Is and As inspect chains (and trees, since Go 1.20) of wrapped errors, and Join
// combines several errors into one.
package errors

// New returns an error that formats as the given text. Each call returns a distinct error
// value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported indicates that a requested operation cannot be performed, because it is
// unsupported.
var ErrUnsupported = New("unsupported operation")
