#pragma once

#include "model/diagnostic.h"

#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autodiag::load {

// A YAML document as a small tree with a position on every node, keys
// included. Built from yaml-cpp's event parser rather than YAML::Load so that
// duplicate keys, nesting depth and alias expansion can be checked, and every
// diagnostic can point at a line and column.
struct YamlNode {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  Mark mark;
  std::string value;  // scalar
  bool quoted = false;
  std::vector<const YamlNode*> items;                                // sequence
  std::vector<std::pair<const YamlNode*, const YamlNode*>> entries;  // map
  size_t expanded_size = 1;  // nodes once aliases are expanded
  std::string_view source;   // the document's text from this node on (owned by its YamlDocument)

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::map; }
  bool is_sequence() const { return kind == Kind::sequence; }
};

struct YamlLimits {
  size_t max_bytes = 32u << 20;
  int max_depth = 64;
  size_t max_nodes = 1'000'000;
};

class YamlDocument {
 public:
  // Parses `text`, reporting every problem to `diagnostics`. root() is
  // nullptr when the document could not be read at all.
  YamlDocument(std::string_view text, Diagnostics& diagnostics, YamlLimits limits = {});
  YamlDocument(const YamlDocument&) = delete;
  YamlDocument& operator=(const YamlDocument&) = delete;

  const YamlNode* root() const { return m_root; }

 private:
  friend class TreeBuilder;
  std::string m_text;
  std::deque<YamlNode> m_nodes;
  const YamlNode* m_root = nullptr;
};

// Where the byte at `offset` of a scalar's value is written in the file, for
// diagnostics that point inside a value (a condition). Follows quotes,
// escapes, folded lines and block scalars; falls back to the scalar's own
// mark when the value cannot be matched with its source.
Mark mark_at(const YamlNode& scalar, size_t offset);

// "a mapping", "a list", "a text"... for messages about wrong types.
Message describe_kind(const YamlNode& node);

}  // namespace autodiag::load
