#pragma once

#include <string>
#include <vector>

namespace autodiag::model {

// An answer interpreted against its question's type.
struct Answer {
  enum class Kind { na, option, options, number, text };
  explicit Answer(Kind k = Kind::na) : kind(k) {}

  Kind kind;
  std::string option;                // choice, and yesno ("yes" / "no")
  std::vector<std::string> options;  // multi
  double number = 0;
  std::string text;

  bool is_na() const { return kind == Kind::na; }
};

}  // namespace autodiag::model
