#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autodiag::model {

// A user-visible text: one string for every language, or one per language.
class Text {
 public:
  Text() = default;
  explicit Text(std::string any) { m_entries.emplace_back("", std::move(any)); }

  void set(std::string lang, std::string value) { m_entries.emplace_back(std::move(lang), std::move(value)); }
  bool empty() const { return m_entries.empty(); }
  bool has(std::string_view lang) const;
  // The text in `lang`, else in `fallback`, else the first one.
  const std::string& get(std::string_view lang, std::string_view fallback = {}) const;
  // (language, text) pairs; the language is "" for a plain string.
  const std::vector<std::pair<std::string, std::string>>& entries() const { return m_entries; }

 private:
  std::vector<std::pair<std::string, std::string>> m_entries;
};

}  // namespace autodiag::model
