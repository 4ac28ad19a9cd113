#pragma once

#include "load/yaml_tree.h"
#include "model/text.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autodiag::load {

// Typed access to YAML nodes that reports wrong types to Diagnostics and
// returns nullopt, so that loading goes on and finds every other problem.
class Reader {
 public:
  explicit Reader(Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

  Diagnostics& diagnostics() { return m_diagnostics; }
  void error(Mark mark, Message message) { m_diagnostics.error(mark, std::move(message)); }
  void warning(Mark mark, Message message) { m_diagnostics.warning(mark, std::move(message)); }

  std::optional<std::string> string(const YamlNode& node, std::string_view key);
  std::optional<double> number(const YamlNode& node, std::string_view key);
  std::optional<bool> boolean(const YamlNode& node, std::string_view key);
  // An identifier: [a-z0-9][a-z0-9_-]*, at most 64 characters.
  std::optional<std::string> id(const YamlNode& node, std::string_view key);
  std::vector<std::string> id_list(const YamlNode& node, std::string_view key);
  // A plain string or a {language: string} map.
  model::Text text(const YamlNode& node, std::string_view key);
  bool expect(const YamlNode& node, YamlNode::Kind kind, std::string_view key);

 private:
  Diagnostics& m_diagnostics;
};

// Reads one mapping: remembers which keys were asked for, so that finish()
// can report the unknown ones (a misspelt key would otherwise be ignored).
class MapReader {
 public:
  MapReader(Reader& reader, const YamlNode& map);

  const YamlNode* optional(std::string_view key);
  const YamlNode* required(std::string_view key);
  void finish();

  Reader& reader() { return m_reader; }
  Mark mark() const { return m_map.mark; }

 private:
  Reader& m_reader;
  const YamlNode& m_map;
  std::vector<std::string_view> m_known;
};

bool is_valid_id(std::string_view text);
// What a message quotes of a user's text: a runaway value (a whole file
// pasted as a key, a 300-digit number) is cut at 80 bytes, with "…".
std::string shorten(std::string_view text);
std::optional<double> parse_number(std::string_view text);
// Shortest text that reads back as the same double ("18", "18.5"), in
// digits ("100000", not "1e+05") from a millionth up to 15 digits.
std::string format_number(double value);

}  // namespace autodiag::load
