// Uses constant_internal.h (ConstantOps) to see the representation: the public API would
// give the value, but not which of the equal representations holds it.
#include "types/export_constant.h"

#include "types/constant_internal.h"

namespace ergo::types::exportdata {

namespace {

// A big integer: sign byte (0 or 1 for negative), then the magnitude's bytes, most
// significant first.
void writeBig(ByteWriter& w, mpz_srcptr z) {
  w.byte(mpz_sgn(z) < 0 ? 1 : 0);
  size_t count = (mpz_sizeinbase(z, 2) + 7) / 8;
  std::string bytes(count, '\0');
  size_t written = 0;
  if (mpz_sgn(z) != 0) mpz_export(bytes.data(), &written, 1, 1, 1, 0, z);
  bytes.resize(written);
  w.bytes(bytes);
}

void readBig(ByteReader& r, mpz_ptr z) {
  bool negative = r.byte() != 0;
  llvm::StringRef bytes = r.bytes();
  mpz_import(z, bytes.size(), 1, 1, 1, 0, bytes.data());
  if (negative) mpz_neg(z, z);
}

}  // namespace

void writeConstant(ByteWriter& w, const Constant& c) {
  using Rep = ConstantOps::Rep;
  switch (ConstantOps::rep(c)) {
    case Rep::None:
      w.byte(static_cast<uint8_t>(ConstTag::Unknown));
      return;
    case Rep::Bool:
      w.byte(static_cast<uint8_t>(c.boolValue() ? ConstTag::True : ConstTag::False));
      return;
    case Rep::String:
      w.byte(static_cast<uint8_t>(ConstTag::String));
      w.bytes(c.stringValue());
      return;
    case Rep::Small:
      w.byte(static_cast<uint8_t>(ConstTag::Small));
      w.svarint(ConstantOps::small(c));
      return;
    case Rep::BigInt:
      w.byte(static_cast<uint8_t>(ConstTag::BigInt));
      writeBig(w, ConstantOps::bigInt(c));
      return;
    case Rep::Rat:
      w.byte(static_cast<uint8_t>(ConstTag::Rat));
      writeBig(w, mpq_numref(ConstantOps::rat(c)));
      writeBig(w, mpq_denref(ConstantOps::rat(c)));
      return;
    case Rep::BigFloat: {
      w.byte(static_cast<uint8_t>(ConstTag::BigFloat));
      Z mantissa;
      mpfr_exp_t exp = mpfr_get_z_2exp(mantissa.v, ConstantOps::bigFloat(c));
      writeBig(w, mantissa.v);
      w.svarint(exp);
      return;
    }
    case Rep::Complex:
      w.byte(static_cast<uint8_t>(ConstTag::Complex));
      writeConstant(w, ConstantOps::complex(c).re);
      writeConstant(w, ConstantOps::complex(c).im);
      return;
  }
}

Constant readConstant(ByteReader& r) {
  switch (static_cast<ConstTag>(r.byte())) {
    case ConstTag::Unknown:
      return Constant();
    case ConstTag::False:
      return Constant::fromBool(false);
    case ConstTag::True:
      return Constant::fromBool(true);
    case ConstTag::String:
      return Constant::fromString(r.bytes().str());
    case ConstTag::Small:
      return ConstantOps::makeSmall(r.svarint());
    case ConstTag::BigInt: {
      Z z;
      readBig(r, z.v);
      return ConstantOps::makeInt(z.v);
    }
    case ConstTag::Rat: {
      Q q;
      readBig(r, mpq_numref(q.v));
      readBig(r, mpq_denref(q.v));
      if (mpz_sgn(mpq_denref(q.v)) == 0) {
        r.fail();
        return Constant();
      }
      mpq_canonicalize(q.v);
      return ConstantOps::makeRatExact(q.v);
    }
    case ConstTag::BigFloat: {
      Z mantissa;
      readBig(r, mantissa.v);
      int64_t exp = r.svarint();
      F f;
      mpfr_set_z_2exp(f.v, mantissa.v, static_cast<mpfr_exp_t>(exp), MPFR_RNDN);
      return ConstantOps::makeFloat(f.v);
    }
    case ConstTag::Complex: {
      Constant re = readConstant(r);
      Constant im = readConstant(r);
      return Constant::makeComplex(re, im);
    }
  }
  r.fail();
  return Constant();
}

}  // namespace ergo::types::exportdata
