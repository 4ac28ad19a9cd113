#include "load/response_loader.h"

#include "load/reader.h"
#include "load/timestamp.h"
#include "load/yaml_tree.h"

#include <algorithm>
#include <set>

namespace autodiag::load {

namespace {

using model::RawValue;
using model::Response;

class ResponseLoader {
 public:
  explicit ResponseLoader(Diagnostics& diagnostics) : m_reader(diagnostics) {}

  std::optional<Response> load(const YamlNode& root) {
    if (!m_reader.expect(root, YamlNode::Kind::map, "response")) return std::nullopt;
    // A file that does not even claim to be a response (a configuration
    // file reached through a link in an input folder) gets one error that
    // quotes none of its content.
    if (!claims_response_format(root)) {
      m_reader.error(root.mark, msg("ce fichier n'est pas une réponse autodiag (il faut une clé « format: {} »)",
                                    "this file is not an autodiag response (it needs a 'format: {}' key)",
                                    response_format));
      return std::nullopt;
    }
    MapReader map(m_reader, root);
    if (const YamlNode* n = map.required("format")) {
      auto format = m_reader.string(*n, "format");
      if (format && *format != response_format) {
        m_reader.error(n->mark, msg("format « {} » non pris en charge (attendu : {})",
                                    "unsupported format '{}' (expected {})", *format, response_format));
      }
    }
    if (const YamlNode* n = map.required("questionnaire")) read_questionnaire(*n);
    if (const YamlNode* n = map.required("status")) {
      m_r.status_mark = n->mark;
      auto status = m_reader.string(*n, "status");
      if (status == "complete") {
        m_r.status = model::Status::complete;
      } else if (status == "in_progress") {
        m_r.status = model::Status::in_progress;
      } else if (status) {
        m_reader.error(n->mark, msg("statut « {} » inconnu (in_progress ou complete)",
                                    "unknown status '{}' (in_progress or complete)", *status));
      }
    }
    if (const YamlNode* n = map.optional("path")) {
      auto path = m_reader.string(*n, "path");
      if (path == "short" || path == "full") {
        m_r.short_path = path == "short";
      } else if (path) {
        m_reader.error(n->mark, msg("parcours « {} » inconnu (full ou short)", "unknown path '{}' (full or short)", *path));
      }
    }
    if (const YamlNode* n = map.optional("language")) m_r.language = m_reader.id(*n, "language").value_or("");
    if (const YamlNode* n = map.optional("created")) m_r.created = timestamp(*n, "created");
    if (const YamlNode* n = map.optional("updated")) m_r.updated = timestamp(*n, "updated");
    if (const YamlNode* n = map.optional("respondent")) read_respondent(*n);
    if (const YamlNode* n = map.optional("consensus_of")) read_consensus(*n);
    if (m_r.respondent && m_r.consensus) {
      m_reader.error(m_r.consensus->mark,
                     msg("une réponse consolidée (« consensus_of ») ne peut pas avoir de « respondent » : elle réunit "
                         "les réponses de plusieurs personnes",
                         "a consolidated response ('consensus_of') cannot have a 'respondent': it gathers the "
                         "answers of several people"));
    }
    if (const YamlNode* n = map.optional("profile")) read_values(*n, "profile", m_r.profile);
    if (const YamlNode* n = map.optional("answers")) read_values(*n, "answers", m_r.answers);
    if (const YamlNode* n = map.optional("not_addressed")) read_not_addressed(*n);
    if (const YamlNode* n = map.optional("comments")) read_comments(*n);
    if (const YamlNode* n = map.optional("targets")) read_targets(*n);
    map.finish();
    if (m_reader.diagnostics().has_errors()) return std::nullopt;
    return std::move(m_r);
  }

 private:
  static bool claims_response_format(const YamlNode& root) {
    for (const auto& [key, value] : root.entries) {
      if (key->is_scalar() && key->value == "format") {
        return value->is_scalar() && value->value.starts_with("autodiag-response");
      }
    }
    return false;
  }

  void read_questionnaire(const YamlNode& node) {
    m_r.questionnaire_mark = node.mark;
    if (!m_reader.expect(node, YamlNode::Kind::map, "questionnaire")) return;
    MapReader map(m_reader, node);
    if (const YamlNode* n = map.required("id")) m_r.questionnaire_id = m_reader.id(*n, "id").value_or("");
    if (const YamlNode* n = map.required("version")) m_r.questionnaire_version = m_reader.string(*n, "version").value_or("");
    map.finish();
  }

  std::string timestamp(const YamlNode& node, std::string_view key) {
    auto text = m_reader.string(node, key);
    if (!text) return {};
    if (!is_timestamp(*text)) {
      m_reader.error(node.mark, msg("date « {} » invalide (attendu : 2026-11-26T09:30:00Z)",
                                    "invalid timestamp '{}' (expected 2026-11-26T09:30:00Z)", *text));
      return {};
    }
    return *text;
  }

  void read_values(const YamlNode& node, std::string_view key, std::vector<std::pair<std::string, RawValue>>& out) {
    if (!m_reader.expect(node, YamlNode::Kind::map, key)) return;
    for (const auto& [k, v] : node.entries) {
      auto id = m_reader.id(*k, key);
      if (!id) continue;
      RawValue value;
      value.mark = v->mark;
      if (v->kind == YamlNode::Kind::null) continue;  // written but left empty: unanswered
      if (v->is_map()) {
        m_reader.error(v->mark, msg("réponse à « {} » : une valeur ou une liste est attendue, pas un dictionnaire",
                                    "answer to '{}': a value or a list is expected, not a mapping", *id));
        continue;
      }
      if (v->is_sequence()) {
        value.is_list = true;
        for (const YamlNode* item : v->items) {
          if (auto s = m_reader.string(*item, *id)) value.items.push_back(*s);
        }
      } else {
        value.scalar = v->value;
        value.quoted = v->quoted;
      }
      out.emplace_back(*id, std::move(value));
    }
  }

  std::optional<std::string> group(const YamlNode& node, std::string_view key) {
    auto id = m_reader.id(node, key);
    if (!id) return std::nullopt;
    if (model::find_group(*id) == nullptr || *id == model::others_bucket) {
      std::string known;
      for (const auto& g : model::respondent_groups()) known += (known.empty() ? "" : ", ") + std::string(g.id);
      m_reader.error(node.mark, msg("groupe « {} » inconnu (groupes : {})", "unknown group '{}' (groups: {})", *id, known));
      return std::nullopt;
    }
    return id;
  }

  void read_respondent(const YamlNode& node) {
    if (!m_reader.expect(node, YamlNode::Kind::map, "respondent")) return;
    model::Respondent respondent;
    respondent.mark = node.mark;
    MapReader map(m_reader, node);
    if (const YamlNode* n = map.required("group")) respondent.group = group(*n, "group").value_or("");
    if (const YamlNode* n = map.optional("name")) respondent.name = m_reader.string(*n, "name").value_or("");
    map.finish();
    m_r.respondent = std::move(respondent);
  }

  std::optional<int> count(const YamlNode& node, std::string_view key) {
    auto value = m_reader.number(node, key);
    if (value && (*value < 1 || *value > 1e6 || *value != static_cast<int>(*value))) {
      m_reader.error(node.mark, msg("« {} » doit être un nombre entier positif", "'{}' must be a positive whole number", key));
      return std::nullopt;
    }
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
  }

  void read_consensus(const YamlNode& node) {
    if (!m_reader.expect(node, YamlNode::Kind::map, "consensus_of")) return;
    model::Consensus c;
    c.mark = node.mark;
    MapReader map(m_reader, node);
    if (const YamlNode* n = map.required("respondents")) {
      c.respondents = count(*n, "respondents").value_or(0);
      c.respondents_mark = n->mark;
    }
    if (const YamlNode* n = map.optional("groups"); n && m_reader.expect(*n, YamlNode::Kind::map, "groups")) {
      int total = 0;
      for (const auto& [k, v] : n->entries) {
        auto id = group(*k, "groups");
        auto people = count(*v, "groups");
        if (id && people) {
          c.groups.emplace_back(*id, *people);
          total += *people;
        }
      }
      if (c.respondents > 0 && total != c.respondents && !n->entries.empty()) {
        m_reader.error(n->mark, msg("les groupes comptent {} personnes, mais « respondents » en annonce {}",
                                    "the groups count {} people, but 'respondents' says {}", total, c.respondents));
      }
    }
    if (const YamlNode* n = map.optional("divergent"); n && m_reader.expect(*n, YamlNode::Kind::sequence, "divergent")) {
      for (const YamlNode* item : n->items) {
        if (auto id = m_reader.id(*item, "divergent")) {
          c.divergent.push_back(*id);
          c.divergent_marks.push_back(item->mark);
        }
      }
    }
    if (const YamlNode* n = map.optional("sources"); n && m_reader.expect(*n, YamlNode::Kind::sequence, "sources")) {
      for (const YamlNode* item : n->items) {
        if (!m_reader.expect(*item, YamlNode::Kind::map, "sources")) continue;
        model::ConsensusSource source;
        MapReader entry(m_reader, *item);
        if (const YamlNode* f = entry.required("file")) source.file = m_reader.string(*f, "file").value_or("");
        if (const YamlNode* g = entry.optional("group")) source.group = group(*g, "group").value_or("");
        if (const YamlNode* g = entry.optional("name")) source.name = m_reader.string(*g, "name").value_or("");
        entry.finish();
        c.sources.push_back(std::move(source));
      }
    }
    map.finish();
    m_r.consensus = std::move(c);
  }

  void read_not_addressed(const YamlNode& node) {
    if (!m_reader.expect(node, YamlNode::Kind::sequence, "not_addressed")) return;
    std::set<std::string> seen;
    std::set<std::string> reported;
    for (const YamlNode* item : node.items) {
      if (auto id = m_reader.id(*item, "not_addressed")) {
        if (!seen.insert(*id).second) {
          // Once per theme: 200,000 copies make one error, not 200,000.
          if (reported.insert(*id).second) {
            m_reader.error(item->mark, msg("thème « {} » donné deux fois dans not_addressed",
                                           "theme '{}' given twice in not_addressed", *id));
          }
          continue;
        }
        m_r.not_addressed.push_back(*id);
        m_r.not_addressed_marks.push_back(item->mark);
      }
    }
  }

  void read_comments(const YamlNode& node) {
    if (!m_reader.expect(node, YamlNode::Kind::map, "comments")) return;
    for (const auto& [k, v] : node.entries) {
      auto id = m_reader.id(*k, "comments");
      auto text = m_reader.string(*v, "comments");
      if (id && text) {
        m_r.comments.emplace_back(*id, *text);
        m_r.comment_marks.push_back(k->mark);
      }
    }
  }

  void read_targets(const YamlNode& node) {
    if (!m_reader.expect(node, YamlNode::Kind::map, "targets")) return;
    for (const auto& [k, v] : node.entries) {
      auto theme = m_reader.id(*k, "targets");
      if (!theme || !m_reader.expect(*v, YamlNode::Kind::map, *theme)) continue;
      model::Target target{*theme, std::nullopt, std::nullopt, k->mark};
      MapReader map(m_reader, *v);
      if (const YamlNode* n = map.optional("one_year")) target.one_year = percent(*n, "one_year");
      if (const YamlNode* n = map.optional("three_years")) target.three_years = percent(*n, "three_years");
      map.finish();
      m_r.targets.push_back(std::move(target));
    }
  }

  std::optional<double> percent(const YamlNode& node, std::string_view key) {
    auto value = m_reader.number(node, key);
    if (value && (*value < 0 || *value > 100)) {
      m_reader.error(node.mark, msg("« {} » doit être entre 0 et 100", "'{}' must be between 0 and 100", key));
      return std::nullopt;
    }
    return value;
  }

  Reader m_reader;
  Response m_r;
};

}  // namespace

std::optional<model::Response> load_response(std::string_view text, Diagnostics& diagnostics) {
  YamlDocument doc(text, diagnostics);
  if (doc.root() == nullptr) return std::nullopt;
  return load_response(*doc.root(), diagnostics);
}

std::optional<model::Response> load_response(const YamlNode& root, Diagnostics& diagnostics) {
  return ResponseLoader(diagnostics).load(root);
}

}  // namespace autodiag::load
