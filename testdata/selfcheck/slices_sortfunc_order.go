// slices.SortFunc orders equal elements exactly as gc does: it runs gc's pattern-defeating
// quicksort, the algorithm go 1.19's sort.Slice runs too. The digests below are of the
// permutations go 1.19's sort.Slice produced for the same inputs (sizes around the insertion,
// ninther and partition thresholds; random, sorted, reversed, sawtooth, nearly sorted,
// constant and organ-pipe keys with few distinct values). go 1.19 has no slices package, so
// this program checks itself and prints PASS.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type rec struct{ key, idx int }

var state uint64

func rnd() uint64 {
	state = state*6364136223846793005 + 1442695040888963407
	return state >> 33
}

func gen(seed uint64, n, keys, pattern int) []rec {
	state = seed
	r := make([]rec, n)
	for i := range r {
		var k int
		switch pattern {
		case 0:
			k = int(rnd() % uint64(keys))
		case 1:
			k = i * keys / (n + 1)
		case 2:
			k = (n - i) * keys / (n + 1)
		case 3:
			k = i % keys
		case 4:
			k = i
		case 5:
			k = 7
		case 6:
			if i < n/2 {
				k = i % keys
			} else {
				k = (n - i) % keys
			}
		}
		r[i] = rec{k, i}
	}
	if pattern == 4 {
		for j := 0; j < 3 && n > 1; j++ {
			a, b := int(rnd()%uint64(n)), int(rnd()%uint64(n))
			r[a].key, r[b].key = r[b].key, r[a].key
		}
		for i := range r {
			r[i].key /= 3
		}
	}
	return r
}

func digest(r []rec) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range r {
		h ^= uint64(x.idx)
		h *= 1099511628211
	}
	return h
}

func main() {
	failures := 0
	sizes := []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 4099}
	keyCounts := []int{1, 2, 3, 10, 100}
	c := 0
	for p := 0; p < 7; p++ {
		for _, n := range sizes {
			for _, k := range keyCounts {
				r := gen(uint64(p*1000+n*10+k), n, k, p)
				slices.SortFunc(r, func(a, b rec) int { return cmp.Compare(a.key, b.key) })
				if !slices.IsSortedFunc(r, func(a, b rec) int { return a.key - b.key }) {
					fmt.Println("FAIL not sorted: pattern", p, "n", n, "keys", k)
					failures++
				} else if got := digest(r); got != want[c] {
					fmt.Println("FAIL order of equal elements: pattern", p, "n", n, "keys", k)
					failures++
				}
				c++
			}
		}
	}
	if failures == 0 {
		fmt.Println("PASS")
	}
}

// Digests of go 1.19's sort.Slice results, in the order main makes the cases.
var want = []uint64{
	0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325,
	0xcbf29ce484222325, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df,
	0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0x8328707b4eb6e3a, 0x82f2207b4e88cc4,
	0x82f2207b4e88cc4, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x3378e3d0c52edfaf,
	0xe95d00aeb1a99fe5, 0xe95d00aeb1a99fe5, 0xa6cbd5367af405f5, 0x7582850cc208e9fd,
	0x2d7d4819416d7fb9, 0x5d3dbd74d7009469, 0x26c91181ac107763, 0xbd2aacdb88be56d,
	0xb4a3e25979a29385, 0xb96137ea2d10008f, 0x9fdf2b7ffdfdf9e1, 0xd92c7c5a69083f95,
	0xeab40a7a07c58b11, 0xd027d946f5ac02a3, 0xcc927f6ee23a0f61, 0xd71ffbbccb74d6a1,
	0xd7222179223084b3, 0x9bb5a6c4de46bb5f, 0xc5e2fb5ad143b535, 0x360a5c9d3b1bf95f,
	0x207aa518c7d48b4b, 0xdb24c0c25a6c6a09, 0xf8fdbac713138f81, 0x68abfd8e9ff741cb,
	0xef94cd2b7088d5ea, 0x5f37cb09b61c3ef8, 0xb0e712d042a28378, 0x8c8ecb00edc127de,
	0x43c900105841a2c2, 0xa2ae78d038835e08, 0xea2143c3d0c793aa, 0xa3bb0b4f52204360,
	0x1d7d53835c602ccc, 0x4b6986d6576a647c, 0xfb5c8cec60d83ab1, 0x84ca974c3fb105ab,
	0x433e8a65db8da16b, 0xdadd69e999950e93, 0xdde67aff045e5fb1, 0x5ad384d356b6b3df,
	0xa809e65a6c4aa861, 0x815b65ffc876eb8f, 0xf7dce4e048e60601, 0xefa446a36a09e2d3,
	0x988cc5afd8cb65dd, 0x5d10b10e790fb489, 0x67e550043dc930b7, 0x564064513c4adeff,
	0x1ab0b85d94ac4e5d, 0x4ba32b0b7ca4a928, 0x15a5390761701d54, 0xa9f0e12942846d66,
	0x3e304d883d979114, 0x4f91c5947f647452, 0xcbf29ce484222325, 0xcbf29ce484222325,
	0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325, 0xaf63bd4c8601b7df,
	0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df,
	0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a,
	0x8328707b4eb6e3a, 0x3378e3d0c52edfaf, 0x3378e3d0c52edfaf, 0x3378e3d0c52edfaf,
	0x3378e3d0c52edfaf, 0x3378e3d0c52edfaf, 0x2d7d4819416d7fb9, 0x2d7d4819416d7fb9,
	0x2d7d4819416d7fb9, 0x2d7d4819416d7fb9, 0x2d7d4819416d7fb9, 0xb96137ea2d10008f,
	0xb96137ea2d10008f, 0xb96137ea2d10008f, 0xb96137ea2d10008f, 0xb96137ea2d10008f,
	0xcc927f6ee23a0f61, 0xcc927f6ee23a0f61, 0xcc927f6ee23a0f61, 0xcc927f6ee23a0f61,
	0xcc927f6ee23a0f61, 0x360a5c9d3b1bf95f, 0x360a5c9d3b1bf95f, 0x360a5c9d3b1bf95f,
	0x360a5c9d3b1bf95f, 0x360a5c9d3b1bf95f, 0xef94cd2b7088d5ea, 0xef94cd2b7088d5ea,
	0xef94cd2b7088d5ea, 0xef94cd2b7088d5ea, 0xef94cd2b7088d5ea, 0xa2ae78d038835e08,
	0xa2ae78d038835e08, 0xa2ae78d038835e08, 0xa2ae78d038835e08, 0xa2ae78d038835e08,
	0xfb5c8cec60d83ab1, 0xfb5c8cec60d83ab1, 0xfb5c8cec60d83ab1, 0xfb5c8cec60d83ab1,
	0xfb5c8cec60d83ab1, 0x5ad384d356b6b3df, 0x5ad384d356b6b3df, 0x5ad384d356b6b3df,
	0x5ad384d356b6b3df, 0x5ad384d356b6b3df, 0x988cc5afd8cb65dd, 0x988cc5afd8cb65dd,
	0x988cc5afd8cb65dd, 0x988cc5afd8cb65dd, 0x988cc5afd8cb65dd, 0x4ba32b0b7ca4a928,
	0x4ba32b0b7ca4a928, 0x4ba32b0b7ca4a928, 0x4ba32b0b7ca4a928, 0x4ba32b0b7ca4a928,
	0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325,
	0xcbf29ce484222325, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df,
	0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0x8328707b4eb6e3a, 0x82f2207b4e88cc4,
	0x82f2207b4e88cc4, 0x82f2207b4e88cc4, 0x82f2207b4e88cc4, 0x3378e3d0c52edfaf,
	0x71594b24fb552c85, 0x580efb1e74cacc53, 0xe3671b16371fea8f, 0xe3671b16371fea8f,
	0x2d7d4819416d7fb9, 0x52748c81f9bdf60d, 0x789427f0845ec219, 0xd0a4b3ed39beaf9d,
	0xa033525a4dc863f9, 0xb96137ea2d10008f, 0x73094cb8a67fc367, 0xc7351b16398a0bd5,
	0x1d2fa5645d0dec3f, 0x1d2fa5645d0dec3f, 0xcc927f6ee23a0f61, 0xf1a230684b156ad,
	0xd3e5adf1bde3884f, 0xd1c9b8b8c36fb43f, 0xd589877cc436ed39, 0x360a5c9d3b1bf95f,
	0xf96d83202f2dcc0f, 0xc6e458fb97c9ff03, 0xeb322e2d29073a4b, 0x33bb9373b5503e3f,
	0xef94cd2b7088d5ea, 0xb6368d629df47a98, 0x2190db59d84e0b88, 0x428218dcf4fea886,
	0x3420ad05be53744, 0xa2ae78d038835e08, 0x9b1a30b1605b2ada, 0x18b37da29dfbf752,
	0x5b426c279fff345a, 0xd968d6e9d87f7db4, 0xfb5c8cec60d83ab1, 0x665a75f3c57eec6b,
	0x2aef77c28d4a0173, 0x2e43b33158368853, 0x644931484736d1d9, 0x5ad384d356b6b3df,
	0xc7922d2014cb34df, 0x47b51196aaa8e9e3, 0xfa6a22e9fb3dd7a7, 0x96b744a6c4e7319b,
	0x988cc5afd8cb65dd, 0xb402916e6407e51, 0x8981477dde1f7095, 0xb117c04713299a09,
	0xbfe3a122724d285d, 0x4ba32b0b7ca4a928, 0x145266cc6903b5a, 0x9c862c31ad201f9c,
	0x8ab1db25844e6cae, 0x27e611b86df76ce, 0xcbf29ce484222325, 0xcbf29ce484222325,
	0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325, 0xaf63bd4c8601b7df,
	0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df,
	0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a,
	0x8328707b4eb6e3a, 0x3378e3d0c52edfaf, 0x821da8c8651d9771, 0xd6830c027672909,
	0x3378e3d0c52edfaf, 0x3378e3d0c52edfaf, 0x2d7d4819416d7fb9, 0x688e4c196588b623,
	0x26e5fd2094a877a1, 0xe795c686d35063f3, 0x2d7d4819416d7fb9, 0xb96137ea2d10008f,
	0x1f0d202245984cb5, 0xc49568636c3f027b, 0x5763c2c1684347fd, 0xb96137ea2d10008f,
	0xcc927f6ee23a0f61, 0x25d29cd2e71012f, 0x57a8f102d4a0425, 0xe5445c7ccb8dc4ab,
	0xcc927f6ee23a0f61, 0x360a5c9d3b1bf95f, 0x68c9b6373a5ab8c7, 0xed45a8610c10b3bf,
	0xdd2856b439350b67, 0x360a5c9d3b1bf95f, 0xef94cd2b7088d5ea, 0x7ae6caa5e113e5fe,
	0x275f83869178d660, 0xac8e6e3bf7060256, 0xef94cd2b7088d5ea, 0xa2ae78d038835e08,
	0x4a1b88bbeaac8196, 0xf4b61ac90afa0224, 0x7d54a4fd311431a2, 0xa2ae78d038835e08,
	0xfb5c8cec60d83ab1, 0xb979efdb0b9950f, 0xce43fdc675e2d46b, 0x1662af773a3d3ee7,
	0xfb5c8cec60d83ab1, 0x5ad384d356b6b3df, 0x70b471d5c9742383, 0x6b31e1fa62edeca3,
	0xa4c92d4abce1c921, 0x5e9fc31ebaf7fa17, 0x988cc5afd8cb65dd, 0xcb3618dc139c6351,
	0x324f7ac7e334e507, 0x6396a6bbc19001e9, 0x8810f0aeac556cbd, 0x4ba32b0b7ca4a928,
	0x7682423f452f6ca6, 0x9dbb588f18b1fffe, 0x74f2d7f3b204195a, 0x39c6a31c852e5fd8,
	0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325,
	0xcbf29ce484222325, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df,
	0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a,
	0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0xf594dbf4f60002f,
	0x3c1160d0ca086e8d, 0x3378e3d0c52edfaf, 0x3c1160d0ca086e8d, 0x3c1160d0ca086e8d,
	0x74e8c7d16aec2a5f, 0x9c1745bb0856c0e9, 0xa96166188088d7a1, 0xe0c7dfa0ae157795,
	0x9a8e70e96c43e357, 0xdfaad8997aa91531, 0xeb120e358a041bd1, 0xc0c387caa533a329,
	0x96b3482567e7639b, 0x8f1fe2fddaf9d0f1, 0x4776bc7206a63da9, 0xee687697830298e5,
	0xf327dc19b53efaff, 0x45aaaca88dd14b37, 0xba501de0faf29a25, 0xc74ffb216ab66247,
	0x4542b5c448fcde13, 0x7c3af5d97b842f85, 0x518d51f1eaec7823, 0x21d72b2563573c25,
	0x6cdd509ccec44640, 0x3dcdf4bda38eb7c, 0xc421b0815a8149ea, 0xd9582143259e7a8c,
	0x145149153597d120, 0xafcf3dc790fe855a, 0xf1ef64b23b6049b0, 0x78222b25ab03e56a,
	0xe090db9d3c2ddc2a, 0xa9cb4586c22962ee, 0x1cf5f46677b023db, 0x2ed3985abcbeec47,
	0x57722a19f8628aa9, 0xa23abdc39545ed71, 0xbae7de8aa8c86927, 0xcffaa843f0b6c9e9,
	0x862892c0e64638f7, 0x7fef73c8a066b6a9, 0x2e13890d9dd7df05, 0x274d7e29a073e599,
	0xfef75b4fd5b3eeff, 0x2a43880f67634b1f, 0x1b30b5cd92a06517, 0x1e5042f3398c671f,
	0x209ae1760d4e57f3, 0xdbbb59151833a9dc, 0x1cf976b59729e9a, 0x41732ba38f9f28d2,
	0x55df10141fb7a4a6, 0x20b9cef2ee541ce4, 0xcbf29ce484222325, 0xcbf29ce484222325,
	0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325, 0xaf63bd4c8601b7df,
	0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df,
	0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a,
	0x8328707b4eb6e3a, 0x3378e3d0c52edfaf, 0x3378e3d0c52edfaf, 0x3378e3d0c52edfaf,
	0x3378e3d0c52edfaf, 0x3378e3d0c52edfaf, 0x2d7d4819416d7fb9, 0x2d7d4819416d7fb9,
	0x2d7d4819416d7fb9, 0x2d7d4819416d7fb9, 0x2d7d4819416d7fb9, 0xb96137ea2d10008f,
	0xb96137ea2d10008f, 0xb96137ea2d10008f, 0xb96137ea2d10008f, 0xb96137ea2d10008f,
	0xcc927f6ee23a0f61, 0xcc927f6ee23a0f61, 0xcc927f6ee23a0f61, 0xcc927f6ee23a0f61,
	0xcc927f6ee23a0f61, 0x360a5c9d3b1bf95f, 0x360a5c9d3b1bf95f, 0x360a5c9d3b1bf95f,
	0x360a5c9d3b1bf95f, 0x360a5c9d3b1bf95f, 0xef94cd2b7088d5ea, 0xef94cd2b7088d5ea,
	0xef94cd2b7088d5ea, 0xef94cd2b7088d5ea, 0xef94cd2b7088d5ea, 0xa2ae78d038835e08,
	0xa2ae78d038835e08, 0xa2ae78d038835e08, 0xa2ae78d038835e08, 0xa2ae78d038835e08,
	0xfb5c8cec60d83ab1, 0xfb5c8cec60d83ab1, 0xfb5c8cec60d83ab1, 0xfb5c8cec60d83ab1,
	0xfb5c8cec60d83ab1, 0x5ad384d356b6b3df, 0x5ad384d356b6b3df, 0x5ad384d356b6b3df,
	0x5ad384d356b6b3df, 0x5ad384d356b6b3df, 0x988cc5afd8cb65dd, 0x988cc5afd8cb65dd,
	0x988cc5afd8cb65dd, 0x988cc5afd8cb65dd, 0x988cc5afd8cb65dd, 0x4ba32b0b7ca4a928,
	0x4ba32b0b7ca4a928, 0x4ba32b0b7ca4a928, 0x4ba32b0b7ca4a928, 0x4ba32b0b7ca4a928,
	0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325, 0xcbf29ce484222325,
	0xcbf29ce484222325, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df,
	0xaf63bd4c8601b7df, 0xaf63bd4c8601b7df, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a,
	0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x8328707b4eb6e3a, 0x3378e3d0c52edfaf,
	0xd6ef6c0276ce529, 0x9c2b13c873e3fc73, 0x676427d0e29340db, 0x676427d0e29340db,
	0x2d7d4819416d7fb9, 0x688e4c196588b623, 0x8aa0b2d652472bd1, 0x88087f268db802cf,
	0x88087f268db802cf, 0xb96137ea2d10008f, 0x9befdee465cfd4d7, 0x4dc0e4c10c65bd79,
	0x505d57419aa7370b, 0x505d57419aa7370b, 0xcc927f6ee23a0f61, 0x25d29cd2e71012f,
	0xeca74aff5ec41745, 0x63af99e9ada488eb, 0x5137d01471e28b17, 0x360a5c9d3b1bf95f,
	0x1e0d04272b7f0567, 0x8c58965257177a1b, 0x3ee13f4975d8dd0f, 0x91e08c84ab670455,
	0xef94cd2b7088d5ea, 0x7ae6caa5e113e5fe, 0x3a319ad7ceadf0ea, 0xad5bb880f54f5632,
	0xe9d35320d0db7cd2, 0xa2ae78d038835e08, 0x72ead6ca40a93bf2, 0x2e51b720e91d71ca,
	0x57018d79ee7f512c, 0x3533f6e84276b8e0, 0xfb5c8cec60d83ab1, 0xb979efdb0b9950f,
	0x22618134335fb26d, 0x96c7710f1446f0c3, 0x54875710dbafe03f, 0x5ad384d356b6b3df,
	0xcab5456b74ef1247, 0xbe906019a267ada7, 0x46825089effda167, 0xe9a4bafdfb9aa51f,
	0x988cc5afd8cb65dd, 0xcb3618dc139c6351, 0x82764ef56163f2db, 0x3bfee82b83bd5941,
	0xc7b8bed29820247d, 0x4ba32b0b7ca4a928, 0xec7f94d8336f0836, 0x3f89a7475efb493c,
	0xf21b739fe763b72c, 0xed0baa9af13b1632,
}
