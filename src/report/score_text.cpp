#include "report/score_text.h"

#include "report/numbers.h"
#include "util/text_width.h"

#include <fmt/format.h>

#include <cmath>

namespace autodiag::report {

std::string score_bar(double score, size_t width, bool utf8) {
  // Eighths of a cell on UTF-8 terminals, whole cells in ASCII.
  static const char* partial[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  double cells = std::clamp(score, 0.0, 100.0) / 100.0 * static_cast<double>(width);
  std::string out;
  if (!utf8) {
    auto full = static_cast<size_t>(std::lround(cells));
    return std::string(full, '#') + std::string(width - full, '.');
  }
  auto eighths = static_cast<size_t>(std::lround(cells * 8));
  size_t full = eighths / 8;
  for (size_t i = 0; i < full; ++i) out += "█";
  size_t used = full;
  if (eighths % 8 != 0) {
    out += partial[eighths % 8];
    ++used;
  }
  for (; used < width; ++used) out += "░";
  return out;
}

std::string score_text(const model::Questionnaire& q, const model::Response& response, const score::Result& result,
                       const std::string& organisation, const TextStyle& style) {
  std::string lang(lang_code(style.lang));
  const std::string& fallback = q.default_language();
  bool fr = style.lang == Lang::fr;
  auto t = [&](const model::Text& text) { return text.get(lang, fallback); };
  // French typography puts a space before a colon; English does not.
  std::string_view colon = fr ? " : " : ": ";
  std::string out;
  std::string name = organisation.empty() ? std::string(tr(style.lang, "(organisation sans nom)", "(unnamed organisation)"))
                                          : organisation;
  out += fmt::format("{} — {} {}\n", name, t(q.title), q.version.text);
  out += fmt::format("{}{}{} · {}{}{}\n", tr(style.lang, "Statut", "Status"), colon,
                     response.status == model::Status::complete ? tr(style.lang, "terminé", "complete")
                                                                : tr(style.lang, "en cours", "in progress"),
                     tr(style.lang, "réponses", "answered"), colon, show_percent(result.completion, fr));
  constexpr size_t title_width = 34;
  constexpr size_t bar_width = 20;
  out += '\n';
  if (result.scored) {
    out += fmt::format("{} {:>3}/100  {}  {}\n", fit(tr(style.lang, "Ensemble", "Overall"), title_width),
                       show_score(result.overall), score_bar(result.overall, bar_width, style.utf8),
                       result.level ? t(result.level->label) : "");
  } else {
    out += fmt::format("{} {}\n", fit(tr(style.lang, "Ensemble", "Overall"), title_width),
                       tr(style.lang, "pas encore de score (aucune réponse notée)", "no score yet (no scored answer)"));
  }
  out += '\n';
  for (const score::ThemeScore& theme : result.themes) {
    std::string title = fit(t(theme.theme->label()), title_width);
    if (!theme.addressed) {
      out += fmt::format("{}   —  {}\n", title, tr(style.lang, "non abordé cette année", "not addressed this year"));
      continue;
    }
    if (!theme.scored) {
      out += fmt::format("{}   —  {}\n", title, tr(style.lang, "pas de réponse notée", "no scored answer"));
      continue;
    }
    std::string details = fmt::format("{}/{} {}", theme.counts.answered, theme.counts.total,
                                      tr(style.lang, "questions", "questions"));
    if (theme.counts.not_applicable > 0) details += fmt::format(", {} {}", theme.counts.not_applicable, tr(style.lang, "non concernée(s)", "N/A"));
    if (theme.counts.hidden > 0) details += fmt::format(", {} {}", theme.counts.hidden, tr(style.lang, "sans objet pour vous", "not asked"));
    if (theme.counts.unanswered > 0) details += fmt::format(", {} {}", theme.counts.unanswered, tr(style.lang, "sans réponse", "unanswered"));
    out += fmt::format("{} {:>3}/100  {}  {}  ({})\n", title, show_score(theme.score),
                       score_bar(theme.score, bar_width, style.utf8), theme.level ? t(theme.level->label) : "", details);
    for (const auto& [label, target] : {std::pair{tr(style.lang, "objectif à 1 an", "1-year target"), theme.one_year},
                                        std::pair{tr(style.lang, "objectif à 3 ans", "3-year target"), theme.three_years}}) {
      if (!target) continue;
      out += fmt::format("{} {} {}{}{} {}\n", std::string(title_width, ' '), label, show_score(target->target), colon,
                         target->gap > 0 ? fmt::format("{} {}", tr(style.lang, "encore", "still"), show_score(target->gap))
                                         : std::string(tr(style.lang, "atteint", "reached")),
                         fmt::format("({} {})", show_percent(target->percent_of_target / 100, fr), tr(style.lang, "de l'objectif", "of target")));
    }
  }
  if (!result.missing_required.empty()) {
    out += fmt::format("\n{} ", tr(style.lang, "Questions obligatoires sans réponse :", "Required questions unanswered:"));
    for (size_t i = 0; i < result.missing_required.size(); ++i) {
      out += (i ? ", " : "") + result.missing_required[i]->id;
    }
    out += '\n';
  }
  return out;
}

}  // namespace autodiag::report
