package math

// fusedMulAdd says whether gc fuses x*y + z into one rounding on this architecture: not on
// amd64 (GOAMD64=v1 has no FMA instruction).
const fusedMulAdd = false
