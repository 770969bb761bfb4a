package rand

import "math/bits"

// A ChaCha8 is a ChaCha8-based cryptographically strong random number generator: the
// chacha8rand construction (C2SP), which runs ChaCha with 8 rounds over a 32-byte key in
// batches of 16 blocks, hands out 992 bytes of each batch and makes the last 32 bytes the
// next key, so that a captured state does not reveal earlier outputs.
type ChaCha8 struct {
	seed [4]uint64  // the current key, little-endian words
	buf  [32]uint64 // one chunk: four blocks, interleaved
	c    uint32     // the counter of the chunk's first block: 0, 4, 8 or 12
	i    uint32     // next word of buf
	n    uint32     // words of buf to hand out
}

const (
	ctrInc = 4  // blocks per chunk
	ctrMax = 16 // blocks per key
	chunk  = 32 // uint64 words per chunk
	reseed = 4  // words of the last chunk that become the next key
)

// NewChaCha8 returns a new ChaCha8 seeded with the given seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

// Seed resets the ChaCha8 to behave the same way as NewChaCha8(seed).
func (c *ChaCha8) Seed(seed [32]byte) {
	for k := range c.seed {
		c.seed[k] = getLE(seed[8*k:])
	}
	c.c = 0
	c.i = 0
	c.n = chunk
	chachaBlocks(&c.seed, &c.buf, 0)
}

// Uint64 returns a uniformly distributed random uint64 value.
func (c *ChaCha8) Uint64() uint64 {
	for {
		if c.i < c.n {
			x := c.buf[c.i]
			c.i++
			return x
		}
		c.refill()
	}
}

// refill moves to the next chunk, and to the next key after the last one.
func (c *ChaCha8) refill() {
	c.c += ctrInc
	if c.c == ctrMax {
		copy(c.seed[:], c.buf[chunk-reseed:])
		c.c = 0
	}
	chachaBlocks(&c.seed, &c.buf, c.c)
	c.i = 0
	c.n = chunk
	if c.c == ctrMax-ctrInc {
		c.n = chunk - reseed
	}
}

// chachaBlocks fills buf with the ChaCha8 blocks counter..counter+3 under key (nonce 0),
// word w of block b at uint32 index 4w+b, two uint32s per uint64, low first. Only the key
// words get the final feed-forward addition, as chacha8rand specifies.
func chachaBlocks(key *[4]uint64, buf *[32]uint64, counter uint32) {
	var out [64]uint32
	for b := uint32(0); b < 4; b++ {
		var x [16]uint32
		x[0], x[1], x[2], x[3] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574
		for k := 0; k < 4; k++ {
			x[4+2*k] = uint32(key[k])
			x[5+2*k] = uint32(key[k] >> 32)
		}
		x[12] = counter + b
		for r := 0; r < 4; r++ { // four double rounds
			x[0], x[4], x[8], x[12] = quarterRound(x[0], x[4], x[8], x[12])
			x[1], x[5], x[9], x[13] = quarterRound(x[1], x[5], x[9], x[13])
			x[2], x[6], x[10], x[14] = quarterRound(x[2], x[6], x[10], x[14])
			x[3], x[7], x[11], x[15] = quarterRound(x[3], x[7], x[11], x[15])
			x[0], x[5], x[10], x[15] = quarterRound(x[0], x[5], x[10], x[15])
			x[1], x[6], x[11], x[12] = quarterRound(x[1], x[6], x[11], x[12])
			x[2], x[7], x[8], x[13] = quarterRound(x[2], x[7], x[8], x[13])
			x[3], x[4], x[9], x[14] = quarterRound(x[3], x[4], x[9], x[14])
		}
		for k := 0; k < 4; k++ {
			x[4+2*k] += uint32(key[k])
			x[5+2*k] += uint32(key[k] >> 32)
		}
		for w := uint32(0); w < 16; w++ {
			out[4*w+b] = x[w]
		}
	}
	for k := range buf {
		buf[k] = uint64(out[2*k]) | uint64(out[2*k+1])<<32
	}
}

func quarterRound(a, b, c, d uint32) (uint32, uint32, uint32, uint32) {
	a += b
	d = bits.RotateLeft32(d^a, 16)
	c += d
	b = bits.RotateLeft32(b^c, 12)
	a += b
	d = bits.RotateLeft32(d^a, 8)
	c += d
	b = bits.RotateLeft32(b^c, 7)
	return a, b, c, d
}

type errUnmarshalChaCha8 struct{}

func (*errUnmarshalChaCha8) Error() string { return "invalid ChaCha8 encoding" }

// MarshalBinary implements the encoding.BinaryMarshaler interface: "chacha8:", the count of
// values handed out under the current key (big-endian) and the key.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	data := make([]byte, 48)
	copy(data, "chacha8:")
	putBE(data[8:], uint64(c.c/ctrInc*chunk+c.i))
	for k, s := range c.seed {
		putLE(data[16+8*k:], s)
	}
	return data, nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return new(errUnmarshalChaCha8)
	}
	used := getBE(data[8:])
	if used > ctrMax/ctrInc*chunk-reseed {
		return new(errUnmarshalChaCha8)
	}
	for k := range c.seed {
		c.seed[k] = getLE(data[16+8*k:])
	}
	c.c = ctrInc * (uint32(used) / chunk)
	chachaBlocks(&c.seed, &c.buf, c.c)
	c.i = uint32(used) % chunk
	c.n = chunk
	if c.c == ctrMax-ctrInc {
		c.n = chunk - reseed
	}
	return nil
}

func putLE(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v)
		v >>= 8
	}
}

func getLE(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}
