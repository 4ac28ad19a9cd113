#pragma once

// Small helpers shared by the unit tests.

#include "load/questionnaire_loader.h"
#include "load/response_check.h"
#include "load/response_loader.h"
#include "model/diagnostic.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace autodiag::test {

// A fresh directory, unique to this run (mkdtemp), removed with everything in
// it at the end of the test: test runs from several build folders never meet.
class TempDir {
 public:
  explicit TempDir(std::string_view label = "tmp") {
    std::string pattern =
        (std::filesystem::temp_directory_path() / ("autodiag-test-" + std::string(label) + "-XXXXXX")).string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  std::string file(std::string_view name) const { return (m_path / name).string(); }
  std::string operator/(std::string_view name) const { return file(name); }

  // Every entry of the directory, hidden ones included.
  std::set<std::string> entries() const {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(m_path)) {
      names.insert(entry.path().filename().string());
    }
    return names;
  }

 private:
  std::filesystem::path m_path;
};

// The bytes of a file of the source tree, e.g. "tests/fixtures/mini.yaml".
inline std::string read_source_file(std::string_view relative) {
  std::string path = std::string(AUTODIAG_SOURCE_DIR) + "/" + std::string(relative);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open test file " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// One line per diagnostic, "line:col: error|warning: message", in the order
// they were reported, in English or French.
inline std::string render(const Diagnostics& diagnostics, Lang lang = Lang::en) {
  std::string out;
  for (const Diagnostic& d : diagnostics.items()) {
    if (!out.empty()) out += '\n';
    out += fmt::format("{}:{}: {}: {}", d.mark.line, d.mark.column,
                       d.severity == Severity::error ? "error" : "warning", d.message.in(lang));
  }
  return out;
}

inline std::string render_fr(const Diagnostics& diagnostics) { return render(diagnostics, Lang::fr); }

// Loads a questionnaire and returns its diagnostics (English).
inline std::string questionnaire_diagnostics(std::string_view yaml, Lang lang = Lang::en) {
  Diagnostics diagnostics;
  load::load_questionnaire(yaml, diagnostics);
  return render(diagnostics, lang);
}

// The questionnaire of tests/fixtures/mini.yaml (checked to load cleanly).
inline const model::Questionnaire& mini() {
  static const model::Questionnaire questionnaire = [] {
    Diagnostics diagnostics;
    auto q = load::load_questionnaire(read_source_file("tests/fixtures/mini.yaml"), diagnostics);
    if (!q || !diagnostics.items().empty()) throw std::runtime_error("mini.yaml does not load cleanly");
    return std::move(*q);
  }();
  return questionnaire;
}

// The questionnaire of the batch fixtures (tests/fixtures/batch/questionnaire.yaml).
inline const model::Questionnaire& batch_questionnaire() {
  static const model::Questionnaire questionnaire = [] {
    Diagnostics diagnostics;
    auto q = load::load_questionnaire(read_source_file("tests/fixtures/batch/questionnaire.yaml"), diagnostics);
    if (!q) throw std::runtime_error("tests/fixtures/batch/questionnaire.yaml does not load");
    return std::move(*q);
  }();
  return questionnaire;
}

// Loads a response and checks it against mini.yaml; returns the diagnostics
// of both steps (English).
inline std::string response_diagnostics(std::string_view yaml, Lang lang = Lang::en) {
  Diagnostics diagnostics;
  if (auto response = load::load_response(yaml, diagnostics)) load::check_response(mini(), *response, diagnostics);
  return render(diagnostics, lang);
}

}  // namespace autodiag::test
