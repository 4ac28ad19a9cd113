#include "load/plan_data_loader.h"

#include <algorithm>
#include <set>

namespace autodiag::load {

using model::QuestionType;
using model::Text;

Text PlanDataReader::text(const YamlNode& node, std::string_view key) {
  Text t = m_reader.text(node, key);
  for (const std::string& lang : m_languages) {
    if (!t.empty() && !t.has(lang)) {
      m_reader.warning(node.mark, msg("traduction « {} » absente pour « {} »", "missing '{}' translation for '{}'",
                                      lang, key));
    }
  }
  return t;
}

void PlanDataReader::remember_worded(const YamlNode& node) {
  if (node.is_scalar()) {
    m_worded.push_back(&node);
    return;
  }
  for (const auto& [key, value] : node.entries) {
    if (value->is_scalar()) m_worded.push_back(value);
  }
}

ActionEntry PlanDataReader::read_action(const YamlNode& node) {
  ActionEntry entry;
  if (!node.is_map()) {
    entry.action = text(node, "actions");
    remember_worded(node);
    return entry;
  }
  for (const auto& [key, value] : node.entries) {
    if (key->is_scalar() && key->value == "objective") {
      entry.objective = text(*value, "objective");
      remember_worded(*value);
      continue;
    }
    if (value->is_scalar()) m_worded.push_back(value);
    if (!key->is_scalar() || key->value.size() < 2 || key->value.size() > 8 ||
        !std::all_of(key->value.begin(), key->value.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      m_reader.error(key->mark, msg("code de langue invalide dans « actions » (ou « objective »)",
                                    "invalid language code in 'actions' (or 'objective')"));
      continue;
    }
    if (auto s = m_reader.string(*value, "actions")) entry.action.set(key->value, *s);
  }
  for (const std::string& lang : m_languages) {
    if (!entry.action.empty() && !entry.action.has(lang)) {
      m_reader.warning(node.mark, msg("traduction « {} » absente pour « {} »", "missing '{}' translation for '{}'",
                                      lang, "actions"));
    }
  }
  if (entry.action.empty()) m_reader.error(node.mark, msg("action sans texte", "action without a text"));
  return entry;
}

void PlanDataReader::read_terms(const YamlNode& node, model::Questionnaire& q) {
  if (!m_reader.expect(node, YamlNode::Kind::map, "terms")) return;
  for (const auto& [id, variants] : node.entries) read_term(*id, *variants, q);
}

void PlanDataReader::read_term(const YamlNode& id_node, const YamlNode& variants, model::Questionnaire& q) {
  auto id = m_reader.id(id_node, "terms");
  if (!id) return;
  if (q.find_term(*id) != nullptr) {
    m_reader.error(id_node.mark, msg("terme « {} » en double", "duplicate term '{}'", *id));
    return;
  }
  if (!m_reader.expect(variants, YamlNode::Kind::sequence, *id)) return;
  model::Term term{*id, {}, id_node.mark};
  size_t term_index = q.terms.size();
  for (size_t i = 0; i < variants.items.size(); ++i) {
    const YamlNode& item = *variants.items[i];
    if (!m_reader.expect(item, YamlNode::Kind::map, *id)) continue;
    MapReader map(m_reader, item);
    model::TermVariant variant;
    bool last = i + 1 == variants.items.size();
    const YamlNode* when = map.optional("when");
    if (when != nullptr) {
      if (auto source = m_reader.string(*when, "when")) {
        variant.when_source = *source;
        size_t variant_index = term.variants.size();
        m_conditions.push_back({when, *source, [term_index, variant_index](model::Questionnaire& qn, auto c) {
                                  qn.terms[term_index].variants[variant_index].when = std::move(c);
                                }});
      }
    }
    if (last && when != nullptr) {
      m_reader.error(item.mark, msg("le terme « {} » doit finir par un texte sans « when » (le cas par défaut)",
                                    "term '{}' must end with a text without 'when' (the default)", *id));
    } else if (!last && when == nullptr) {
      m_reader.error(item.mark, msg("terme « {} » : seul le dernier texte peut se passer de « when »",
                                    "term '{}': only the last text may go without 'when'", *id));
    }
    // An empty text is a word left out ("" for "et les salariés" without employees).
    if (const YamlNode* n = map.required("text")) variant.text = text(*n, "text");
    map.finish();
    term.variants.push_back(std::move(variant));
  }
  if (variants.items.empty()) m_reader.error(variants.mark, msg("terme « {} » sans texte", "term '{}' has no text", *id));
  q.terms.push_back(std::move(term));
}

void PlanDataReader::read_obligations(const YamlNode& node, model::Questionnaire& q) {
  if (!m_reader.expect(node, YamlNode::Kind::sequence, "obligations")) return;
  for (const YamlNode* item : node.items) {
    if (m_reader.expect(*item, YamlNode::Kind::map, "obligations")) read_obligation(*item, q);
  }
}

void PlanDataReader::read_obligation(const YamlNode& node, model::Questionnaire& q) {
  MapReader map(m_reader, node);
  model::Obligation o;
  o.mark = node.mark;
  if (const YamlNode* n = map.required("id")) o.id = m_reader.id(*n, "id").value_or("");
  if (const YamlNode* n = map.optional("applies_when")) {
    if (auto source = m_reader.string(*n, "applies_when")) {
      o.applies_source = *source;
      size_t index = q.obligations.size();
      m_conditions.push_back({n, *source, [index](model::Questionnaire& qn, auto c) {
                                qn.obligations[index].applies_when = std::move(c);
                              }});
    }
  }
  const YamlNode* question = map.optional("question");
  if (question != nullptr) o.question = m_reader.id(*question, "question").value_or("");
  const YamlNode* met = map.optional("met");
  if (met != nullptr && met->is_map()) {
    read_met_range(*met, o);
  } else if (met != nullptr) {
    o.met = m_reader.id_list(*met, "met");
  }
  if ((question == nullptr) != (met == nullptr)) {
    m_reader.error(node.mark, msg("« question » et « met » vont ensemble : la question, et les réponses qui "
                                  "remplissent l'obligation",
                                  "'question' and 'met' go together: the question, and the answers that meet the "
                                  "obligation"));
  }
  if (const YamlNode* n = map.required("text")) o.text = text(*n, "text");
  if (const YamlNode* n = map.optional("detail")) o.detail = text(*n, "detail");
  if (const YamlNode* n = map.required("source")) o.source = m_reader.string(*n, "source").value_or("");
  map.finish();
  m_obligation_questions.push_back(question);
  m_obligation_met.push_back(met);
  q.obligations.push_back(std::move(o));
}

// A placeholder names a term of `terms`, one that is never empty: "Invitez
// quelques {{users}}" must read as a sentence for every profile.
void PlanDataReader::check_placeholders(const model::Questionnaire& q) {
  for (const YamlNode* node : m_worded) {
    const std::string& text = node->value;
    for (size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", open + 2)) {
      size_t close = text.find("}}", open + 2);
      if (close == std::string::npos) {
        m_reader.error(mark_at(*node, open), msg("« {{{{ » sans « }}}} » : un mot du profil s'écrit {{{{identifiant}}}}",
                                                 "'{{{{' without '}}}}': a profile word is written {{{{id}}}}"));
        break;
      }
      std::string id = text.substr(open + 2, close - open - 2);
      const model::Term* term = q.find_term(id);
      if (term == nullptr) {
        std::string known;
        for (const model::Term& t : q.terms) known += (known.empty() ? "" : ", ") + t.id;
        m_reader.error(mark_at(*node, open + 2),
                       msg("terme « {} » inconnu (déclarés dans « terms » : {})",
                           "unknown term '{}' (declared in 'terms': {})", id, known.empty() ? "-" : known));
        continue;
      }
      for (const model::TermVariant& v : term->variants) {
        bool empty = v.text.empty() || std::any_of(v.text.entries().begin(), v.text.entries().end(),
                                                   [](const auto& entry) { return entry.second.empty(); });
        if (!empty) continue;
        m_reader.error(mark_at(*node, open + 2),
                       msg("le terme « {} » est vide pour certains profils (ligne {}) : il ne peut pas servir dans une "
                           "phrase",
                           "term '{}' is empty for some profiles (line {}): it cannot be used in a sentence", id,
                           term->mark.line));
        break;
      }
    }
  }
}

// A quota is met by a number: `met: {min: 40, max: 60}`, bounds included,
// either one may be left out.
void PlanDataReader::read_met_range(const YamlNode& node, model::Obligation& o) {
  MapReader map(m_reader, node);
  if (const YamlNode* n = map.optional("min")) o.met_min = m_reader.number(*n, "min");
  if (const YamlNode* n = map.optional("max")) o.met_max = m_reader.number(*n, "max");
  map.finish();
  if (!o.met_min && !o.met_max) {
    m_reader.error(node.mark, msg("« met » attend « min », « max » ou les deux (ex. {{min: 40}})",
                                  "'met' expects 'min', 'max' or both (e.g. {{min: 40}})"));
  } else if (o.met_min && o.met_max && *o.met_min > *o.met_max) {
    m_reader.error(node.mark, msg("« met » : « min » ({}) est plus grand que « max » ({})",
                                  "'met': 'min' ({}) is greater than 'max' ({})", format_number(*o.met_min),
                                  format_number(*o.met_max)));
  }
}

void PlanDataReader::check_obligations(model::Questionnaire& q) {
  std::set<std::string> ids;
  for (size_t i = 0; i < q.obligations.size(); ++i) {
    const model::Obligation& o = q.obligations[i];
    if (!o.id.empty() && !ids.insert(o.id).second) {
      m_reader.error(o.mark, msg("obligation « {} » en double", "duplicate obligation '{}'", o.id));
    }
    if (o.question.empty()) continue;
    const model::Question* found = q.find_question(o.question);
    if (found == nullptr) {
      m_reader.error(m_obligation_questions[i]->mark,
                     msg("question « {} » inconnue", "unknown question '{}'", o.question));
      continue;
    }
    const YamlNode* met = m_obligation_met[i];
    bool by_range = met != nullptr && met->is_map();
    bool by_option = found->type == QuestionType::choice || found->type == QuestionType::multi;
    if (found->type == QuestionType::number) {
      if (!by_range) {
        m_reader.error(met != nullptr ? met->mark : o.mark,
                       msg("« {} » est une question numérique : « met » donne les bornes qui remplissent "
                           "l'obligation, ex. {{min: 40}}",
                           "'{}' is a number question: 'met' gives the bounds that meet the obligation, e.g. "
                           "{{min: 40}}",
                           o.question));
        continue;
      }
      q.question(found->index).obligation = true;
      continue;
    }
    if (!by_option && found->type != QuestionType::yesno) {
      m_reader.error(m_obligation_questions[i]->mark,
                     msg("« {} » doit être une question à choix, oui/non ou numérique pour dire si l'obligation "
                         "est remplie",
                         "'{}' must be a choice, yes/no or number question to tell whether the obligation is met",
                         o.question));
      continue;
    }
    if (by_range) {
      m_reader.error(met->mark, msg("« met » sous la forme {{min, max}} ne va qu'avec une question numérique ; "
                                    "pour « {} », donnez la liste des réponses",
                                    "'met' as {{min, max}} only goes with a number question; for '{}', list the "
                                    "answers",
                                    o.question));
      continue;
    }
    for (size_t k = 0; k < o.met.size() && met != nullptr && k < met->items.size(); ++k) {
      bool known = by_option ? found->find_option(o.met[k]) != nullptr : o.met[k] == "yes" || o.met[k] == "no";
      if (!known) {
        m_reader.error(met->items[k]->mark, msg("« {} » n'a pas de réponse « {} »", "'{}' has no answer '{}'",
                                                o.question, o.met[k]));
      }
    }
    q.question(found->index).obligation = true;
  }
}

}  // namespace autodiag::load
