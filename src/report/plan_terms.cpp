#include "report/plan_facts.h"
#include "report/plan_objectives.h"
#include "report/plan_text.h"

namespace autodiag::report {

namespace {

struct DefaultTerm {
  std::string_view id;
  std::string_view fr;
  std::string_view en;
};

// For a questionnaire without `terms`: the plainest words, true of any
// organisation. The bundled questionnaire says better for each profile.
constexpr DefaultTerm defaults[] = {
    {"assembly", "assemblée générale", "general meeting"},
    {"the_assembly", "l'assemblée générale", "the general meeting"},
    {"to_the_assembly", "à l'assemblée générale", "to the general meeting"},
    {"governing_body", "le conseil", "the board"},
    {"members", "les membres", "the members"},
    {"volunteers", "", ""},
    {"employees", "", ""},
    {"people_served", "", ""},
    {"users", "usagers", "users"},
    {"inform_employees", "", ""},
};

}  // namespace

const std::vector<std::string>& plan_term_ids() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> out;
    for (const DefaultTerm& d : defaults) out.emplace_back(d.id);
    return out;
  }();
  return ids;
}

std::map<std::string, std::string> resolve_terms(const PlanFacts& f) {
  std::map<std::string, std::string> out;
  for (const DefaultTerm& d : defaults) out[std::string(d.id)] = f.say(d.fr, d.en);
  const model::AnswerSet& answers = f.response.answers;
  auto lookup = [&answers](size_t index) { return answers.effective(index); };
  for (const model::Term& term : f.questionnaire.terms) {
    for (const model::TermVariant& v : term.variants) {
      if (v.when && !model::evaluate(*v.when, lookup)) continue;
      out[term.id] = f.text(v.text);
      break;
    }
  }
  return out;
}

std::string PlanFacts::worded(const model::Text& t) const { return worded(text(t)); }

std::string PlanFacts::worded(const std::string& text) const {
  std::string out;
  size_t from = 0;
  for (size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", from)) {
    size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    auto it = terms.find(text.substr(open + 2, close - open - 2));
    out.append(text, from, open - from);
    // The loader refuses an unknown term; a text from elsewhere keeps it as written.
    out += it == terms.end() ? text.substr(open, close + 2 - open) : it->second;
    from = close + 2;
  }
  return out + text.substr(from);
}

std::string statement_of(const PlanFacts& f, const score::QuestionScore& s) {
  // A consolidated response's comments are several people's remarks, some
  // of them disagreeing: not a statement of the organisation.
  std::string comment = f.response.response.consensus ? std::string() : f.comment(*s.question);
  if (!comment.empty()) return comment;
  if (const model::Text* statement = reached_statement(*s.question, s.points)) {
    return capitalized(f.worded(*statement)) + ".";
  }
  return f.text(s.question->text) + " — " + answer_text(*s.question, *s.answer, f.lang, f.fallback);
}

}  // namespace autodiag::report
