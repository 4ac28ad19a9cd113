#include "report/compare.h"

#include "report/numbers.h"
#include "report/plan_text.h"
#include "util/text_width.h"

#include <fmt/format.h>

namespace autodiag::report {

namespace {

// Right-aligned in the width of "Before"/"Après" columns.
std::string right(std::string_view text) {
  size_t width = display_width(text);
  return std::string(width < 6 ? 6 - width : 0, ' ') + std::string(text);
}

std::string shown(const std::optional<double>& score) { return score ? show_score(*score) : "—"; }

std::string delta_of(const std::optional<double>& before, const std::optional<double>& after) {
  return before && after ? signed_delta(*after - *before) : "";
}

std::string answer_of(const score::QuestionScore& s, const std::string& lang, const std::string& fallback) {
  return s.answer ? answer_text(*s.question, *s.answer, lang == "en" ? Lang::en : Lang::fr, fallback) : "—";
}

nlohmann::json exact(const std::optional<double>& score) { return score ? nlohmann::json(*score) : nlohmann::json(); }

nlohmann::json changes_json(const std::vector<AnswerChange>& changes, const std::string& lang,
                            const std::string& fallback) {
  nlohmann::json out = nlohmann::json::array();
  for (const AnswerChange& c : changes) {
    out.push_back({{"theme", c.theme->label().get(lang, fallback)},
                   {"question_id", c.after->question->id},
                   {"question", c.after->question->text.get(lang, fallback)},
                   {"before", answer_of(*c.before, lang, fallback)},
                   {"after", answer_of(*c.after, lang, fallback)}});
  }
  return out;
}

void changes_text(std::string& out, std::string_view title, const std::vector<AnswerChange>& changes, Lang lang,
                  const std::string& fallback) {
  if (changes.empty()) return;
  std::string code(lang_code(lang));
  out += fmt::format("\n{} ({}){}\n", title, changes.size(), tr(lang, " :", ":"));
  for (const AnswerChange& c : changes) {
    out += fmt::format("  - {} — {}\n    {} → {}\n", c.theme->label().get(code, fallback),
                       c.after->question->text.get(code, fallback), answer_of(*c.before, code, fallback),
                       answer_of(*c.after, code, fallback));
  }
}

}  // namespace

nlohmann::json evolution_json(const Evolution& e, const model::Response& before, const model::Response& after,
                              Lang lang, const std::string& fallback) {
  std::string code(lang_code(lang));
  nlohmann::json themes = nlohmann::json::array();
  for (const ThemeEvolution& t : e.themes) {
    themes.push_back({{"id", t.theme->id},
                      {"label", t.theme->label().get(code, fallback)},
                      {"before", shown(t.before)},
                      {"after", shown(t.after)},
                      {"delta", delta_of(t.before, t.after)},
                      {"before_exact", exact(t.before)},
                      {"after_exact", exact(t.after)}});
  }
  return {{"before_date", long_date(before.updated, lang)},
          {"after_date", long_date(after.updated, lang)},
          {"overall", {{"before", shown(e.overall_before)},
                       {"after", shown(e.overall_after)},
                       {"delta", delta_of(e.overall_before, e.overall_after)},
                       {"before_exact", exact(e.overall_before)},
                       {"after_exact", exact(e.overall_after)}}},
          {"themes", themes},
          {"closed", changes_json(e.closed, code, fallback)},
          {"improved", changes_json(e.improved, code, fallback)},
          {"regressions", changes_json(e.regressions, code, fallback)}};
}

std::string evolution_text(const Evolution& e, const model::Response& before, const model::Response& after, Lang lang,
                           const std::string& fallback) {
  std::string code(lang_code(lang));
  std::string out;
  if (!before.updated.empty() && !after.updated.empty()) {
    out += fmt::format("{} {} → {}\n", tr(lang, "Évolution :", "Change:"), long_date(before.updated, lang),
                       long_date(after.updated, lang));
  }
  out += fmt::format("{} {} → {}", tr(lang, "Score d'ensemble :", "Overall score:"), shown(e.overall_before),
                     shown(e.overall_after));
  std::string overall_delta = delta_of(e.overall_before, e.overall_after);
  out += overall_delta.empty() ? "\n\n" : fmt::format(" ({})\n\n", overall_delta);
  size_t width = display_width(tr(lang, "Thème", "Theme"));
  for (const ThemeEvolution& t : e.themes) width = std::max(width, display_width(t.theme->label().get(code, fallback)));
  out += fmt::format("{}  {}  {}  {}\n", fit(tr(lang, "Thème", "Theme"), width), right(tr(lang, "Avant", "Before")),
                     right(tr(lang, "Après", "After")), tr(lang, "Évolution", "Change"));
  for (const ThemeEvolution& t : e.themes) {
    std::string line = fmt::format("{}  {}  {}  {}", fit(t.theme->label().get(code, fallback), width),
                                   right(shown(t.before)), right(shown(t.after)), delta_of(t.before, t.after));
    out += line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
  }
  changes_text(out, tr(lang, "Écarts comblés", "Gaps closed"), e.closed, lang, fallback);
  changes_text(out, tr(lang, "Progrès", "Improvements"), e.improved, lang, fallback);
  changes_text(out, tr(lang, "Reculs", "Regressions"), e.regressions, lang, fallback);
  if (e.closed.empty() && e.improved.empty() && e.regressions.empty()) {
    out += fmt::format("\n{}\n", tr(lang, "Aucune réponse n'a changé de niveau.", "No answer changed level."));
  }
  return out;
}

}  // namespace autodiag::report
