#include "load/reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace autodiag::load {

namespace {

Message wrong_type(std::string_view key, std::string_view expected_fr, std::string_view expected_en,
                   const YamlNode& node) {
  Message found = describe_kind(node);
  return msg("« {0} » doit être {1}, pas {3}", "'{0}' must be {2}, not {4}", key, expected_fr, expected_en,
             found.fr, found.en);
}

}  // namespace

std::string shorten(std::string_view text) {
  constexpr size_t limit = 80;
  if (text.size() <= limit) return std::string(text);
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return std::string(text.substr(0, cut)) + "…";
}

bool is_valid_id(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  auto ok = [](char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && (c == '_' || c == '-'));
  };
  if (!ok(text.front(), true)) return false;
  return std::all_of(text.begin() + 1, text.end(), [&](char c) { return ok(c, false); });
}

std::optional<double> parse_number(std::string_view text) {
  if (text.starts_with('+')) text.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::string format_number(double value) {
  char buffer[64];
  // to_chars alone writes 100000 as "1e+05", shorter than the digits: in a
  // response file, a plan or a message people read the digits.
  double size = std::abs(value);
  bool digits = value == 0 || (size >= 1e-6 && size < 1e15);
  auto [end, ec] = digits ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                          : std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

bool Reader::expect(const YamlNode& node, YamlNode::Kind kind, std::string_view key) {
  if (node.kind == kind) return true;
  switch (kind) {
    case YamlNode::Kind::map:
      error(node.mark, wrong_type(key, "un dictionnaire (clé: valeur)", "a mapping (key: value)", node));
      break;
    case YamlNode::Kind::sequence:
      error(node.mark, wrong_type(key, "une liste", "a list", node));
      break;
    default:
      error(node.mark, wrong_type(key, "un texte", "a text", node));
      break;
  }
  return false;
}

std::optional<std::string> Reader::string(const YamlNode& node, std::string_view key) {
  if (!expect(node, YamlNode::Kind::scalar, key)) return std::nullopt;
  return node.value;
}

std::optional<double> Reader::number(const YamlNode& node, std::string_view key) {
  if (node.is_scalar() && !node.quoted) {
    if (auto value = parse_number(node.value)) return value;
  }
  if (node.is_scalar() && node.quoted && parse_number(node.value)) {
    error(node.mark, msg("« {} » doit être un nombre écrit sans guillemets : {}",
                         "'{}' must be a number written without quotes: {}", key, node.value));
  } else {
    error(node.mark, node.is_scalar()
                         ? msg("« {} » doit être un nombre, pas « {} »", "'{}' must be a number, not '{}'", key,
                               shorten(node.value))
                         : wrong_type(key, "un nombre", "a number", node));
  }
  return std::nullopt;
}

std::optional<bool> Reader::boolean(const YamlNode& node, std::string_view key) {
  if (node.is_scalar() && !node.quoted) {
    if (node.value == "true") return true;
    if (node.value == "false") return false;
  }
  if (!node.is_scalar()) {
    error(node.mark, wrong_type(key, "true ou false", "true or false", node));
  } else if (node.quoted && (node.value == "true" || node.value == "false")) {
    error(node.mark, msg("« {} » doit valoir true ou false, sans guillemets", "'{}' must be true or false, without quotes",
                         key));
  } else {
    error(node.mark, msg("« {} » doit valoir true ou false, pas « {} »", "'{}' must be true or false, not '{}'", key,
                         shorten(node.value)));
  }
  return std::nullopt;
}

std::optional<std::string> Reader::id(const YamlNode& node, std::string_view key) {
  auto text = string(node, key);
  if (!text) return std::nullopt;
  if (!is_valid_id(*text)) {
    error(node.mark, msg("identifiant « {} » invalide pour « {} » : lettres minuscules, chiffres, _ et - "
                         "seulement, en commençant par une lettre ou un chiffre (64 caractères au plus)",
                         "invalid id '{}' for '{}': lower-case letters, digits, _ and - only, starting with a "
                         "letter or a digit (at most 64 characters)",
                         shorten(*text), key));
    return std::nullopt;
  }
  return text;
}

std::vector<std::string> Reader::id_list(const YamlNode& node, std::string_view key) {
  std::vector<std::string> ids;
  if (!expect(node, YamlNode::Kind::sequence, key)) return ids;
  for (const YamlNode* item : node.items) {
    if (auto value = id(*item, key)) ids.push_back(*value);
  }
  return ids;
}

model::Text Reader::text(const YamlNode& node, std::string_view key) {
  model::Text result;
  if (node.is_scalar()) {
    result = model::Text(node.value);
    return result;
  }
  if (!node.is_map()) {
    error(node.mark, wrong_type(key, "un texte ou un dictionnaire par langue ({fr: …, en: …})",
                                "a text or a per-language mapping ({fr: …, en: …})", node));
    return result;
  }
  for (const auto& [lang, value] : node.entries) {
    if (!lang->is_scalar() || lang->value.size() < 2 || lang->value.size() > 8 ||
        !std::all_of(lang->value.begin(), lang->value.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      error(lang->mark, msg("code de langue invalide dans « {} »", "invalid language code in '{}'", key));
      continue;
    }
    if (auto s = string(*value, key)) result.set(lang->value, *s);
  }
  return result;
}

MapReader::MapReader(Reader& reader, const YamlNode& map) : m_reader(reader), m_map(map) {}

const YamlNode* MapReader::optional(std::string_view key) {
  m_known.push_back(key);
  for (const auto& [k, v] : m_map.entries) {
    if (k->is_scalar() && k->value == key) return v;
  }
  return nullptr;
}

const YamlNode* MapReader::required(std::string_view key) {
  const YamlNode* node = optional(key);
  if (node == nullptr) {
    m_reader.error(m_map.mark, msg("clé obligatoire « {} » absente", "missing required key '{}'", key));
  }
  return node;
}

void MapReader::finish() {
  for (const auto& [k, v] : m_map.entries) {
    if (!k->is_scalar()) {
      m_reader.error(k->mark, msg("une clé doit être un texte", "a key must be a text"));
    } else if (std::find(m_known.begin(), m_known.end(), k->value) == m_known.end()) {
      m_reader.error(k->mark, msg("clé inconnue « {} »", "unknown key '{}'", shorten(k->value)));
    }
  }
}

}  // namespace autodiag::load
