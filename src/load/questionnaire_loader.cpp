#include "load/questionnaire_loader.h"

#include "load/condition_parser.h"
#include "load/plan_data_loader.h"
#include "load/migration_reader.h"
#include "load/reader.h"
#include "load/support_reader.h"
#include "load/yaml_tree.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace autodiag::load {

namespace {

using model::Band;
using model::Condition;
using model::Level;
using model::Option;
using model::Question;
using model::QuestionType;
using model::Questionnaire;
using model::Role;
using model::Text;

struct PendingCondition {
  const YamlNode* node;
  std::string source;
};

class QuestionnaireLoader {
 public:
  explicit QuestionnaireLoader(Diagnostics& diagnostics) : m_reader(diagnostics) {}

  std::optional<Questionnaire> load(const YamlNode& root) {
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
    if (m_reader.diagnostics().has_errors()) return std::nullopt;
    return std::move(m_q);
  }

 private:
  template <typename F>
  void read_list(const YamlNode& node, std::string_view key, F&& read_item) {
    if (!m_reader.expect(node, YamlNode::Kind::sequence, key)) return;
    for (const YamlNode* item : node.items) {
      if (m_reader.expect(*item, YamlNode::Kind::map, key)) read_item(*item);
    }
  }

  Text text(const YamlNode& node, std::string_view key) {
    Text t = m_reader.text(node, key);
    for (const std::string& lang : m_q.languages) {
      if (!t.empty() && !t.has(lang)) {
        m_reader.warning(node.mark, msg("traduction « {} » absente pour « {} »", "missing '{}' translation for '{}'",
                                        lang, key));
      }
    }
    return t;
  }

  Text required_text(MapReader& map, std::string_view key) {
    const YamlNode* n = map.required(key);
    return n ? text(*n, key) : Text();
  }

  Text optional_text(MapReader& map, std::string_view key) {
    const YamlNode* n = map.optional(key);
    return n ? text(*n, key) : Text();
  }

  std::optional<double> positive(const YamlNode& node, std::string_view key) {
    auto value = m_reader.number(node, key);
    if (value && *value <= 0) {
      m_reader.error(node.mark, msg("« {} » doit être strictement positif", "'{}' must be greater than 0", key));
      return std::nullopt;
    }
    return value;
  }

  void read_header(MapReader& map) {
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

  void read_version(const YamlNode& node) {
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

  std::vector<Option> read_options(const YamlNode& node, bool scored, bool allow_region) {
    std::vector<Option> options;
    std::map<std::string, Mark> seen;
    read_list(node, "options", [&](const YamlNode& o) {
      MapReader map(m_reader, o);
      Option option;
      if (const YamlNode* n = map.required("id")) {
        option.id = m_reader.id(*n, "id").value_or("");
        if (option.id == "na") {
          m_reader.error(n->mark, msg("l'identifiant « na » est réservé (non applicable)",
                                      "the id 'na' is reserved (not applicable)"));
        }
        if (!option.id.empty() && !seen.emplace(option.id, n->mark).second) {
          m_reader.error(n->mark, msg("option « {} » en double", "duplicate option '{}'", option.id));
        }
      }
      option.label = required_text(map, "label");
      option.help = optional_text(map, "help");
      if (const YamlNode* n = scored ? map.required("score") : nullptr) {
        option.score = m_reader.number(*n, "score").value_or(0);
        if (option.score < 0) m_reader.error(n->mark, msg("un score ne peut pas être négatif", "a score cannot be negative"));
      }
      if (const YamlNode* n = allow_region ? map.optional("region") : nullptr) {
        option.region = m_reader.id(*n, "region").value_or("");
      }
      map.finish();
      options.push_back(std::move(option));
    });
    if (node.is_sequence() && node.items.size() < 2) {
      m_reader.error(node.mark, msg("au moins deux options sont requises", "at least two options are required"));
    }
    return options;
  }

  void read_scale(const YamlNode& node) {
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

  void read_level(const YamlNode& node) {
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

  void read_theme(const YamlNode& node) {
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

  std::optional<Question> read_question(const YamlNode& node, int theme_index) {
    bool profile = theme_index < 0;
    MapReader map(m_reader, node);
    Question q;
    q.mark = node.mark;
    q.theme_index = theme_index;
    if (const YamlNode* n = map.required("id")) {
      q.id = m_reader.id(*n, "id").value_or("");
      if (q.id == "na") m_reader.error(n->mark, msg("l'identifiant « na » est réservé", "the id 'na' is reserved"));
    }
    const YamlNode* type_node = map.required("type");
    if (type_node == nullptr) return std::nullopt;
    auto type = m_reader.string(*type_node, "type");
    static const std::map<std::string, QuestionType, std::less<>> types = {
        {"choice", QuestionType::choice}, {"multi", QuestionType::multi}, {"yesno", QuestionType::yesno},
        {"number", QuestionType::number}, {"text", QuestionType::text}};
    if (!type) return std::nullopt;
    auto found = types.find(*type);
    if (found == types.end()) {
      m_reader.error(type_node->mark, msg("type de question « {} » inconnu (choice, multi, yesno, number, text)",
                                          "unknown question type '{}' (choice, multi, yesno, number, text)", *type));
      return std::nullopt;
    }
    q.type = found->second;
    q.text = required_text(map, "text");
    q.help = optional_text(map, "help");
    if (const YamlNode* n = map.optional("required")) q.required = m_reader.boolean(*n, "required").value_or(false);
    if (const YamlNode* n = map.optional("when")) {
      if (auto source = m_reader.string(*n, "when")) {
        q.when_source = *source;
        // Keyed by position, not id: two questions may share an id (an error
        // reported elsewhere) and must not share a condition.
        m_pending_when[m_questions_read] = {n, *source};
      }
    }
    read_role(map, q);
    if (!profile) {
      if (const YamlNode* n = map.optional("weight")) q.weight = positive(*n, "weight").value_or(1);
      if (const YamlNode* n = map.optional("na")) q.na_allowed = m_reader.boolean(*n, "na").value_or(false);
      if (const YamlNode* n = map.optional("core")) q.core = m_reader.boolean(*n, "core").value_or(false);
    }
    read_type_specific(map, q, profile);
    if (!profile) {
      if (const YamlNode* n = map.optional("actions")) read_actions(*n, q);
    }
    map.finish();
    ++m_questions_read;  // questions are read in the order Questionnaire::index() numbers them
    return q;
  }

  void read_role(MapReader& map, Question& q) {
    const YamlNode* n = map.optional("role");
    if (n == nullptr) return;
    static const std::map<std::string, std::pair<Role, QuestionType>, std::less<>> roles = {
        {"organisation", {Role::organisation, QuestionType::text}},
        {"legal_form", {Role::legal_form, QuestionType::choice}},
        {"employees", {Role::employees, QuestionType::number}},
        {"department", {Role::department, QuestionType::choice}},
        {"region", {Role::region, QuestionType::choice}},
        {"debate_topics", {Role::debate_topics, QuestionType::text}}};
    auto role = m_reader.string(*n, "role");
    if (!role) return;
    auto found = roles.find(*role);
    if (found != roles.end() && (found->second.first == Role::debate_topics) == q.is_profile()) {
      m_reader.error(n->mark, q.is_profile() ? msg("le rôle « debate_topics » va sur une question d'un thème",
                                                   "the role 'debate_topics' goes on a theme question")
                                             : msg("le rôle « {} » va sur un champ du profil",
                                                   "the role '{}' goes on a profile field", *role));
      return;
    }
    if (found == roles.end()) {
      m_reader.error(n->mark, msg("rôle « {} » inconnu (organisation, legal_form, employees, department, region, "
                                  "debate_topics)",
                                  "unknown role '{}' (organisation, legal_form, employees, department, region, "
                                  "debate_topics)",
                                  *role));
      return;
    }
    if (found->second.second != q.type) {
      m_reader.error(n->mark, msg("le rôle « {} » demande une question de type {}", "role '{}' needs a question of type {}",
                                  *role, model::type_name(found->second.second)));
      return;
    }
    q.role = found->second.first;
  }

  void read_type_specific(MapReader& map, Question& q, bool profile) {
    switch (q.type) {
      case QuestionType::choice: {
        const YamlNode* scale = profile ? nullptr : map.optional("scale");
        const YamlNode* options = map.optional("options");
        if ((scale == nullptr) == (options == nullptr)) {
          m_reader.error(q.mark, profile ? msg("une question à choix demande « options »", "a choice question needs 'options'")
                                         : msg("une question à choix demande soit « scale », soit « options »",
                                               "a choice question needs either 'scale' or 'options'"));
        }
        if (scale != nullptr) {
          q.scale_id = m_reader.id(*scale, "scale").value_or("");
          auto it = std::find_if(m_q.scales.begin(), m_q.scales.end(), [&](const auto& s) { return s.id == q.scale_id; });
          if (it == m_q.scales.end()) {
            if (!q.scale_id.empty()) {
              m_reader.error(scale->mark, msg("échelle « {} » inconnue", "unknown scale '{}'", q.scale_id));
            }
          } else {
            q.options = it->options;
          }
        }
        if (options != nullptr) q.options = read_options(*options, !profile, q.role == Role::department || profile);
        break;
      }
      case QuestionType::multi: {
        if (const YamlNode* n = map.required("options")) q.options = read_options(*n, !profile, false);
        if (const YamlNode* n = profile ? nullptr : map.optional("cap")) q.cap = positive(*n, "cap");
        break;
      }
      case QuestionType::yesno:
        if (const YamlNode* n = profile ? nullptr : map.optional("scores")) read_yesno_scores(*n, q);
        break;
      case QuestionType::number:
        read_number_spec(map, q, profile);
        break;
      case QuestionType::text:
        break;
    }
  }

  void read_yesno_scores(const YamlNode& node, Question& q) {
    if (!m_reader.expect(node, YamlNode::Kind::map, "scores")) return;
    MapReader map(m_reader, node);
    if (const YamlNode* n = map.required("yes")) q.yes_score = m_reader.number(*n, "yes").value_or(1);
    if (const YamlNode* n = map.required("no")) q.no_score = m_reader.number(*n, "no").value_or(0);
    if (q.yes_score < 0 || q.no_score < 0) m_reader.error(node.mark, msg("un score ne peut pas être négatif", "a score cannot be negative"));
    map.finish();
  }

  void read_number_spec(MapReader& map, Question& q, bool profile) {
    if (const YamlNode* n = map.optional("min")) q.min = m_reader.number(*n, "min");
    if (const YamlNode* n = map.optional("max")) q.max = m_reader.number(*n, "max");
    if (const YamlNode* n = map.optional("integer")) q.integer = m_reader.boolean(*n, "integer").value_or(false);
    q.unit = optional_text(map, "unit");
    if (q.min && q.max && *q.min > *q.max) {
      m_reader.error(q.mark, msg("« min » est plus grand que « max »", "'min' is greater than 'max'"));
    }
    if (profile) return;
    const YamlNode* bands = map.optional("bands");
    if (bands == nullptr) {
      m_reader.error(q.mark, msg("une question numérique notée demande « bands »", "a scored number question needs 'bands'"));
      return;
    }
    read_list(*bands, "bands", [&](const YamlNode& b) {
      MapReader band_map(m_reader, b);
      Band band;
      if (const YamlNode* n = band_map.required("from")) band.from = m_reader.number(*n, "from").value_or(0);
      if (const YamlNode* n = band_map.required("to")) band.to = m_reader.number(*n, "to").value_or(0);
      if (const YamlNode* n = band_map.required("score")) band.score = m_reader.number(*n, "score").value_or(0);
      band_map.finish();
      if (band.from >= band.to) {
        m_reader.error(b.mark, msg("tranche vide : « from » ({}) doit être inférieur à « to » ({})",
                                   "empty band: 'from' ({}) must be less than 'to' ({})", format_number(band.from),
                                   format_number(band.to)));
      } else if (band.score < 0) {
        m_reader.error(b.mark, msg("un score ne peut pas être négatif", "a score cannot be negative"));
      } else if (!q.bands.empty() && band.from != q.bands.back().to) {
        const Band& previous = q.bands.back();
        m_reader.error(b.mark, band.from > previous.to
                                   ? msg("trou entre les tranches : rien ne couvre {} à {}",
                                         "gap between bands: nothing covers {} to {}", format_number(previous.to),
                                         format_number(band.from))
                                   : msg("tranches qui se chevauchent : {} à {} est déjà couvert",
                                         "overlapping bands: {} to {} is already covered", format_number(band.from),
                                         format_number(std::min(previous.to, band.to))));
      }
      q.bands.push_back(band);
    });
    if (!q.bands.empty() && q.min && q.max &&
        (q.bands.front().from > *q.min || q.bands.back().to < *q.max)) {
      m_reader.warning(bands->mark, msg("les tranches ne couvrent pas tout l'intervalle de « min » à « max »",
                                        "the bands do not cover the whole range from 'min' to 'max'"));
    }
  }

  void read_actions(const YamlNode& node, Question& q) {
    if (!m_reader.expect(node, YamlNode::Kind::map, "actions")) return;
    for (const auto& [key, value] : node.entries) {
      auto points = m_reader.number(*key, "actions");
      if (!points) continue;
      ActionEntry entry = m_plan_data.read_action(*value);
      q.actions[*points] = std::move(entry.action);
      if (!entry.objective.empty()) q.objectives[*points] = std::move(entry.objective);
    }
    m_action_marks[q.id] = node.mark;
  }

  void read_support(const YamlNode& node) {
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

  void check_ids() {
    std::map<std::string, Mark> seen;
    for (size_t i = 0; i < m_q.question_count(); ++i) {
      const Question& q = m_q.question(i);
      if (q.id.empty()) continue;
      auto [it, inserted] = seen.emplace(q.id, q.mark);
      if (!inserted) {
        m_reader.error(q.mark, msg("identifiant de question « {} » en double (déjà utilisé ligne {})",
                                   "duplicate question id '{}' (already used on line {})", q.id, it->second.line));
      }
      check_actions(q);
    }
    std::set<std::string> themes;
    for (size_t t = 0; t < m_q.themes.size(); ++t) {
      if (!themes.insert(m_q.themes[t].id).second) {
        m_reader.error(m_themes_nodes[t]->mark, msg("thème « {} » en double", "duplicate theme '{}'", m_q.themes[t].id));
      }
    }
    std::set<std::string> support;
    for (size_t i = 0; i < m_q.support.size(); ++i) {
      const auto& s = m_q.support[i];
      if (!support.insert(s.id).second) {
        m_reader.error(m_support_marks[i], msg("option d'accompagnement « {} » en double", "duplicate support option '{}'", s.id));
      }
    }
  }

  void check_actions(const Question& q) {
    if (q.is_profile() || !q.scored()) return;
    std::set<double> reachable;
    switch (q.type) {
      case QuestionType::choice:
        for (const Option& o : q.options) reachable.insert(o.score);
        break;
      case QuestionType::yesno:
        reachable = {q.yes_score, q.no_score};
        break;
      case QuestionType::number:
        for (const Band& b : q.bands) reachable.insert(b.score);
        break;
      case QuestionType::multi:
        reachable.insert(0);
        break;
      case QuestionType::text:
        break;
    }
    auto it = m_action_marks.find(q.id);
    Mark mark = it == m_action_marks.end() ? q.mark : it->second;
    for (double points : reachable) {
      if (points < q.max_points() && q.action_for(points) == nullptr) {
        m_reader.warning(mark, msg("question « {} » : aucune action d'amélioration pour le score {}",
                                   "question '{}': no improvement action for score {}", q.id, format_number(points)));
      }
    }
  }

  void check_levels() {
    const auto& levels = m_q.levels;
    std::set<std::string> ids;
    for (size_t i = 0; i < levels.size(); ++i) {
      const Level& l = levels[i];
      Mark mark = m_level_marks[i];
      if (!ids.insert(l.id).second) m_reader.error(mark, msg("niveau « {} » en double", "duplicate level '{}'", l.id));
      if (l.from >= l.to) {
        m_reader.error(mark, msg("niveau « {} » vide : « from » doit être inférieur à « to »",
                                 "level '{}' is empty: 'from' must be less than 'to'", l.id));
        continue;
      }
      double expected = i == 0 ? 0 : levels[i - 1].to;
      if (i == 0 && l.from < 0) {
        m_reader.error(mark, msg("le premier niveau doit commencer à 0 (les scores vont de 0 à 100)",
                                 "the first level must start at 0 (scores go from 0 to 100)"));
      } else if (l.from > expected) {
        m_reader.error(mark, msg("trou entre les niveaux : rien ne couvre {} à {}", "gap between levels: nothing covers {} to {}",
                                 format_number(expected), format_number(l.from)));
      } else if (l.from < expected) {
        m_reader.error(mark, msg("niveaux qui se chevauchent : {} à {} est déjà couvert",
                                 "overlapping levels: {} to {} is already covered", format_number(l.from),
                                 format_number(std::min(expected, l.to))));
      }
    }
    if (!levels.empty() && levels.back().to != 100) {
      m_reader.error(m_level_marks.back(), msg("le dernier niveau doit aller jusqu'à 100", "the last level must end at 100"));
    }
  }

  // The offset counts in the condition's text, which may be quoted, escaped
  // or spread over several lines in the file.
  Mark offset_mark(const PendingCondition& pending, size_t offset) { return mark_at(*pending.node, offset); }

  // Parses a condition and checks each field it names: known, declared
  // before `limit` (a global question index), and compared with values that
  // fit its type.
  std::optional<Condition> resolve(const PendingCondition& pending, size_t limit, bool profile_only) {
    ConditionError error;
    auto condition = parse_condition(pending.source, error);
    if (!condition) {
      m_reader.error(offset_mark(pending, error.offset), msg("condition invalide : {0}", "invalid condition: {1}",
                                                              error.message.fr, error.message.en));
      return std::nullopt;
    }
    std::vector<Condition*> leaves;
    model::collect_fields(*condition, leaves);
    bool ok = true;
    for (Condition* leaf : leaves) ok &= check_leaf(*leaf, pending, limit, profile_only);
    if (!ok) return std::nullopt;
    return condition;
  }

  bool check_leaf(Condition& leaf, const PendingCondition& pending, size_t limit, bool profile_only) {
    const Question* field = m_q.find_question(leaf.field);
    // Found only for an error: the lookup walks the condition's text, and
    // doing it for every leaf made loading quadratic in the condition's size.
    auto mark = [&] { return offset_mark(pending, leaf.field_offset); };
    if (field == nullptr) {
      m_reader.error(mark(), msg("la condition cite « {} », qui n'existe pas", "the condition refers to '{}', which does not exist",
                               leaf.field));
      return false;
    }
    if (profile_only && !field->is_profile()) {
      m_reader.error(mark(), msg("l'éligibilité ne peut citer que des champs du profil, pas « {} »",
                               "eligibility may only refer to profile fields, not '{}'", leaf.field));
      return false;
    }
    if (field->index == limit) {
      m_reader.error(mark(), msg("la condition cite « {} », c'est-à-dire la question elle-même",
                               "the condition refers to '{}', the question itself", leaf.field));
      return false;
    }
    if (field->index > limit) {
      m_reader.error(mark(), msg("la condition cite « {} », qui vient après cette question",
                               "the condition refers to '{}', which comes after this question", leaf.field));
      return false;
    }
    leaf.field_index = field->index;
    using Op = Condition::Op;
    if (leaf.op == Op::answered) return true;
    bool numeric = leaf.op == Op::lt || leaf.op == Op::le || leaf.op == Op::gt || leaf.op == Op::ge;
    if (numeric && field->type != QuestionType::number) {
      m_reader.error(mark(), msg("« {} » n'est pas un nombre : <, <=, > et >= ne s'appliquent pas",
                               "'{}' is not a number: <, <=, > and >= do not apply", leaf.field));
      return false;
    }
    if ((leaf.op == Op::contains) != (field->type == QuestionType::multi)) {
      m_reader.error(mark(), leaf.op == Op::contains
                               ? msg("« contains » ne s'applique qu'à une question à choix multiples",
                                     "'contains' only applies to a multiple-choice question")
                               : msg("« {} » est à choix multiples : utilisez « contains »",
                                     "'{}' is a multiple-choice question: use 'contains'", leaf.field));
      return false;
    }
    for (const auto& value : leaf.values) {
      auto value_mark = [&] { return offset_mark(pending, value.offset); };
      if (field->type == QuestionType::number && !value.number) {
        m_reader.error(value_mark(), msg("« {} » attend un nombre, pas « {} »", "'{}' expects a number, not '{}'", leaf.field,
                                       value.token));
        return false;
      }
      bool is_option = field->type == QuestionType::choice || field->type == QuestionType::multi;
      if (is_option && field->find_option(value.token) == nullptr) {
        m_reader.error(value_mark(), msg("« {} » n'a pas d'option « {} »", "'{}' has no option '{}'", leaf.field, value.token));
        return false;
      }
      if (field->type == QuestionType::yesno && value.token != "yes" && value.token != "no") {
        m_reader.error(value_mark(), msg("« {} » se compare à yes ou no, pas « {} »", "'{}' compares with yes or no, not '{}'",
                                       leaf.field, value.token));
        return false;
      }
    }
    return true;
  }

  void resolve_conditions() {
    for (size_t i = 0; i < m_q.question_count(); ++i) {
      Question& q = m_q.question(i);
      auto it = m_pending_when.find(i);
      if (it == m_pending_when.end()) continue;
      q.when = resolve(it->second, i, false);
    }
    for (const auto& [index, pending] : m_pending_eligible) {
      m_q.support[index].eligible = resolve(pending, m_q.profile.size(), true);
    }
    for (ConditionToResolve& c : m_plan_data.conditions()) {
      c.store(m_q, resolve({c.node, c.source}, m_q.profile.size(), true));
    }
  }

  void check_support_references() {
    for (const auto& [index, node] : m_support_theme_nodes) {
      const auto& themes = m_q.support[index].themes;
      for (size_t i = 0; i < themes.size() && i < node->items.size(); ++i) {
        if (m_q.find_theme(themes[i]) == nullptr) {
          m_reader.error(node->items[i]->mark, msg("thème « {} » inconnu", "unknown theme '{}'", themes[i]));
        }
      }
    }
    const Question* legal_form = m_q.field_with_role(Role::legal_form);
    for (const auto& [index, node] : m_support_form_nodes) {
      const auto& forms = m_q.support[index].legal_forms;
      for (size_t i = 0; i < forms.size() && i < node->items.size(); ++i) {
        if (legal_form == nullptr) {
          m_reader.error(node->mark, msg("« legal_forms » demande un champ de profil avec « role: legal_form »",
                                         "'legal_forms' needs a profile field with 'role: legal_form'"));
          break;
        }
        if (legal_form->find_option(forms[i]) == nullptr) {
          m_reader.error(node->items[i]->mark, msg("forme juridique « {} » inconnue", "unknown legal form '{}'", forms[i]));
        }
      }
    }
  }

  void check_roles() {
    std::set<Role> seen;
    for (size_t i = 0; i < m_q.question_count(); ++i) {
      const Question& q = m_q.question(i);
      if (q.role != Role::none && !seen.insert(q.role).second) {
        m_reader.error(q.mark, msg("ce rôle est déjà donné à une autre question",
                                   "this role is already given to another question"));
      }
    }
  }

  Reader m_reader;
  Questionnaire m_q;
  std::vector<Mark> m_level_marks;
  std::vector<const YamlNode*> m_themes_nodes;
  std::map<size_t, PendingCondition> m_pending_when;  // by global question index
  size_t m_questions_read = 0;
  std::vector<std::pair<size_t, PendingCondition>> m_pending_eligible;
  std::vector<std::pair<size_t, const YamlNode*>> m_support_theme_nodes;
  std::vector<std::pair<size_t, const YamlNode*>> m_support_form_nodes;
  std::map<std::string, Mark> m_action_marks;
  std::vector<Mark> m_support_marks;
  PlanDataReader m_plan_data{m_reader, m_q.languages};
};

}  // namespace

std::optional<Questionnaire> load_questionnaire(std::string_view text, Diagnostics& diagnostics) {
  YamlDocument doc(text, diagnostics);
  if (doc.root() == nullptr) return std::nullopt;
  return load_questionnaire(*doc.root(), diagnostics);
}

std::optional<Questionnaire> load_questionnaire(const YamlNode& root, Diagnostics& diagnostics) {
  return QuestionnaireLoader(diagnostics).load(root);
}

}  // namespace autodiag::load
