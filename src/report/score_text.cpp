#include "report/score_text.h"

#include "report/numbers.h"
#include "report/plan_text.h"
#include "util/text_width.h"
#include "util/wrap.h"

#include <fmt/format.h>

#include <algorithm>
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

namespace {

constexpr size_t default_width = 78;

// "1 non concernée", "2 non concernées".
std::string counted(size_t n, Lang lang, std::string_view fr_one, std::string_view fr_many, std::string_view en) {
  return fmt::format("{} {}", n, tr(lang, n == 1 ? fr_one : fr_many, en));
}

std::string details_of(const score::ThemeScore& theme, Lang lang) {
  std::string details = fmt::format("{}/{} {}", theme.counts.answered, theme.counts.total,
                                    tr(lang, theme.counts.total == 1 ? "question" : "questions",
                                       theme.counts.total == 1 ? "question" : "questions"));
  if (theme.counts.not_applicable > 0) {
    details += ", " + counted(theme.counts.not_applicable, lang, "non concernée", "non concernées", "N/A");
  }
  if (theme.counts.hidden > 0) details += ", " + counted(theme.counts.hidden, lang, "sans objet pour vous", "sans objet pour vous", "not asked");
  if (theme.counts.not_asked > 0) {
    details += ", " + counted(theme.counts.not_asked, lang, "non posée (parcours court)", "non posées (parcours court)",
                              "left off the short path");
  }
  if (theme.counts.unanswered > 0) details += ", " + counted(theme.counts.unanswered, lang, "sans réponse", "sans réponse", "unanswered");
  if (theme.fragile) details += tr(lang, " ; indication fragile, hors de l'ensemble", "; a fragile indication, left out of the overall");
  return details;
}

}  // namespace

std::string score_text(const model::Questionnaire& q, const model::Response& response, const score::Result& result,
                       const std::string& organisation, const TextStyle& style) {
  std::string lang(lang_code(style.lang));
  const std::string& fallback = q.default_language();
  bool fr = style.lang == Lang::fr;
  auto t = [&](const model::Text& text) { return text.get(lang, fallback); };
  // French typography puts a space before a colon; English does not.
  std::string_view colon = fr ? " : " : ": ";
  size_t width = style.width == 0 ? default_width : std::min(style.width, default_width);
  // Sentences are wrapped to the terminal; in plain mode on a pipe they stay whole.
  size_t wrap_width = style.bars || style.width > 0 ? width : 0;
  std::string out;
  auto add = [&](const std::string& line, size_t hang = 0) { out += wrap_text(line, wrap_width, hang) + '\n'; };
  std::string name = organisation.empty() ? std::string(tr(style.lang, "(organisation sans nom)", "(unnamed organisation)"))
                                          : organisation;
  add(fmt::format("{} — {} {}", name, t(q.title), q.version.text));
  add(fmt::format("{}{}{} · {}{}{}", tr(style.lang, "Statut", "Status"), colon,
                  status_text(response, style.lang),
                  tr(style.lang, "réponses", "answered"), colon, show_percent(result.completion, fr)));
  out += '\n';

  // The columns: every title in full, then the score, the bar and the level.
  // The bar takes what is left (at most 20 cells); under 6 it goes, and a
  // title too long for the line gets a line of its own.
  std::string overall_label(tr(style.lang, "Ensemble", "Overall"));
  size_t title_width = display_width(overall_label);
  size_t level_width = 0;
  for (const score::ThemeScore& theme : result.themes) title_width = std::max(title_width, display_width(t(theme.theme->label())));
  for (const model::Level& level : q.levels) level_width = std::max(level_width, display_width(t(level.label)));
  constexpr size_t score_width = 7;  // " 44/100"
  size_t fixed = score_width + 2 + 2 + level_width;
  constexpr size_t indent = 4;
  bool title_alone = title_width + score_width + 2 + level_width > width;
  size_t before_bar = title_alone ? indent : title_width;
  size_t bar_width = width > before_bar + fixed ? std::min<size_t>(20, width - before_bar - fixed) : 0;
  if (bar_width < 6) bar_width = 0;

  auto score_row = [&](const std::string& title, double score, const model::Level* level) {
    std::string level_text = level != nullptr ? t(level->label) : "";
    if (!style.bars) {
      add(fmt::format("{}{}{} {} 100, {}", title, colon, show_score(score), tr(style.lang, "sur", "out of"), level_text),
          indent);
      return;
    }
    std::string figures = fmt::format("{:>3}/100", show_score(score));
    if (bar_width > 0) figures += "  " + score_bar(score, bar_width, style.utf8);
    figures += "  " + level_text;
    if (title_alone) {
      add(title, indent);
      out += std::string(indent - 1, ' ') + figures + '\n';
    } else {
      out += fit(title, title_width) + " " + figures + '\n';
    }
  };
  auto note_row = [&](const std::string& title, std::string_view note) {
    if (!style.bars || title_alone) {
      add(fmt::format("{}{}{}", title, colon, note), indent);
    } else {
      add(fit(title, title_width) + "   —  " + std::string(note), title_width + 1);
    }
  };

  if (result.scored) {
    score_row(overall_label, result.overall, result.level);
  } else {
    note_row(overall_label, tr(style.lang, "pas encore de score (aucune réponse notée)", "no score yet (no scored answer)"));
  }
  out += '\n';
  for (const score::ThemeScore& theme : result.themes) {
    std::string title = t(theme.theme->label());
    if (!theme.addressed) {
      note_row(title, tr(style.lang, "non abordé cette année", "not addressed this year"));
      continue;
    }
    if (!theme.scored) {
      note_row(title, tr(style.lang, "pas de réponse notée", "no scored answer"));
      continue;
    }
    score_row(title, theme.score, theme.level);
    add(std::string(indent, ' ') + details_of(theme, style.lang), indent);
    for (const auto& [label, target] : {std::pair{tr(style.lang, "objectif à 1 an", "1-year target"), theme.one_year},
                                        std::pair{tr(style.lang, "objectif à 3 ans", "3-year target"), theme.three_years}}) {
      if (!target) continue;
      add(fmt::format("{}{} {}{}{} {}", std::string(indent, ' '), label, show_score(target->target), colon,
                      target->gap > 0 ? fmt::format("{} {}", tr(style.lang, "encore", "still"), show_score(target->gap))
                                      : std::string(tr(style.lang, "atteint", "reached")),
                      fmt::format("({} {})", show_percent(target->percent_of_target / 100, fr),
                                  tr(style.lang, "de l'objectif", "of target"))),
          indent);
    }
  }
  if (!result.missing_required.empty()) {
    std::string missing(tr(style.lang, "Questions obligatoires sans réponse :", "Required questions unanswered:"));
    for (size_t i = 0; i < result.missing_required.size(); ++i) {
      missing += (i ? ", " : " ") + result.missing_required[i]->id;
    }
    out += '\n';
    add(missing, indent);
  }
  return out;
}

}  // namespace autodiag::report
