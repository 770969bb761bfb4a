// The thread-local slot behind getg()/setg() (g.h). Generated code reads the same symbol
// with the same TLS sequence (docs/abi.md, "The current G").
#include "g.h"

extern "C" {
__thread ergo::rt::G* ergo_current_g __attribute__((tls_model("local-exec"))) = nullptr;
}
