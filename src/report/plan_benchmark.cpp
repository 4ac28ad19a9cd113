#include "report/numbers.h"
#include "report/plan_facts.h"
#include "report/plan_text.h"

#include <fmt/format.h>

namespace autodiag::report {

nlohmann::json benchmark_section(const PlanFacts& f) {
  const Benchmark* b = f.request.benchmark;
  if (b == nullptr) return {{"given", false}};
  using Position = Benchmark::Position;
  nlohmann::json themes = nlohmann::json::array();
  for (const Benchmark::Theme& t : b->themes) {
    const score::ThemeScore& mine = f.result.themes[t.theme];
    std::string position;
    switch (t.position) {
      case Position::below: position = f.say("plus bas que les trois quarts d'entre elles", "lower than three quarters of them"); break;
      case Position::middle: position = f.say("dans la moitié du milieu", "in the middle half"); break;
      case Position::above: position = f.say("plus haut que les trois quarts d'entre elles", "higher than three quarters of them"); break;
      case Position::too_few: position = f.say("trop peu d'entre elles ont traité ce thème", "too few of them addressed this theme"); break;
    }
    std::string range = t.position == Position::too_few
                            ? "—"
                            : fmt::format(fmt::runtime(f.say("de {} à {}", "{} to {}")), show_score(t.q1), show_score(t.q3));
    themes.push_back({{"theme", f.text(mine.theme->label())}, {"score", show_score(mine.score)}, {"position", position},
                      {"range", range}});
  }
  nlohmann::json questions = nlohmann::json::array();
  for (const Benchmark::Question& q : b->questions) {
    const model::Question& question = f.questionnaire.question(q.question);
    questions.push_back(
        {{"question", f.text(question.text)},
         {"theme", f.text(f.questionnaire.themes[static_cast<size_t>(question.theme_index)].label())},
         {"share", fmt::format(fmt::runtime(f.say("{} sur {} y obtiennent plus de points que nous",
                                                  "{} out of {} get more of its points than we do")),
                               q.better, q.peers)}});
  }
  std::string peers = b->peers.in(f.lang);
  return {{"given", true},
          {"intro", fmt::format(fmt::runtime(f.say(
                                    "Nous avons comparé nos scores à ceux de {} structures {} qui ont répondu au même "
                                    "questionnaire. Ce n'est pas un classement : c'est un repère pour choisir où porter "
                                    "nos efforts.",
                                    "We compared our scores with those of {} organisations {} that answered the same "
                                    "questionnaire. This is not a ranking: it is a landmark to choose where to put our "
                                    "efforts.")),
                                b->count, peers)},
          {"themes", themes},
          {"questions", questions},
          {"has_questions", !questions.empty()},
          {"note", fmt::format(fmt::runtime(f.say("« La moitié du milieu » : entre le quart le plus bas et le quart le "
                                                  "plus haut des structures comparables. Aucun chiffre ici ne porte sur "
                                                  "moins de {} structures.",
                                                  "\"The middle half\": between the lowest quarter and the highest quarter "
                                                  "of the comparable organisations. No figure here covers fewer than {} "
                                                  "organisations.")),
                               b->min_group)}};
}

}  // namespace autodiag::report
