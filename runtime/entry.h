// Program entry and the process arguments it records.
#pragma once

namespace ergo::rt {

// The process arguments as main received them; os.Args is built from these later.
int argc();
char** argv();

}  // namespace ergo::rt
