package main

type Celsius float64
type Bytes []byte

func main() {
	var i int = 65
	_ = string(rune(i))
	_ = []rune("héllo")
	_ = Bytes("abc")
	_ = Celsius(3) * 2
	var f float32 = float32(i)
	_ = int64(f)
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	_ = p
	a := [4]int(s)
	_ = a
	var u uint8 = 255
	_ = u + 1
}
