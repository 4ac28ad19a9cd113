#include "load/yaml_tree.h"

#include "load/yaml_messages.h"

#include "util/utf8.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace autodiag::load {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// yaml-cpp counts columns in bytes; editors count characters ("é" is one
// column), as check_encoding() below does.
int character_column(std::string_view text, size_t line_start, size_t pos) {
  int column = 1;
  for (size_t i = line_start; i < pos; ++i) column += is_continuation(text[i]) ? 0 : 1;
  return column;
}

Mark to_mark(std::string_view text, const YAML::Mark& m) {
  Mark mark{m.line + 1, m.column + 1};
  if (m.pos < 0 || m.column < 0 || m.column > m.pos || static_cast<size_t>(m.pos) > text.size()) return mark;
  auto pos = static_cast<size_t>(m.pos);
  mark.column = character_column(text, pos - static_cast<size_t>(m.column), pos);
  return mark;
}

// The line yaml-cpp stopped on, without its end of line.
std::string_view line_at(std::string_view text, const YAML::Mark& m) {
  if (m.pos < 0 || m.column < 0 || m.column > m.pos || static_cast<size_t>(m.pos) > text.size()) return {};
  size_t start = static_cast<size_t>(m.pos - m.column);
  size_t end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

// JSON writes a character beyond U+FFFF (an emoji) as two \u escapes, a
// surrogate pair, which yaml-cpp refuses ("invalid unicode"); YAML writes it
// \UXXXXXXXX. Only for JSON documents, where every backslash is inside a
// double-quoted string.
std::string join_surrogate_escapes(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || (text[start] != '{' && text[start] != '[') ||
      text.find("\\u") == std::string_view::npos) {
    return std::string(text);
  }
  auto hex4 = [&](size_t at) -> int {
    if (at + 4 > text.size()) return -1;
    int value = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char c = text[k];
      int digit = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
      if (digit < 0) return -1;
      value = value * 16 + digit;
    }
    return value;
  };
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '\\' || i + 1 >= text.size()) {
      out += text[i++];
      continue;
    }
    if (text[i + 1] == 'u' && i + 12 <= text.size() && text[i + 6] == '\\' && text[i + 7] == 'u') {
      int high = hex4(i + 2);
      int low = hex4(i + 8);
      if (high >= 0xD800 && high <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF) {
        out += fmt::format("\\U{:08X}", 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00));
        i += 12;
        continue;
      }
    }
    out += text.substr(i, 2);  // an escape, kept whole: \\u is no \u
    i += 2;
  }
  return out;
}

// Feeds the document's text to yaml-cpp without copying it.
class TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(std::string& text) { setg(text.data(), text.data(), text.data() + text.size()); }
};

// Thrown from the event handler to stop the parser on a fatal limit.
struct StopParsing {};

// Finds the first byte that makes `text` unusable as UTF-8 YAML. Returns
// false and sets `mark` when there is one.
bool check_encoding(std::string_view text, Mark& mark, Message& why) {
  int line = 1;
  int column = 1;
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      mark = {line, column};
      why = msg("caractère de contrôle U+{:04X} : ce n'est pas un fichier texte (fichier binaire ?)",
                "control character U+{:04X}: this is not a text file (binary file?)", static_cast<unsigned>(c));
      return false;
    }
    size_t length = utf8_sequence_length(text, i);
    bool bad = length == 0;
    if (bad) {
      mark = {line, column};
      why = msg("ce n'est pas un texte UTF-8 (fichier binaire, ou enregistré dans un autre encodage comme Latin-1 ? "
                "Réenregistrez-le en UTF-8)",
                "not UTF-8 text (a binary file, or saved in another encoding such as Latin-1? Save it as UTF-8)");
      return false;
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += length;
  }
  return true;
}

}  // namespace

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(YamlDocument& doc, Diagnostics& diagnostics, const YamlLimits& limits)
      : m_doc(doc), m_diagnostics(diagnostics), m_limits(limits) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YamlNode& node = make(YamlNode::Kind::null, mark);
    // yaml-cpp marks a value left empty (`title:` then a new line) at the
    // next token, on another line: point at its key instead.
    if (!m_stack.empty() && m_stack.back().node->is_map() && m_stack.back().pending_key != nullptr &&
        m_stack.back().pending_key->mark.line < node.mark.line) {
      node.mark = m_stack.back().pending_key->mark;
    }
    finish(node, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end()) {
      m_diagnostics.error(node_mark(mark), msg("alias inconnu", "unknown alias"));
      throw StopParsing{};
    }
    m_saw_alias = true;
    attach(it->second);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YamlNode& node = make(YamlNode::Kind::scalar, mark);
    node.value = value;
    // yaml-cpp tags plain scalars "?" and quoted ones "!".
    node.quoted = tag != "?";
    finish(node, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(make(YamlNode::Kind::sequence, mark), anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(make(YamlNode::Kind::map, mark), anchor);
  }
  void OnMapEnd() override {
    check_duplicate_keys(*m_stack.back().node);
    close();
  }

 private:
  struct Open {
    YamlNode* node;
    YAML::anchor_t anchor;
    const YamlNode* pending_key = nullptr;
  };

  // to_mark(), remembering the last line seen: nodes come in document order,
  // so a long line (minified JSON) is not counted again for every node.
  Mark node_mark(const YAML::Mark& m) {
    const std::string& text = m_doc.m_text;
    if (m.pos < 0 || m.column < 0 || m.column > m.pos || static_cast<size_t>(m.pos) > text.size()) {
      return to_mark(text, m);
    }
    auto pos = static_cast<size_t>(m.pos);
    size_t line_start = pos - static_cast<size_t>(m.column);
    if (line_start != m_line_start || pos < m_last_pos) {
      m_line_start = line_start;
      m_last_pos = line_start;
      m_last_column = 1;
    }
    m_last_column += character_column(text, m_last_pos, pos) - 1;
    m_last_pos = pos;
    return Mark{m.line + 1, m_last_column};
  }

  YamlNode& make(YamlNode::Kind kind, const YAML::Mark& mark) {
    YamlNode& node = m_doc.m_nodes.emplace_back();
    node.kind = kind;
    node.mark = node_mark(mark);
    if (mark.pos >= 0 && static_cast<size_t>(mark.pos) < m_doc.m_text.size()) {
      node.source = std::string_view(m_doc.m_text).substr(static_cast<size_t>(mark.pos));
    }
    return node;
  }

  void open(YamlNode& node, YAML::anchor_t anchor) {
    if (static_cast<int>(m_stack.size()) >= m_limits.max_depth) {
      m_diagnostics.error(node.mark, msg("imbrication trop profonde (plus de {} niveaux)",
                                         "nesting too deep (more than {} levels)", m_limits.max_depth));
      throw StopParsing{};
    }
    m_stack.push_back({&node, anchor});
  }

  void close() {
    Open top = m_stack.back();
    m_stack.pop_back();
    finish(*top.node, top.anchor);
  }

  void finish(YamlNode& node, YAML::anchor_t anchor) {
    if (anchor != 0) m_anchors[anchor] = &node;
    attach(&node);
  }

  void attach(const YamlNode* node) {
    if (m_stack.empty()) {
      m_doc.m_root = node;
      check_size(*node);
      return;
    }
    Open& parent = m_stack.back();
    YamlNode& p = *parent.node;
    p.expanded_size += node->expanded_size;
    check_size(p);
    if (p.kind == YamlNode::Kind::sequence) {
      p.items.push_back(node);
    } else if (parent.pending_key == nullptr) {
      parent.pending_key = node;
    } else {
      p.entries.emplace_back(parent.pending_key, node);
      parent.pending_key = nullptr;
    }
  }

  void check_size(const YamlNode& node) {
    if (node.expanded_size > m_limits.max_nodes) {
      m_diagnostics.error(node.mark, m_saw_alias
                                         ? msg("document trop gros une fois les alias développés (plus de {} nœuds)",
                                               "document too large once aliases are expanded (more than {} nodes)",
                                               m_limits.max_nodes)
                                         : msg("document trop gros (plus de {} nœuds)",
                                               "document too large (more than {} nodes)", m_limits.max_nodes));
      throw StopParsing{};
    }
  }

  void check_duplicate_keys(const YamlNode& map) {
    std::map<std::string, Mark> seen;
    for (const auto& [key, value] : map.entries) {
      if (!key->is_scalar()) continue;
      auto [it, inserted] = seen.emplace(key->value, key->mark);
      if (!inserted) {
        m_diagnostics.error(key->mark, msg("clé « {} » en double (déjà vue ligne {})",
                                           "duplicate key '{}' (first seen on line {})", key->value,
                                           it->second.line));
      }
    }
  }

  YamlDocument& m_doc;
  Diagnostics& m_diagnostics;
  const YamlLimits& m_limits;
  bool m_saw_alias = false;
  std::vector<Open> m_stack;
  std::map<YAML::anchor_t, const YamlNode*> m_anchors;
  size_t m_line_start = std::string::npos;
  size_t m_last_pos = 0;
  int m_last_column = 1;
};

YamlDocument::YamlDocument(std::string_view text, Diagnostics& diagnostics, YamlLimits limits) {
  if (text.size() > limits.max_bytes) {
    diagnostics.error({}, msg("fichier trop gros ({} octets, au plus {})", "file too large ({} bytes, at most {})",
                              text.size(), limits.max_bytes));
    return;
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  Mark bad;
  Message why;
  if (!check_encoding(text, bad, why)) {
    diagnostics.error(bad, std::move(why));
    return;
  }
  m_text = join_surrogate_escapes(text);
  TextBuffer buffer(m_text);
  std::istream stream(&buffer);
  TreeBuilder builder(*this, diagnostics, limits);
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder)) {
      diagnostics.error({1, 1}, msg("fichier vide", "empty file"));
      return;
    }
    const YamlNode* first = m_root;
    if (parser.HandleNextDocument(builder)) {
      diagnostics.error(m_root->mark, msg("un seul document YAML est attendu par fichier",
                                          "only one YAML document is expected per file"));
    }
    m_root = first;
  } catch (const StopParsing&) {
    m_root = nullptr;
  } catch (const YAML::Exception& e) {
    m_root = nullptr;
    diagnostics.error(to_mark(m_text, e.mark), yaml_syntax_message(e.msg, line_at(m_text, e.mark)));
  }
  if (m_root != nullptr && m_root->kind == YamlNode::Kind::null && !diagnostics.has_errors()) {
    diagnostics.error({1, 1}, msg("fichier vide", "empty file"));
    m_root = nullptr;
  }
}

Mark mark_at(const YamlNode& node, size_t offset) {
  std::string_view src = node.source;
  std::string_view value = node.value;
  if (!node.is_scalar() || src.empty() || node.mark.line <= 0) return node.mark;
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  // An error at the very end points just after the last word, not at the
  // following lines of a block scalar.
  size_t end = value.find_last_not_of(" \t\r\n");
  offset = std::min(offset, end == std::string_view::npos ? 0 : end + 1);

  Mark mark = node.mark;
  size_t i = 0;
  auto step = [&] {
    if (src[i] == '\n') {
      ++mark.line;
      mark.column = 1;
    } else if (!is_continuation(src[i])) {
      ++mark.column;
    }
    ++i;
  };
  auto skip_spaces = [&] {
    while (i < src.size() && is_space(src[i])) step();
  };
  // Properties (&anchor, !tag) written before the scalar.
  while (i < src.size() && (src[i] == '&' || src[i] == '!')) {
    while (i < src.size() && !is_space(src[i])) step();
    skip_spaces();
  }
  if (i >= src.size()) return node.mark;
  char style = src[i];
  if (style == '"' || style == '\'') {
    step();
  } else if (style == '|' || style == '>') {
    while (i < src.size() && src[i] != '\n') step();  // header and its comment
  } else {
    style = 0;
  }
  // Walk the value and its source side by side: a blank in the value (a
  // space, or a line break folded into one) matches a blank in the source.
  size_t v = 0;
  while (v < offset) {
    if (i >= src.size()) return node.mark;
    char c = value[v];
    if (style == '"' && src[i] == '\\') {
      if (i + 1 >= src.size()) return node.mark;
      char e = src[i + 1];
      if (e == '\n' || e == '\r') {  // escaped line break: nothing in the value
        step();
        skip_spaces();
        continue;
      }
      char decoded = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == '"' ? '"' : e == '\\' ? '\\'
                   : e == '/' ? '/' : e == ' ' ? ' ' : '\0';
      if (decoded == '\0' || decoded != c) return node.mark;  // \x, \u…: give up
      step();
      step();
      ++v;
      continue;
    }
    if (is_space(c)) {
      if (!is_space(src[i])) return node.mark;
      size_t run = v;
      while (run < value.size() && is_space(value[run])) ++run;
      if (run > offset) break;
      v = run;
      skip_spaces();
      continue;
    }
    if (v == 0 && is_space(src[i])) {  // a block scalar starts on the next line
      skip_spaces();
      continue;
    }
    if (style == '\'' && c == '\'') {
      if (src.substr(i, 2) != "''") return node.mark;
      step();
    } else if (src[i] != c) {
      return node.mark;
    }
    step();
    ++v;
  }
  return mark;
}

Message describe_kind(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::null: return msg("une valeur vide", "an empty value");
    case YamlNode::Kind::scalar: return msg("un texte", "a text");
    case YamlNode::Kind::sequence: return msg("une liste", "a list");
    case YamlNode::Kind::map: return msg("un dictionnaire (clé: valeur)", "a mapping (key: value)");
  }
  return {};
}

}  // namespace autodiag::load
