// math/rand/v2's ChaCha8 source (Go 1.22): its output for the seed
// "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456" across the first re-keying (after 124 values), Seed,
// and MarshalBinary/UnmarshalBinary at every position of the first two keys, against the
// values published in Go's own tests (src/math/rand/v2/chacha8_test.go). go 1.19 has no
// math/rand/v2, so this program checks itself and prints PASS.
package main

import (
	"fmt"
	"math/rand/v2"
)

var failures = 0

func check(what string, got, want any) {
	if fmt.Sprint(got) != fmt.Sprint(want) {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

var seed = [32]byte([]byte("ABCDEFGHIJKLMNOPQRSTUVWXYZ123456"))

// Published outputs at some indexes.
var want = map[int]uint64{
	0: 0xb773b6063d4616a5, 1: 0x1160af22a66abc3c, 2: 0x8c2599d9418d287c, 3: 0x7ee07e037edc5cd6,
	4: 0xcfaa9ee02d1c16ad, 5: 0x0e090eef8febea79, 6: 0x3c82d271128b5b3e, 7: 0x9c5addc11252a34f,
	31: 0x0f8f9ff0a65a3d43, 32: 0xccf065f7190ff080, 63: 0x4040d92d2032a71a, 64: 0x3cd2f66ffb40cd68,
	116: 0x0e505210d8a55e19, 117: 0xe8258d69eeeca0dc, 118: 0x05d4c452e8baf67e, 119: 0xe8dbe30116a45599,
	120: 0x1cf08ce1b1176f00, 121: 0xccf7d0a4b81ecb49, 122: 0x303fea136b2c430e, 123: 0x861d6c139c06c871,
	124: 0x5f41df72e05e0487, 125: 0x25bd7e1e1ae26b1d, 126: 0xbe9f4004d662a41d, 127: 0x65bf58d483188546,
	128: 0xd1b27cff69db13cc, 129: 0x01a6663372c1bb36, 130: 0x578dd7577b727f4d, 131: 0x19c78f066c083cf6,
	364: 0x11170c2eb6c19fd8, 365: 0x44433c779062ba58, 366: 0xc0acb51af1874c45, 367: 0x9f2e134284809fa1,
	368: 0xedb523bd15c619fa, 369: 0x02d97fd53ecc23c0, 370: 0xacaf05a34462374c, 371: 0xddd9c6d34bffa11f,
}

const key2 = ">\x15\x0e\xacHk4O\x11a\xa8R\xcd5\x9atr\x8cXO\x9c]\x10\xdf\xf61\xea\x11\x18\x06\x8a\xaa"

func main() {
	p := rand.NewChaCha8(seed)
	var all []uint64
	for i := 0; i < 372; i++ {
		all = append(all, p.Uint64())
	}
	for i, w := range want {
		check(fmt.Sprint("ChaCha8 #", i), fmt.Sprintf("%#x", all[i]), fmt.Sprintf("%#x", w))
	}
	p.Seed(seed)
	for i := 0; i < 372; i++ {
		if u := p.Uint64(); u != all[i] {
			check(fmt.Sprint("after Seed #", i), u, all[i])
		}
	}

	// Marshal before each of the first 250 draws, then draw from an unmarshalled copy.
	p = rand.NewChaCha8(seed)
	for i := 0; i < 250; i++ {
		enc, err := p.MarshalBinary()
		check("MarshalBinary err", err, nil)
		var wantEnc string
		switch {
		case i <= 124:
			wantEnc = "chacha8:\x00\x00\x00\x00\x00\x00\x00" + string(rune(i)) + string(seed[:])
		case i <= 248:
			wantEnc = "chacha8:\x00\x00\x00\x00\x00\x00\x00" + string(rune(i-124)) + key2
		}
		if i <= 248 && string(enc) != wantEnc {
			check(fmt.Sprint("MarshalBinary #", i), fmt.Sprintf("%q", enc), fmt.Sprintf("%q", wantEnc))
		}
		q := new(rand.ChaCha8)
		check("UnmarshalBinary", q.UnmarshalBinary(enc), nil)
		if u := q.Uint64(); u != all[i] {
			check(fmt.Sprint("after UnmarshalBinary #", i), u, all[i])
		}
		p.Uint64()
	}
	var q rand.ChaCha8
	check("short", q.UnmarshalBinary([]byte("chacha8:")), "invalid ChaCha8 encoding")
	bad := []byte("chacha8:\x00\x00\x00\x00\x00\x00\x00\x7d" + string(seed[:]))
	check("count 125", q.UnmarshalBinary(bad), "invalid ChaCha8 encoding")
	bad = []byte("chacha9:\x00\x00\x00\x00\x00\x00\x00\x00" + string(seed[:]))
	check("prefix", q.UnmarshalBinary(bad), "invalid ChaCha8 encoding")

	// As a Source of Rand.
	r := rand.New(rand.NewChaCha8(seed))
	check("Rand.Uint64", r.Uint64(), all[0])
	check("Rand.Int64", r.Int64(), int64(all[1]&^(1<<63)))

	if failures == 0 {
		fmt.Println("PASS")
	}
}
