#include "load/migration_reader.h"

namespace autodiag::load {

namespace {

// A map whose keys are ids, read with `read_value` for each value.
template <typename F>
void read_id_map(Reader& reader, const YamlNode& node, std::string_view key, F&& read_value) {
  if (!reader.expect(node, YamlNode::Kind::map, key)) return;
  for (const auto& [k, v] : node.entries) {
    if (auto id = reader.id(*k, key)) read_value(*id, *v);
  }
}

model::Migration read_migration(Reader& reader, const YamlNode& node) {
  MapReader map(reader, node);
  model::Migration m;
  m.mark = node.mark;
  if (const YamlNode* n = map.required("from")) {
    auto major = reader.number(*n, "from");
    if (major && (*major < 0 || *major != static_cast<int>(*major))) {
      reader.error(n->mark, msg("« from » attend un numéro de version majeure (par exemple 1)",
                                "'from' expects a major version number (for example 1)"));
    } else if (major) {
      m.from_major = static_cast<int>(*major);
    }
  }
  if (const YamlNode* n = map.optional("rename")) {
    read_id_map(reader, *n, "rename", [&](const std::string& old_id, const YamlNode& v) {
      if (auto id = reader.id(v, "rename")) m.renamed[old_id] = *id;
    });
  }
  if (const YamlNode* n = map.optional("split")) {
    read_id_map(reader, *n, "split", [&](const std::string& old_id, const YamlNode& v) {
      std::vector<std::string> ids = reader.id_list(v, "split");
      if (ids.size() < 2) {
        reader.error(v.mark, msg("« split » demande au moins deux questions", "'split' needs at least two questions"));
      }
      m.split[old_id] = std::move(ids);
    });
  }
  if (const YamlNode* n = map.optional("remove")) {
    read_id_map(reader, *n, "remove",
                [&](const std::string& old_id, const YamlNode& v) { m.removed[old_id] = reader.text(v, "remove"); });
  }
  if (const YamlNode* n = map.optional("options")) {
    read_id_map(reader, *n, "options", [&](const std::string& question, const YamlNode& v) {
      read_id_map(reader, v, "options", [&](const std::string& old_option, const YamlNode& target) {
        m.options[question][old_option] =
            target.kind == YamlNode::Kind::null ? std::nullopt : reader.id(target, "options");
      });
    });
  }
  map.finish();
  return m;
}

}  // namespace

std::vector<model::Migration> read_migrations(Reader& reader, const YamlNode& node) {
  std::vector<model::Migration> out;
  if (!reader.expect(node, YamlNode::Kind::sequence, "migrations")) return out;
  for (const YamlNode* item : node.items) {
    if (reader.expect(*item, YamlNode::Kind::map, "migrations")) out.push_back(read_migration(reader, *item));
  }
  return out;
}

void check_migrations(const model::Questionnaire& q, Reader& reader) {
  for (const model::Migration& m : q.migrations) {
    if (m.from_major >= q.version.major) {
      reader.error(m.mark, msg("une migration lit une version antérieure : « from » doit être inférieur à {}",
                               "a migration reads an earlier version: 'from' must be less than {}", q.version.major));
    }
    auto known = [&](const std::string& id) {
      if (q.find_question(id) == nullptr) {
        reader.error(m.mark, msg("migration depuis {} : question « {} » inconnue dans cette version",
                                 "migration from {}: question '{}' is unknown in this version", m.from_major, id));
      }
    };
    for (const auto& [old_id, id] : m.renamed) known(id);
    for (const auto& [old_id, ids] : m.split) {
      for (const std::string& id : ids) known(id);
    }
    for (const auto& [id, mapping] : m.options) {
      const model::Question* question = q.find_question(id);
      if (question == nullptr) {
        known(id);
        continue;
      }
      for (const auto& [old_option, target] : mapping) {
        if (target && question->find_option(*target) == nullptr) {
          reader.error(m.mark, msg("migration depuis {} : « {} » n'a pas d'option « {} »",
                                   "migration from {}: '{}' has no option '{}'", m.from_major, id, *target));
        }
      }
    }
  }
}

}  // namespace autodiag::load
