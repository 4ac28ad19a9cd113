#include "model/text.h"

namespace autodiag::model {

bool Text::has(std::string_view lang) const {
  for (const auto& [code, value] : m_entries) {
    if (code.empty() || code == lang) return true;
  }
  return false;
}

const std::string& Text::get(std::string_view lang, std::string_view fallback) const {
  static const std::string empty;
  if (m_entries.empty()) return empty;
  for (const auto& [code, value] : m_entries) {
    if (code.empty() || code == lang) return value;
  }
  for (const auto& [code, value] : m_entries) {
    if (code == fallback) return value;
  }
  return m_entries.front().second;
}

}  // namespace autodiag::model
