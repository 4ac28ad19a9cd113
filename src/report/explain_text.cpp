#include "report/explain_text.h"

#include <algorithm>

#include "load/reader.h"
#include "report/numbers.h"

#include <fmt/format.h>

namespace autodiag::report {

namespace {

// Intermediate values keep two decimals so that the sums can be redone by
// hand; only the final score is rounded, with the rule of numbers.h.
std::string decimal(double value, Lang lang) {
  std::string text = fmt::format("{:.2f}", value);
  if (lang == Lang::fr) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string quoted(std::string_view text, Lang lang) {
  return lang == Lang::fr ? fmt::format("« {} »", text) : fmt::format("\"{}\"", text);
}

std::string exclusion_reason(const score::QuestionScore& s, Lang lang) {
  switch (s.exclusion) {
    case score::Exclusion::not_applicable:
      return std::string(tr(lang, "non concernée (N/A) : hors du maximum atteignable", "not applicable: outside the achievable maximum"));
    case score::Exclusion::hidden:
      return fmt::format("{} {} {}", tr(lang, "pas posée : la condition", "not asked: the condition"),
                         quoted(s.question->when_source, lang), tr(lang, "est fausse", "is false"));
    case score::Exclusion::not_addressed:
      return std::string(tr(lang, "thème non abordé cette année", "theme not addressed this year"));
    case score::Exclusion::unanswered:
      return std::string(tr(lang, "sans réponse : laissée de côté", "unanswered: left out"));
    case score::Exclusion::not_asked:
      return std::string(tr(lang, "non posée : hors du parcours court suivi", "not asked: off the short path taken"));
    case score::Exclusion::obligation:
      return std::string(tr(lang, "obligation légale : rappelée à part, hors du score", "legal obligation: recalled apart, outside the score"));
    case score::Exclusion::unscored:
      return std::string(tr(lang, "réponse libre, non notée", "free answer, not scored"));
    case score::Exclusion::counted:
      break;
  }
  return {};
}

}  // namespace

std::string answer_label(const model::Question& q, const model::Answer& a, const std::string& lang,
                         const std::string& fallback) {
  switch (a.kind) {
    case model::Answer::Kind::na:
      return lang == "en" ? "not applicable" : "non concerné";
    case model::Answer::Kind::option: {
      if (q.type == model::QuestionType::yesno) {
        bool yes = a.option == "yes";
        return lang == "en" ? (yes ? "yes" : "no") : (yes ? "oui" : "non");
      }
      const model::Option* o = q.find_option(a.option);
      return o ? o->label.get(lang, fallback) : a.option;
    }
    case model::Answer::Kind::options: {
      std::string out;
      for (const std::string& id : a.options) {
        const model::Option* o = q.find_option(id);
        out += (out.empty() ? "" : ", ") + (o ? o->label.get(lang, fallback) : id);
      }
      return out.empty() ? (lang == "en" ? "none" : "aucune") : out;
    }
    case model::Answer::Kind::number: {
      return load::format_number(a.number) + unit_suffix(q.unit.get(lang, fallback), lang != "en");
    }
    case model::Answer::Kind::text:
      return a.text;
  }
  return {};
}

std::string explain_text(const model::Questionnaire& q, const score::Result& result, Lang lang,
                         const std::string& theme_id) {
  std::string code(lang_code(lang));
  const std::string& fallback = q.default_language();
  std::string_view colon = tr(lang, " : ", ": ");
  std::string out;
  std::vector<std::string> overall_terms;
  std::vector<std::string> overall_weights;
  // Fragile themes stay out of the overall, unless they are all there is.
  bool any_solid = std::any_of(result.themes.begin(), result.themes.end(),
                               [](const score::ThemeScore& t) { return t.scored && !t.fragile; });
  for (size_t i = 0; i < result.themes.size(); ++i) {
    const score::ThemeScore& theme = result.themes[i];
    if (theme.scored && (!theme.fragile || !any_solid)) {
      overall_terms.push_back(fmt::format("{} × {}", load::format_number(theme.theme->weight), decimal(theme.score, lang)));
      overall_weights.push_back(load::format_number(theme.theme->weight));
    }
    if (!theme_id.empty() && theme.theme->id != theme_id) continue;
    out += fmt::format("{} {} — {} ({}), {} {}\n", tr(lang, "Thème", "Theme"), i + 1, theme.theme->title.get(code, fallback),
                       theme.theme->id, tr(lang, "poids", "weight"), load::format_number(theme.theme->weight));
    std::vector<std::string> terms;
    std::vector<std::string> weights;
    for (const score::QuestionScore& s : theme.questions) {
      std::string answer = s.answer ? answer_label(*s.question, *s.answer, code, fallback) : "—";
      if (s.exclusion == score::Exclusion::counted) {
        std::string fraction = fmt::format("{}/{}", load::format_number(s.points), load::format_number(s.max_points));
        out += fmt::format("  {}{}{} → {} {}{} {} {} → {} {}\n", s.question->id, colon, quoted(answer, lang), fraction,
                           tr(lang, "points", "points"), tr(lang, " ;", ";"), tr(lang, "poids", "weight"), load::format_number(s.weight),
                           tr(lang, "apporte", "adds"), decimal(s.contribution, lang));
        terms.push_back(fmt::format("{} × {}", load::format_number(s.weight), fraction));
        weights.push_back(load::format_number(s.weight));
      } else {
        out += fmt::format("  {}{}{}\n", s.question->id, colon, exclusion_reason(s, lang));
      }
    }
    if (!theme.addressed) {
      out += fmt::format("  = {}\n\n", tr(lang, "non abordé cette année : hors du score d'ensemble", "not addressed this year: outside the overall score"));
    } else if (!theme.scored) {
      out += fmt::format("  = {}\n\n", tr(lang, "aucune réponse notée : pas de score", "no scored answer: no score"));
    } else {
      out += fmt::format("  = ({}) / ({}) × 100 = {} → {}/100\n", fmt::join(terms, " + "), fmt::join(weights, " + "),
                         decimal(theme.score, lang), show_score(theme.score));
      if (theme.fragile) {
        out += fmt::format("  {}\n", tr(lang, "une seule réponse : indication fragile, hors du score d'ensemble",
                                         "a single answer: a fragile indication, outside the overall score"));
      }
      out += '\n';
    }
  }
  if (theme_id.empty()) {
    if (result.scored) {
      out += fmt::format("{} = ({}) / ({}) = {} → {}/100\n", tr(lang, "Ensemble", "Overall"), fmt::join(overall_terms, " + "),
                         fmt::join(overall_weights, " + "), decimal(result.overall, lang), show_score(result.overall));
    } else {
      out += fmt::format("{}{}{}\n", tr(lang, "Ensemble", "Overall"), colon, tr(lang, "pas de score", "no score"));
    }
  }
  return out;
}

}  // namespace autodiag::report
