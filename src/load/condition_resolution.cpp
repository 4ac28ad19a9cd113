#include "load/condition_parser.h"
#include "load/questionnaire_loader_impl.h"

namespace autodiag::load {

using model::Condition;
using model::Question;
using model::QuestionType;

// The offset counts in the condition's text, which may be quoted, escaped
// or spread over several lines in the file.
Mark QuestionnaireLoader::offset_mark(const PendingCondition& pending, size_t offset) { return mark_at(*pending.node, offset); }

// Parses a condition and checks each field it names: known, declared
// before `limit` (a global question index), and compared with values that
// fit its type.
std::optional<Condition> QuestionnaireLoader::resolve(const PendingCondition& pending, size_t limit, bool profile_only) {
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

bool QuestionnaireLoader::check_leaf(Condition& leaf, const PendingCondition& pending, size_t limit, bool profile_only) {
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

void QuestionnaireLoader::resolve_conditions() {
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

}  // namespace autodiag::load
