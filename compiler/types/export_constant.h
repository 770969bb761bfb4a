// Constant values in export data: the representation of types/constant.h kept exactly (a
// fraction stays a fraction, a 512-bit float stays that float), so that an importer's
// arithmetic on an imported constant gives what the exporter's would.
#pragma once

#include "types/constant.h"
#include "types/export_encoding.h"

namespace ergo::types::exportdata {

void writeConstant(ByteWriter& w, const Constant& c);
// Sets r.failed() on a malformed value (and returns Unknown).
Constant readConstant(ByteReader& r);

}  // namespace ergo::types::exportdata
