#include "load/questionnaire_loader_impl.h"

#include <algorithm>
#include <map>

namespace autodiag::load {

using model::Band;
using model::Option;
using model::Question;
using model::QuestionType;
using model::Questionnaire;
using model::Role;

std::vector<Option> QuestionnaireLoader::read_options(const YamlNode& node, bool scored, bool allow_region) {
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

std::optional<Question> QuestionnaireLoader::read_question(const YamlNode& node, int theme_index) {
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

void QuestionnaireLoader::read_role(MapReader& map, Question& q) {
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

void QuestionnaireLoader::read_type_specific(MapReader& map, Question& q, bool profile) {
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

void QuestionnaireLoader::read_yesno_scores(const YamlNode& node, Question& q) {
  if (!m_reader.expect(node, YamlNode::Kind::map, "scores")) return;
  MapReader map(m_reader, node);
  if (const YamlNode* n = map.required("yes")) q.yes_score = m_reader.number(*n, "yes").value_or(1);
  if (const YamlNode* n = map.required("no")) q.no_score = m_reader.number(*n, "no").value_or(0);
  if (q.yes_score < 0 || q.no_score < 0) m_reader.error(node.mark, msg("un score ne peut pas être négatif", "a score cannot be negative"));
  map.finish();
}

void QuestionnaireLoader::read_number_spec(MapReader& map, Question& q, bool profile) {
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

void QuestionnaireLoader::read_actions(const YamlNode& node, Question& q) {
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

}  // namespace autodiag::load
