#pragma once

#include "model/response.h"

#include <string>

namespace autodiag::load {

// The canonical YAML text of a response (see docs/response-format.md).
std::string write_response(const model::Response& response);

// Current UTC time as 2026-11-26T09:30:00Z.
std::string now_timestamp();

}  // namespace autodiag::load
