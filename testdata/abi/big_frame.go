// Frames too large to build before the stack check (docs/abi.md, "Stacks"). The prologue's
// check runs after the backend has built the frame, so the frame built before it must leave
// room in the red zone for a callee's: emission measures every frame, and a function above
// the limit is split into a wrapper, which checks for the whole frame, and its body.
//
// The closure made by makeBig keeps 700 values live across its recursive call (a table of 70
// rows of 10): its frame is about 11 KiB at -O2, where a caller and its callee would not fit
// in the red zone together, and 17 KiB at -O0, more than the red zone itself. It takes its
// context in the `nest` register, defers a call that recovers at one level of the recursion,
// recovers itself when it is deferred, and yields to the other goroutines at the bottom. Each goroutine calls it below recursions
// of every depth up to 300 frames, so that its frames start at every offset from the end of
// a stack segment, checks each result against loops computing the same values, and checks
// that its outermost frame kept its values while the others ran beside its stack.
// Self-checking: prints PASS.
package main

//go:linkname gosched runtime.Gosched
func gosched()

const rows = 70 // of the table in makeBig

// ten makes a row: ten values of x, none of them linear in x.
func ten(x int) (int, int, int, int, int, int, int, int, int, int) {
	return x ^ 0x5bd1, x * 0x2f, x>>3 ^ x, x * x, x ^ x>>5, x*0x6d ^ 1, x - x>>2, x*9 ^ 7, x>>1 ^ 0x3c, x*0x1f ^ x
}

// fold mixes a row into r in an order no optimiser can regroup.
func fold(r, a, b, c, d, e, f, g, h, i, j int) int {
	return (((((((((r^a)*3^b)*3^c)*3^d)*3^e)*3^f)*3^g)*3^h)*3^i)*3 ^ j
}

// makeBig returns the recursion: at depth n == 0 it yields, then panics if p says so or
// returns a leaf value; above, it makes its table, recurses with v+1, and folds the table
// into the result. The deferred call recovers the panic at depth catchLevel only, where the
// result becomes -v; below it the panic unwinds through the frames, above it never arrives.
// A panic that escapes is stopped by big itself, deferred with v = -(goroutine id).
func makeBig(catchLevel int) func(n, v int, p bool) int {
	var big func(n, v int, p bool) int
	big = func(n, v int, p bool) (r int) {
		if n == 0 {
			if v < 0 {
				// Deferred by attempt: recover is called by the deferred function itself.
				if recover() != nil {
					stopped[-v]++
				}
				return 0
			}
			gosched()
			if p {
				panic("leaf")
			}
			return v*7 + 1
		}
		defer func() {
			if n == catchLevel && recover() != nil {
				r = -v
			}
		}()
		aa0, aa1, aa2, aa3, aa4, aa5, aa6, aa7, aa8, aa9 := ten(v)
		ab0, ab1, ab2, ab3, ab4, ab5, ab6, ab7, ab8, ab9 := ten(aa0 ^ aa9)
		ac0, ac1, ac2, ac3, ac4, ac5, ac6, ac7, ac8, ac9 := ten(ab0 ^ ab9)
		ad0, ad1, ad2, ad3, ad4, ad5, ad6, ad7, ad8, ad9 := ten(ac0 ^ ac9)
		ae0, ae1, ae2, ae3, ae4, ae5, ae6, ae7, ae8, ae9 := ten(ad0 ^ ad9)
		af0, af1, af2, af3, af4, af5, af6, af7, af8, af9 := ten(ae0 ^ ae9)
		ag0, ag1, ag2, ag3, ag4, ag5, ag6, ag7, ag8, ag9 := ten(af0 ^ af9)
		ah0, ah1, ah2, ah3, ah4, ah5, ah6, ah7, ah8, ah9 := ten(ag0 ^ ag9)
		ai0, ai1, ai2, ai3, ai4, ai5, ai6, ai7, ai8, ai9 := ten(ah0 ^ ah9)
		aj0, aj1, aj2, aj3, aj4, aj5, aj6, aj7, aj8, aj9 := ten(ai0 ^ ai9)
		ak0, ak1, ak2, ak3, ak4, ak5, ak6, ak7, ak8, ak9 := ten(aj0 ^ aj9)
		al0, al1, al2, al3, al4, al5, al6, al7, al8, al9 := ten(ak0 ^ ak9)
		am0, am1, am2, am3, am4, am5, am6, am7, am8, am9 := ten(al0 ^ al9)
		an0, an1, an2, an3, an4, an5, an6, an7, an8, an9 := ten(am0 ^ am9)
		ao0, ao1, ao2, ao3, ao4, ao5, ao6, ao7, ao8, ao9 := ten(an0 ^ an9)
		ap0, ap1, ap2, ap3, ap4, ap5, ap6, ap7, ap8, ap9 := ten(ao0 ^ ao9)
		aq0, aq1, aq2, aq3, aq4, aq5, aq6, aq7, aq8, aq9 := ten(ap0 ^ ap9)
		ar0, ar1, ar2, ar3, ar4, ar5, ar6, ar7, ar8, ar9 := ten(aq0 ^ aq9)
		as0, as1, as2, as3, as4, as5, as6, as7, as8, as9 := ten(ar0 ^ ar9)
		at0, at1, at2, at3, at4, at5, at6, at7, at8, at9 := ten(as0 ^ as9)
		au0, au1, au2, au3, au4, au5, au6, au7, au8, au9 := ten(at0 ^ at9)
		av0, av1, av2, av3, av4, av5, av6, av7, av8, av9 := ten(au0 ^ au9)
		aw0, aw1, aw2, aw3, aw4, aw5, aw6, aw7, aw8, aw9 := ten(av0 ^ av9)
		ax0, ax1, ax2, ax3, ax4, ax5, ax6, ax7, ax8, ax9 := ten(aw0 ^ aw9)
		ay0, ay1, ay2, ay3, ay4, ay5, ay6, ay7, ay8, ay9 := ten(ax0 ^ ax9)
		az0, az1, az2, az3, az4, az5, az6, az7, az8, az9 := ten(ay0 ^ ay9)
		ba0, ba1, ba2, ba3, ba4, ba5, ba6, ba7, ba8, ba9 := ten(az0 ^ az9)
		bb0, bb1, bb2, bb3, bb4, bb5, bb6, bb7, bb8, bb9 := ten(ba0 ^ ba9)
		bc0, bc1, bc2, bc3, bc4, bc5, bc6, bc7, bc8, bc9 := ten(bb0 ^ bb9)
		bd0, bd1, bd2, bd3, bd4, bd5, bd6, bd7, bd8, bd9 := ten(bc0 ^ bc9)
		be0, be1, be2, be3, be4, be5, be6, be7, be8, be9 := ten(bd0 ^ bd9)
		bf0, bf1, bf2, bf3, bf4, bf5, bf6, bf7, bf8, bf9 := ten(be0 ^ be9)
		bg0, bg1, bg2, bg3, bg4, bg5, bg6, bg7, bg8, bg9 := ten(bf0 ^ bf9)
		bh0, bh1, bh2, bh3, bh4, bh5, bh6, bh7, bh8, bh9 := ten(bg0 ^ bg9)
		bi0, bi1, bi2, bi3, bi4, bi5, bi6, bi7, bi8, bi9 := ten(bh0 ^ bh9)
		bj0, bj1, bj2, bj3, bj4, bj5, bj6, bj7, bj8, bj9 := ten(bi0 ^ bi9)
		bk0, bk1, bk2, bk3, bk4, bk5, bk6, bk7, bk8, bk9 := ten(bj0 ^ bj9)
		bl0, bl1, bl2, bl3, bl4, bl5, bl6, bl7, bl8, bl9 := ten(bk0 ^ bk9)
		bm0, bm1, bm2, bm3, bm4, bm5, bm6, bm7, bm8, bm9 := ten(bl0 ^ bl9)
		bn0, bn1, bn2, bn3, bn4, bn5, bn6, bn7, bn8, bn9 := ten(bm0 ^ bm9)
		bo0, bo1, bo2, bo3, bo4, bo5, bo6, bo7, bo8, bo9 := ten(bn0 ^ bn9)
		bp0, bp1, bp2, bp3, bp4, bp5, bp6, bp7, bp8, bp9 := ten(bo0 ^ bo9)
		bq0, bq1, bq2, bq3, bq4, bq5, bq6, bq7, bq8, bq9 := ten(bp0 ^ bp9)
		br0, br1, br2, br3, br4, br5, br6, br7, br8, br9 := ten(bq0 ^ bq9)
		bs0, bs1, bs2, bs3, bs4, bs5, bs6, bs7, bs8, bs9 := ten(br0 ^ br9)
		bt0, bt1, bt2, bt3, bt4, bt5, bt6, bt7, bt8, bt9 := ten(bs0 ^ bs9)
		bu0, bu1, bu2, bu3, bu4, bu5, bu6, bu7, bu8, bu9 := ten(bt0 ^ bt9)
		bv0, bv1, bv2, bv3, bv4, bv5, bv6, bv7, bv8, bv9 := ten(bu0 ^ bu9)
		bw0, bw1, bw2, bw3, bw4, bw5, bw6, bw7, bw8, bw9 := ten(bv0 ^ bv9)
		bx0, bx1, bx2, bx3, bx4, bx5, bx6, bx7, bx8, bx9 := ten(bw0 ^ bw9)
		by0, by1, by2, by3, by4, by5, by6, by7, by8, by9 := ten(bx0 ^ bx9)
		bz0, bz1, bz2, bz3, bz4, bz5, bz6, bz7, bz8, bz9 := ten(by0 ^ by9)
		ca0, ca1, ca2, ca3, ca4, ca5, ca6, ca7, ca8, ca9 := ten(bz0 ^ bz9)
		cb0, cb1, cb2, cb3, cb4, cb5, cb6, cb7, cb8, cb9 := ten(ca0 ^ ca9)
		cc0, cc1, cc2, cc3, cc4, cc5, cc6, cc7, cc8, cc9 := ten(cb0 ^ cb9)
		cd0, cd1, cd2, cd3, cd4, cd5, cd6, cd7, cd8, cd9 := ten(cc0 ^ cc9)
		ce0, ce1, ce2, ce3, ce4, ce5, ce6, ce7, ce8, ce9 := ten(cd0 ^ cd9)
		cf0, cf1, cf2, cf3, cf4, cf5, cf6, cf7, cf8, cf9 := ten(ce0 ^ ce9)
		cg0, cg1, cg2, cg3, cg4, cg5, cg6, cg7, cg8, cg9 := ten(cf0 ^ cf9)
		ch0, ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, ch9 := ten(cg0 ^ cg9)
		ci0, ci1, ci2, ci3, ci4, ci5, ci6, ci7, ci8, ci9 := ten(ch0 ^ ch9)
		cj0, cj1, cj2, cj3, cj4, cj5, cj6, cj7, cj8, cj9 := ten(ci0 ^ ci9)
		ck0, ck1, ck2, ck3, ck4, ck5, ck6, ck7, ck8, ck9 := ten(cj0 ^ cj9)
		cl0, cl1, cl2, cl3, cl4, cl5, cl6, cl7, cl8, cl9 := ten(ck0 ^ ck9)
		cm0, cm1, cm2, cm3, cm4, cm5, cm6, cm7, cm8, cm9 := ten(cl0 ^ cl9)
		cn0, cn1, cn2, cn3, cn4, cn5, cn6, cn7, cn8, cn9 := ten(cm0 ^ cm9)
		co0, co1, co2, co3, co4, co5, co6, co7, co8, co9 := ten(cn0 ^ cn9)
		cp0, cp1, cp2, cp3, cp4, cp5, cp6, cp7, cp8, cp9 := ten(co0 ^ co9)
		cq0, cq1, cq2, cq3, cq4, cq5, cq6, cq7, cq8, cq9 := ten(cp0 ^ cp9)
		cr0, cr1, cr2, cr3, cr4, cr5, cr6, cr7, cr8, cr9 := ten(cq0 ^ cq9)
		r = big(n-1, v+1, p)
		r = fold(r, aa0, aa1, aa2, aa3, aa4, aa5, aa6, aa7, aa8, aa9)
		r = fold(r, ab0, ab1, ab2, ab3, ab4, ab5, ab6, ab7, ab8, ab9)
		r = fold(r, ac0, ac1, ac2, ac3, ac4, ac5, ac6, ac7, ac8, ac9)
		r = fold(r, ad0, ad1, ad2, ad3, ad4, ad5, ad6, ad7, ad8, ad9)
		r = fold(r, ae0, ae1, ae2, ae3, ae4, ae5, ae6, ae7, ae8, ae9)
		r = fold(r, af0, af1, af2, af3, af4, af5, af6, af7, af8, af9)
		r = fold(r, ag0, ag1, ag2, ag3, ag4, ag5, ag6, ag7, ag8, ag9)
		r = fold(r, ah0, ah1, ah2, ah3, ah4, ah5, ah6, ah7, ah8, ah9)
		r = fold(r, ai0, ai1, ai2, ai3, ai4, ai5, ai6, ai7, ai8, ai9)
		r = fold(r, aj0, aj1, aj2, aj3, aj4, aj5, aj6, aj7, aj8, aj9)
		r = fold(r, ak0, ak1, ak2, ak3, ak4, ak5, ak6, ak7, ak8, ak9)
		r = fold(r, al0, al1, al2, al3, al4, al5, al6, al7, al8, al9)
		r = fold(r, am0, am1, am2, am3, am4, am5, am6, am7, am8, am9)
		r = fold(r, an0, an1, an2, an3, an4, an5, an6, an7, an8, an9)
		r = fold(r, ao0, ao1, ao2, ao3, ao4, ao5, ao6, ao7, ao8, ao9)
		r = fold(r, ap0, ap1, ap2, ap3, ap4, ap5, ap6, ap7, ap8, ap9)
		r = fold(r, aq0, aq1, aq2, aq3, aq4, aq5, aq6, aq7, aq8, aq9)
		r = fold(r, ar0, ar1, ar2, ar3, ar4, ar5, ar6, ar7, ar8, ar9)
		r = fold(r, as0, as1, as2, as3, as4, as5, as6, as7, as8, as9)
		r = fold(r, at0, at1, at2, at3, at4, at5, at6, at7, at8, at9)
		r = fold(r, au0, au1, au2, au3, au4, au5, au6, au7, au8, au9)
		r = fold(r, av0, av1, av2, av3, av4, av5, av6, av7, av8, av9)
		r = fold(r, aw0, aw1, aw2, aw3, aw4, aw5, aw6, aw7, aw8, aw9)
		r = fold(r, ax0, ax1, ax2, ax3, ax4, ax5, ax6, ax7, ax8, ax9)
		r = fold(r, ay0, ay1, ay2, ay3, ay4, ay5, ay6, ay7, ay8, ay9)
		r = fold(r, az0, az1, az2, az3, az4, az5, az6, az7, az8, az9)
		r = fold(r, ba0, ba1, ba2, ba3, ba4, ba5, ba6, ba7, ba8, ba9)
		r = fold(r, bb0, bb1, bb2, bb3, bb4, bb5, bb6, bb7, bb8, bb9)
		r = fold(r, bc0, bc1, bc2, bc3, bc4, bc5, bc6, bc7, bc8, bc9)
		r = fold(r, bd0, bd1, bd2, bd3, bd4, bd5, bd6, bd7, bd8, bd9)
		r = fold(r, be0, be1, be2, be3, be4, be5, be6, be7, be8, be9)
		r = fold(r, bf0, bf1, bf2, bf3, bf4, bf5, bf6, bf7, bf8, bf9)
		r = fold(r, bg0, bg1, bg2, bg3, bg4, bg5, bg6, bg7, bg8, bg9)
		r = fold(r, bh0, bh1, bh2, bh3, bh4, bh5, bh6, bh7, bh8, bh9)
		r = fold(r, bi0, bi1, bi2, bi3, bi4, bi5, bi6, bi7, bi8, bi9)
		r = fold(r, bj0, bj1, bj2, bj3, bj4, bj5, bj6, bj7, bj8, bj9)
		r = fold(r, bk0, bk1, bk2, bk3, bk4, bk5, bk6, bk7, bk8, bk9)
		r = fold(r, bl0, bl1, bl2, bl3, bl4, bl5, bl6, bl7, bl8, bl9)
		r = fold(r, bm0, bm1, bm2, bm3, bm4, bm5, bm6, bm7, bm8, bm9)
		r = fold(r, bn0, bn1, bn2, bn3, bn4, bn5, bn6, bn7, bn8, bn9)
		r = fold(r, bo0, bo1, bo2, bo3, bo4, bo5, bo6, bo7, bo8, bo9)
		r = fold(r, bp0, bp1, bp2, bp3, bp4, bp5, bp6, bp7, bp8, bp9)
		r = fold(r, bq0, bq1, bq2, bq3, bq4, bq5, bq6, bq7, bq8, bq9)
		r = fold(r, br0, br1, br2, br3, br4, br5, br6, br7, br8, br9)
		r = fold(r, bs0, bs1, bs2, bs3, bs4, bs5, bs6, bs7, bs8, bs9)
		r = fold(r, bt0, bt1, bt2, bt3, bt4, bt5, bt6, bt7, bt8, bt9)
		r = fold(r, bu0, bu1, bu2, bu3, bu4, bu5, bu6, bu7, bu8, bu9)
		r = fold(r, bv0, bv1, bv2, bv3, bv4, bv5, bv6, bv7, bv8, bv9)
		r = fold(r, bw0, bw1, bw2, bw3, bw4, bw5, bw6, bw7, bw8, bw9)
		r = fold(r, bx0, bx1, bx2, bx3, bx4, bx5, bx6, bx7, bx8, bx9)
		r = fold(r, by0, by1, by2, by3, by4, by5, by6, by7, by8, by9)
		r = fold(r, bz0, bz1, bz2, bz3, bz4, bz5, bz6, bz7, bz8, bz9)
		r = fold(r, ca0, ca1, ca2, ca3, ca4, ca5, ca6, ca7, ca8, ca9)
		r = fold(r, cb0, cb1, cb2, cb3, cb4, cb5, cb6, cb7, cb8, cb9)
		r = fold(r, cc0, cc1, cc2, cc3, cc4, cc5, cc6, cc7, cc8, cc9)
		r = fold(r, cd0, cd1, cd2, cd3, cd4, cd5, cd6, cd7, cd8, cd9)
		r = fold(r, ce0, ce1, ce2, ce3, ce4, ce5, ce6, ce7, ce8, ce9)
		r = fold(r, cf0, cf1, cf2, cf3, cf4, cf5, cf6, cf7, cf8, cf9)
		r = fold(r, cg0, cg1, cg2, cg3, cg4, cg5, cg6, cg7, cg8, cg9)
		r = fold(r, ch0, ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, ch9)
		r = fold(r, ci0, ci1, ci2, ci3, ci4, ci5, ci6, ci7, ci8, ci9)
		r = fold(r, cj0, cj1, cj2, cj3, cj4, cj5, cj6, cj7, cj8, cj9)
		r = fold(r, ck0, ck1, ck2, ck3, ck4, ck5, ck6, ck7, ck8, ck9)
		r = fold(r, cl0, cl1, cl2, cl3, cl4, cl5, cl6, cl7, cl8, cl9)
		r = fold(r, cm0, cm1, cm2, cm3, cm4, cm5, cm6, cm7, cm8, cm9)
		r = fold(r, cn0, cn1, cn2, cn3, cn4, cn5, cn6, cn7, cn8, cn9)
		r = fold(r, co0, co1, co2, co3, co4, co5, co6, co7, co8, co9)
		r = fold(r, cp0, cp1, cp2, cp3, cp4, cp5, cp6, cp7, cp8, cp9)
		r = fold(r, cq0, cq1, cq2, cq3, cq4, cq5, cq6, cq7, cq8, cq9)
		r = fold(r, cr0, cr1, cr2, cr3, cr4, cr5, cr6, cr7, cr8, cr9)
		return r
	}
	return big
}

const catchLevel = 4

var big = makeBig(catchLevel)

// want computes big(n, v, p) with loops, and whether its panic escapes it.
func want(n, v int, p bool) (r int, escaped bool) {
	k := 1
	r = (v+n)*7 + 1
	if p {
		if n < catchLevel {
			return 0, true
		}
		k = catchLevel
		r = -(v + n - k)
	}
	for ; k <= n; k++ {
		if p && k == catchLevel {
			continue
		}
		x := v + n - k
		for i := 0; i < rows; i++ {
			a, b, c, d, e, f, g, h, i2, j := ten(x)
			r = fold(r, a, b, c, d, e, f, g, h, i2, j)
			x = a ^ j
		}
	}
	return r, false
}

var sink int

// dive calls big below d more frames.
func dive(d, n, v int, p bool) int {
	if d == 0 {
		return big(n, v, p)
	}
	r := dive(d-1, n, v, p)
	sink = d
	return r
}

const workers = 5

var stopped = make([]int, workers+1) // panics recovered by a deferred big, by worker

// attempt reports a panic that escaped big. The deferred calls run last first: big stops the
// panic, then the closure sees that it did.
func attempt(id, d, n, v int, p bool) (r int, escaped bool) {
	before := stopped[id]
	defer func() {
		escaped = stopped[id] != before
	}()
	defer big(0, -id, false)
	return dive(d, n, v, p), false
}

var failures, finished int

func worker(id int) {
	// Canaries in the goroutine's outermost frame, at the top of its first stack segment.
	c1, c2, c3 := id*7919, id^0x5a5a, id*104729+3
	for d := 0; d < 300; d++ {
		n, v, p := 3+d%4, id*1000+d, d%3 == 0
		got, escaped := attempt(id, d, n, v, p)
		r, e := want(n, v, p)
		if got != r || escaped != e {
			println("worker", id, "depth", d, "n", n, "p", p, "got", got, escaped, "want", r, e)
			failures++
		}
	}
	if c1 != id*7919 || c2 != id^0x5a5a || c3 != id*104729+3 {
		println("worker", id, "canaries changed")
		failures++
	}
	finished++
}

func main() {
	for id := 1; id < workers; id++ {
		go worker(id)
	}
	worker(workers)
	for i := 0; i < 100000 && finished < workers; i++ {
		gosched()
	}
	if finished != workers || failures != 0 {
		println("finished", finished, "failures", failures)
		return
	}
	println("PASS")
}
