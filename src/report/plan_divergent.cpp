#include "report/plan_divergent.h"

#include "model/respondent.h"
#include "report/plan_text.h"

#include <fmt/format.h>

#include <algorithm>

namespace autodiag::report {

namespace {

const model::Consensus* consensus_of(const PlanFacts& f) {
  const auto& c = f.response.response.consensus;
  return c ? &*c : nullptr;
}

// Divergent questions that exist and are asked of the organisation, most
// divergent first (the order consolidate wrote).
std::vector<const model::Question*> divergent_questions(const PlanFacts& f) {
  std::vector<const model::Question*> out;
  if (const model::Consensus* c = consensus_of(f)) {
    for (const std::string& id : c->divergent) {
      const model::Question* q = f.questionnaire.find_question(id);
      if (q && !q->is_profile() && f.response.answers.presence[q->index] == model::Presence::shown) out.push_back(q);
    }
  }
  return out;
}

std::string retained(const PlanFacts& f, const model::Question& q) {
  const model::Answer* a = f.response.answers.effective(q.index);
  return a ? answer_text(q, *a, f.lang, f.fallback) : f.say("sans réponse", "unanswered");
}

}  // namespace

bool is_divergent(const PlanFacts& f, const model::Question& q) {
  const model::Consensus* c = consensus_of(f);
  return c != nullptr && std::find(c->divergent.begin(), c->divergent.end(), q.id) != c->divergent.end();
}

nlohmann::json divergent_section(const PlanFacts& f) {
  std::vector<const model::Question*> questions = divergent_questions(f);
  // The plan reads theme by theme, like the rest of the document.
  std::sort(questions.begin(), questions.end(), [](auto* a, auto* b) { return a->index < b->index; });
  nlohmann::json out = nlohmann::json::array();
  for (const model::Question* q : questions) {
    out.push_back({{"question_id", q->id},
                   {"question", f.text(q->text)},
                   {"theme", f.text(f.questionnaire.themes[static_cast<size_t>(q->theme_index)].label())},
                   {"answer", retained(f, *q)}});
  }
  return out;
}

nlohmann::json consensus_section(const PlanFacts& f) {
  const model::Consensus* c = consensus_of(f);
  if (c == nullptr) return nlohmann::json();
  std::vector<std::string> groups;
  for (const auto& [id, people] : c->groups) {
    const model::GroupInfo* info = model::find_group(id);
    std::string_view label = info ? tr(f.lang, info->short_fr, info->short_en) : std::string_view(id);
    groups.push_back(fmt::format("{}{}{}", label, f.say(" : ", ": "), people));
  }
  return {{"respondents", std::to_string(c->respondents)}, {"groups_text", join_list(groups)}};
}

void add_divergent_debate(const PlanFacts& f, std::vector<std::string>& debate) {
  std::vector<const model::Question*> questions = divergent_questions(f);
  for (size_t i = 0; i < questions.size() && i < divergent_debate_count; ++i) {
    std::string question = quote(f.text(questions[i]->text), f.lang);
    debate.push_back(f.lang == Lang::fr
                         ? fmt::format("Nos avis différaient sur {} : qu'en pense l'assemblée ?", question)
                         : fmt::format("Our views differed on {}: what does the assembly think?", question));
  }
  if (questions.size() == divergent_debate_count + 1) {
    debate.push_back(f.say("Et un autre point de vue différent, listé ci-dessous : faut-il le reprendre ensemble ?",
                           "And one other difference of view, listed below: shall we take it up together?"));
  } else if (questions.size() > divergent_debate_count) {
    size_t others = questions.size() - divergent_debate_count;
    debate.push_back(f.lang == Lang::fr
                         ? fmt::format("Et {} autres points de vue différents, listés ci-dessous : lesquels reprendre "
                                       "ensemble ?",
                                       others)
                         : fmt::format("And {} other differences of view, listed below: which shall we take up "
                                       "together?",
                                       others));
  }
}

}  // namespace autodiag::report
