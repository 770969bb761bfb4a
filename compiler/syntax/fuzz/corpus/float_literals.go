package p

var f = []float64{1., .5, 1e10, 1.5e-3, 0x1p-2, 0x1.8p+1, 1_0.2_5e1_0}
