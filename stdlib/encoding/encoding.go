// Package encoding defines the interfaces shared by packages that convert data to and from
// byte-level and textual representations (Go 1.22's set: the Appender interfaces came in
// Go 1.24). The encoders themselves (encoding/json, encoding/binary...) come later.
package encoding

// BinaryMarshaler is implemented by an object that can marshal itself into a binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is implemented by an object that can unmarshal a binary representation
// of itself; UnmarshalBinary must copy the data if it wishes to keep it.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is implemented by an object that can marshal itself into a textual form.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is implemented by an object that can unmarshal a textual representation
// of itself; UnmarshalText must copy the text if it wishes to keep it.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
