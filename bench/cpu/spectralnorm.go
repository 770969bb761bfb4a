// spectral-norm, single-threaded: the largest eigenvalue of an infinite matrix by the power
// method. Float division and multiply-add in nested loops over slices. Prints the squared
// norm (no math package needed).
package main

const n = 3000

func a(i, j int) float64 { return 1 / float64((i+j)*(i+j+1)/2+i+1) }

func timesVec(v, out []float64) {
	for i := range out {
		s := 0.0
		for j, x := range v {
			s += a(i, j) * x
		}
		out[i] = s
	}
}

func timesTransposedVec(v, out []float64) {
	for i := range out {
		s := 0.0
		for j, x := range v {
			s += a(j, i) * x
		}
		out[i] = s
	}
}

func timesAtA(v, out, tmp []float64) {
	timesVec(v, tmp)
	timesTransposedVec(tmp, out)
}

func main() {
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		timesAtA(u, v, tmp)
		timesAtA(v, u, tmp)
	}
	var vBv, vv float64
	for i, x := range v {
		vBv += u[i] * x
		vv += x * x
	}
	println(vBv / vv)
}
