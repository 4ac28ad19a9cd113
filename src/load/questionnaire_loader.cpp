#include "load/questionnaire_loader.h"

#include "load/migration_reader.h"
#include "load/questionnaire_loader_impl.h"
#include "load/support_reader.h"

#include <algorithm>
#include <regex>

namespace autodiag::load {

using model::Level;
using model::Questionnaire;
using model::Text;

std::optional<Questionnaire> QuestionnaireLoader::load(const YamlNode& root) {
  if (!m_reader.expect(root, YamlNode::Kind::map, "questionnaire")) return std::nullopt;
  MapReader map(m_reader, root);
  read_header(map);
  if (const YamlNode* n = map.optional("scales")) read_list(*n, "scales", [&](const YamlNode& s) { read_scale(s); });
  if (const YamlNode* n = map.required("levels")) read_list(*n, "levels", [&](const YamlNode& l) { read_level(l); });
  if (const YamlNode* n = map.optional("profile")) {
    read_list(*n, "profile", [&](const YamlNode& q) {
      if (auto question = read_question(q, -1)) m_q.profile.push_back(std::move(*question));
    });
  }
  if (const YamlNode* n = map.required("themes")) {
    read_list(*n, "themes", [&](const YamlNode& t) { read_theme(t); });
    if (n->is_sequence() && n->items.empty()) m_reader.error(n->mark, msg("aucun thème", "no themes"));
  }
  if (const YamlNode* n = map.optional("support")) {
    read_list(*n, "support", [&](const YamlNode& s) { read_support(s); });
  }
  if (const YamlNode* n = map.optional("terms")) m_plan_data.read_terms(*n, m_q);
  if (const YamlNode* n = map.optional("obligations")) m_plan_data.read_obligations(*n, m_q);
  if (const YamlNode* n = map.optional("migrations")) m_q.migrations = read_migrations(m_reader, *n);
  map.finish();

  m_q.index();
  check_ids();
  check_levels();
  resolve_conditions();
  check_support_references();
  check_support_regions(m_q, m_reader);
  check_migrations(m_q, m_reader);
  check_roles();
  m_plan_data.check_obligations(m_q);
  m_plan_data.check_placeholders(m_q);
  if (m_reader.diagnostics().has_errors()) return std::nullopt;
  return std::move(m_q);
}

Text QuestionnaireLoader::text(const YamlNode& node, std::string_view key) {
  Text t = m_reader.text(node, key);
  for (const std::string& lang : m_q.languages) {
    if (!t.empty() && !t.has(lang)) {
      m_reader.warning(node.mark, msg("traduction « {} » absente pour « {} »", "missing '{}' translation for '{}'",
                                      lang, key));
    }
  }
  return t;
}

Text QuestionnaireLoader::required_text(MapReader& map, std::string_view key) {
  const YamlNode* n = map.required(key);
  return n ? text(*n, key) : Text();
}

Text QuestionnaireLoader::optional_text(MapReader& map, std::string_view key) {
  const YamlNode* n = map.optional(key);
  return n ? text(*n, key) : Text();
}

std::optional<double> QuestionnaireLoader::positive(const YamlNode& node, std::string_view key) {
  auto value = m_reader.number(node, key);
  if (value && *value <= 0) {
    m_reader.error(node.mark, msg("« {} » doit être strictement positif", "'{}' must be greater than 0", key));
    return std::nullopt;
  }
  return value;
}

void QuestionnaireLoader::read_header(MapReader& map) {
  if (const YamlNode* n = map.required("format")) {
    auto format = m_reader.string(*n, "format");
    if (format && *format != questionnaire_format) {
      m_reader.error(n->mark, msg("format « {} » non pris en charge (attendu : {})",
                                  "unsupported format '{}' (expected {})", *format, questionnaire_format));
    }
  }
  // Languages first: every text below is checked against them.
  if (const YamlNode* n = map.required("languages")) {
    if (m_reader.expect(*n, YamlNode::Kind::sequence, "languages")) {
      for (const YamlNode* item : n->items) {
        auto code = m_reader.string(*item, "languages");
        if (!code) continue;
        if (code->size() != 2 || !std::all_of(code->begin(), code->end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
          m_reader.error(item->mark, msg("code de langue « {} » invalide (deux lettres, ex. fr)",
                                         "invalid language code '{}' (two letters, e.g. fr)", *code));
        } else if (std::find(m_q.languages.begin(), m_q.languages.end(), *code) != m_q.languages.end()) {
          m_reader.error(item->mark, msg("langue « {} » en double", "duplicate language '{}'", *code));
        } else {
          m_q.languages.push_back(*code);
        }
      }
      if (n->items.empty()) m_reader.error(n->mark, msg("au moins une langue est requise", "at least one language is required"));
    }
  }
  if (const YamlNode* n = map.required("id")) m_q.id = m_reader.id(*n, "id").value_or("");
  if (const YamlNode* n = map.required("version")) read_version(*n);
  m_q.title = required_text(map, "title");
  m_q.description = optional_text(map, "description");
  m_q.intro = optional_text(map, "intro");
}

void QuestionnaireLoader::read_version(const YamlNode& node) {
  auto text = m_reader.string(node, "version");
  if (!text) return;
  static const std::regex semver(R"((0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8}))");
  std::smatch m;
  if (!std::regex_match(*text, m, semver)) {
    m_reader.error(node.mark, msg("version « {} » invalide : attendu MAJEURE.MINEURE.CORRECTIF, ex. 1.0.0",
                                  "invalid version '{}': expected MAJOR.MINOR.PATCH, e.g. 1.0.0", *text));
    return;
  }
  m_q.version = {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), *text};
}

void QuestionnaireLoader::read_scale(const YamlNode& node) {
  MapReader map(m_reader, node);
  model::Scale scale;
  if (const YamlNode* n = map.required("id")) scale.id = m_reader.id(*n, "id").value_or("");
  if (const YamlNode* n = map.required("options")) scale.options = read_options(*n, true, false);
  map.finish();
  if (std::any_of(m_q.scales.begin(), m_q.scales.end(), [&](const auto& s) { return s.id == scale.id; })) {
    m_reader.error(node.mark, msg("échelle « {} » en double", "duplicate scale '{}'", scale.id));
  }
  m_q.scales.push_back(std::move(scale));
}

void QuestionnaireLoader::read_level(const YamlNode& node) {
  MapReader map(m_reader, node);
  Level level;
  if (const YamlNode* n = map.required("id")) level.id = m_reader.id(*n, "id").value_or("");
  if (const YamlNode* n = map.required("from")) level.from = m_reader.number(*n, "from").value_or(0);
  if (const YamlNode* n = map.required("to")) level.to = m_reader.number(*n, "to").value_or(0);
  level.label = required_text(map, "label");
  level.message = optional_text(map, "message");
  map.finish();
  m_level_marks.push_back(node.mark);
  m_q.levels.push_back(std::move(level));
}

void QuestionnaireLoader::read_theme(const YamlNode& node) {
  MapReader map(m_reader, node);
  model::Theme theme;
  if (const YamlNode* n = map.required("id")) theme.id = m_reader.id(*n, "id").value_or("");
  theme.title = required_text(map, "title");
  theme.short_title = optional_text(map, "short_title");
  theme.summary = optional_text(map, "summary");
  if (const YamlNode* n = map.optional("weight")) theme.weight = positive(*n, "weight").value_or(1);
  if (const YamlNode* n = map.optional("messages")) {
    if (m_reader.expect(*n, YamlNode::Kind::map, "messages")) {
      for (const auto& [key, value] : n->entries) {
        auto level = m_reader.id(*key, "messages");
        if (!level) continue;
        if (m_q.find_level(*level) == nullptr) {
          m_reader.error(key->mark, msg("niveau « {} » inconnu", "unknown level '{}'", *level));
        }
        theme.messages[*level] = text(*value, "messages");
        m_plan_data.remember_worded(*value);
      }
    }
  }
  m_themes_nodes.push_back(&node);
  int theme_index = static_cast<int>(m_q.themes.size());
  if (const YamlNode* n = map.required("questions")) {
    read_list(*n, "questions", [&](const YamlNode& q) {
      if (auto question = read_question(q, theme_index)) theme.questions.push_back(std::move(*question));
    });
    if (n->is_sequence() && n->items.empty()) {
      m_reader.error(n->mark, msg("le thème « {} » n'a aucune question", "theme '{}' has no questions", theme.id));
    }
  }
  map.finish();
  m_q.themes.push_back(std::move(theme));
}

void QuestionnaireLoader::read_support(const YamlNode& node) {
  MapReader map(m_reader, node);
  model::SupportOption s;
  if (const YamlNode* n = map.required("id")) s.id = m_reader.id(*n, "id").value_or("");
  s.name = required_text(map, "name");
  s.description = required_text(map, "description");
  if (const YamlNode* n = map.optional("url")) s.url = m_reader.string(*n, "url").value_or("");
  if (const YamlNode* n = map.optional("themes")) {
    s.themes = m_reader.id_list(*n, "themes");
    m_support_theme_nodes.push_back({m_q.support.size(), n});
  }
  if (const YamlNode* n = map.optional("regions")) s.regions = m_reader.id_list(*n, "regions");
  if (const YamlNode* n = map.optional("legal_forms")) {
    s.legal_forms = m_reader.id_list(*n, "legal_forms");
    m_support_form_nodes.push_back({m_q.support.size(), n});
  }
  if (const YamlNode* n = map.optional("eligible")) {
    if (auto source = m_reader.string(*n, "eligible")) {
      s.eligible_source = *source;
      m_pending_eligible.push_back({m_q.support.size(), {n, *source}});
    }
  }
  read_support_details(map, s);
  s.mark = node.mark;
  map.finish();
  m_support_marks.push_back(node.mark);
  m_q.support.push_back(std::move(s));
}

std::optional<Questionnaire> load_questionnaire(std::string_view text, Diagnostics& diagnostics) {
  YamlDocument doc(text, diagnostics);
  if (doc.root() == nullptr) return std::nullopt;
  return load_questionnaire(*doc.root(), diagnostics);
}

std::optional<Questionnaire> load_questionnaire(const YamlNode& root, Diagnostics& diagnostics) {
  return QuestionnaireLoader(diagnostics).load(root);
}

}  // namespace autodiag::load
