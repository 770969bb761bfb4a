package p

var c = []complex128{1i, 0i, 1.5i, 0x1p3i, 0b101i, 1e2i}
