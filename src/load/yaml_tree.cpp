#include "load/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <set>
#include <sstream>

namespace autodiag::load {

namespace {

Mark to_mark(const YAML::Mark& m) { return Mark{m.line + 1, m.column + 1}; }

// Thrown from the event handler to stop the parser on a fatal limit.
struct StopParsing {};

// Finds the first byte that makes `text` unusable as UTF-8 YAML. Returns
// false and sets `mark` when there is one.
bool check_encoding(std::string_view text, Mark& mark) {
  int line = 1;
  int column = 1;
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool bad = length == 0 || i + length > text.size() || (c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    for (size_t k = 1; !bad && k < length; ++k) {
      bad = (static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80;
    }
    if (bad) {
      mark = {line, column};
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
    finish(node, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end()) {
      m_diagnostics.error(to_mark(mark), msg("alias inconnu", "unknown alias"));
      throw StopParsing{};
    }
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

  YamlNode& make(YamlNode::Kind kind, const YAML::Mark& mark) {
    YamlNode& node = m_doc.m_nodes.emplace_back();
    node.kind = kind;
    node.mark = to_mark(mark);
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
      m_diagnostics.error(node.mark, msg("document trop gros une fois les alias développés (plus de {} nœuds)",
                                         "document too large once aliases are expanded (more than {} nodes)",
                                         m_limits.max_nodes));
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
  std::vector<Open> m_stack;
  std::map<YAML::anchor_t, const YamlNode*> m_anchors;
};

YamlDocument::YamlDocument(std::string_view text, Diagnostics& diagnostics, YamlLimits limits) {
  if (text.size() > limits.max_bytes) {
    diagnostics.error({}, msg("fichier trop gros ({} octets, au plus {})", "file too large ({} bytes, at most {})",
                              text.size(), limits.max_bytes));
    return;
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  Mark bad;
  if (!check_encoding(text, bad)) {
    diagnostics.error(bad, msg("ce n'est pas un texte UTF-8 (fichier binaire ?)",
                               "not UTF-8 text (binary file?)"));
    return;
  }
  std::istringstream stream{std::string(text)};
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
    diagnostics.error(to_mark(e.mark), msg("YAML invalide : {}", "invalid YAML: {}", e.msg));
  }
  if (m_root != nullptr && m_root->kind == YamlNode::Kind::null && !diagnostics.has_errors()) {
    diagnostics.error({1, 1}, msg("fichier vide", "empty file"));
    m_root = nullptr;
  }
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
