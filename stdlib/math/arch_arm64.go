package math

// fusedMulAdd says whether gc fuses x*y + z into one rounding on this architecture: on
// arm64 it rewrites every float add or subtract of a product into FMADD/FMSUB/FNMSUB.
const fusedMulAdd = true
