#include "batch/summary_evolution.h"

#include "report/numbers.h"
#include "util/escape.h"

#include <fmt/format.h>

namespace autodiag::batch {

std::string evolution_markdown(const model::Questionnaire& q, const cohort::Evolution& evolution, Lang lang,
                               size_t min_group) {
  using report::show_score;
  bool fr = lang == Lang::fr;
  std::string out = fmt::format("## {}\n\n", tr(lang, "Évolution depuis l'an dernier", "Compared with last year"));
  out += fmt::format(
      fmt::runtime(tr(lang,
                      "L'an dernier : {} structures. Suivies les deux années (même nom de structure) : {}. « Ont "
                      "progressé » : un score plus haut cette année, arrondis comme ils sont affichés.\n\n",
                      "Last year: {} organisations. Followed both years (same organisation name): {}. \"Progressed\": "
                      "a higher score this year, both rounded as shown.\n\n")),
      evolution.previous_organisations(), evolution.matched());
  out += fmt::format("| {} | {} | {} | {} | {} |\n|---|--:|--:|--:|--:|\n", tr(lang, "Thème", "Theme"),
                     tr(lang, "Moyenne l'an dernier", "Mean last year"), tr(lang, "Moyenne cette année", "Mean this year"),
                     tr(lang, "Suivies", "Followed"), tr(lang, "Ont progressé", "Progressed"));
  auto mean = [&](size_t count, double value) {
    return count == 0 ? std::string("–") : count < min_group ? std::string("s") : show_score(value);
  };
  for (const cohort::Evolution::Row& row : evolution.rows()) {
    std::string label = std::string(tr(lang, "**Ensemble**", "**Overall**"));
    if (!row.theme.empty()) {
      const model::Theme* theme = nullptr;
      for (const model::Theme& t : q.themes) {
        if (t.id == row.theme) theme = &t;
      }
      label = markdown_escape(theme->label().get(lang_code(lang), q.default_language()));
    }
    std::string progressed = row.followed == 0 ? "–"
                             : row.followed < min_group
                                 ? "s"
                                 : fmt::format("{} ({})", row.progressed,
                                               report::show_percent(static_cast<double>(row.progressed) /
                                                                        static_cast<double>(row.followed),
                                                                    fr));
    out += fmt::format("| {} | {} | {} | {} | {} |\n", label, mean(row.previous_count, row.previous_mean),
                       mean(row.current_count, row.current_mean), row.followed, progressed);
  }
  out += fmt::format(fmt::runtime(tr(lang, "\ns : moins de {} structures.\n\n", "\ns: fewer than {} organisations.\n\n")),
                     min_group);
  return out;
}

}  // namespace autodiag::batch
