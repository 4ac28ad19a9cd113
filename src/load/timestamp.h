#pragma once

#include <string_view>

namespace autodiag::load {

// A YAML timestamp (yaml.org/type/timestamp) naming a real date and time:
// `2026-11-26`, `2026-11-26T09:30:00Z`, `2026-11-26 09:30:00.5 +01:00`,
// `2026-11-26t09:30:00-5`. Other tools write the `created` and `updated` of
// a response in any of these forms; the shape alone is not enough
// (`2026-02-30`, `abcd-ef-gh` are refused).
bool is_timestamp(std::string_view text);

}  // namespace autodiag::load
