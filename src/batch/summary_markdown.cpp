#include "batch/summary_markdown.h"

#include "report/numbers.h"
#include "util/escape.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace autodiag::batch {

namespace {

constexpr size_t gaps_shown = 10;

// Paths may hold a backquote, which would end the code span, or a line
// break, which would end the list item.
std::string code_span(std::string_view text) {
  std::string out = one_line(text);
  std::replace(out.begin(), out.end(), '`', '\'');
  return out;
}

class Writer {
 public:
  Writer(const model::Questionnaire& q, const Statistics& s, Lang lang)
      : m_q(q), m_s(s), m_lang(lang), m_code(lang_code(lang)) {}

  std::string render() {
    heading();
    distribution_table();
    level_table();
    gaps();
    group_table(tr("Par forme juridique", "By legal form"), tr("Forme juridique", "Legal form"), m_s.by_legal_form(),
                m_q.field_with_role(model::Role::legal_form));
    group_table(tr("Par département", "By department"), tr("Département", "Department"), m_s.by_department(),
                m_q.field_with_role(model::Role::department));
    invalid_inputs();
    return std::move(m_out);
  }

 private:
  std::string_view tr(std::string_view fr, std::string_view en) const { return autodiag::tr(m_lang, fr, en); }
  const std::string& t(const model::Text& text) const { return text.get(m_code, m_q.default_language()); }
  std::string_view colon() const { return m_lang == Lang::fr ? " : " : ": "; }

  void heading() {
    m_out += fmt::format("# {} — {}\n\n", tr("Synthèse du lot", "Batch summary"), markdown_escape(t(m_q.title)));
    m_out += fmt::format("- {}{}{} ({} {}, {} {})\n", tr("Réponses évaluées", "Responses scored"), colon(),
                         m_s.responses(), m_s.complete(), tr("terminées", "complete"), m_s.responses() - m_s.complete(),
                         tr("en cours", "in progress"));
    m_out += fmt::format("- {}{}{}\n", tr("Entrées invalides", "Invalid inputs"), colon(), m_s.invalid().size());
    m_out += fmt::format("- {}{}{} {}\n\n", tr("Questionnaire", "Questionnaire"), colon(), m_q.id, m_q.version.text);
    m_out += tr("Les scores (0 à 100) décrivent où en est chaque structure dans sa démarche de progrès : ce ne sont "
                "ni des notes de conformité ni un classement. Le guide fixe une obligation de moyens, pas de résultat.\n\n",
                "Scores (0 to 100) describe where each organisation stands in its improvement process: they are neither "
                "compliance marks nor a ranking. The guide sets an obligation of means, not of results.\n\n");
  }

  void distribution_table() {
    m_out += fmt::format("## {}\n\n", tr("Scores par thème", "Scores by theme"));
    m_out += fmt::format("| {} | n | {} | {} | Q1 | {} | Q3 | {} |\n|---|--:|--:|--:|--:|--:|--:|--:|\n",
                         tr("Thème", "Theme"), tr("moyenne", "mean"), tr("min", "min"), tr("médiane", "median"),
                         tr("max", "max"));
    distribution_row(std::string(tr("**Ensemble**", "**Overall**")), m_s.overall());
    for (size_t i = 0; i < m_q.themes.size(); ++i) distribution_row(markdown_escape(t(m_q.themes[i].label())), m_s.themes()[i]);
    m_out += fmt::format("\n{}\n\n", tr("n : réponses où le thème a au moins une réponse notée (thèmes non abordés "
                                        "cette année exclus). Quartiles par interpolation linéaire (comme QUARTILE.INC).",
                                        "n: responses where the theme has at least one scored answer (themes not "
                                        "addressed this year left out). Quartiles by linear interpolation (as QUARTILE.INC)."));
  }

  void distribution_row(const std::string& label, const Distribution& d) {
    if (d.count() == 0) {
      m_out += fmt::format("| {} | 0 | – | – | – | – | – | – |\n", label);
      return;
    }
    using report::show_score;
    m_out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", label, d.count(), show_score(d.mean()),
                         show_score(d.min()), show_score(d.quantile(0.25)), show_score(d.quantile(0.5)),
                         show_score(d.quantile(0.75)), show_score(d.max()));
  }

  void level_table() {
    m_out += fmt::format("## {}\n\n| {} |", tr("Répartition par niveau", "Level distribution"), tr("Thème", "Theme"));
    std::string rule = "|---|";
    for (const model::Level& level : m_q.levels) {
      m_out += fmt::format(" {} ({}–{}) |", markdown_escape(t(level.label)), report::show_score(level.from),
                           report::show_score(level.to));
      rule += "--:|";
    }
    m_out += "\n" + rule + "\n";
    for (size_t row = 0; row < m_s.levels().size(); ++row) {
      m_out += row == 0 ? fmt::format("| {} |", tr("**Ensemble**", "**Overall**"))
                        : fmt::format("| {} |", markdown_escape(t(m_q.themes[row - 1].label())));
      for (size_t count : m_s.levels()[row]) m_out += fmt::format(" {} |", count);
      m_out += '\n';
    }
    m_out += '\n';
  }

  void gaps() {
    m_out += fmt::format("## {}\n\n", tr("Écarts les plus fréquents", "Most common gaps"));
    m_out += tr("Questions notées où les structures obtiennent moins de la moitié des points possibles : des pistes de "
                "travail collectif, à débattre.\n\n",
                "Scored questions where organisations reach less than half of the possible points: leads for "
                "collective work, to be discussed.\n\n");
    std::vector<size_t> order(m_q.question_count());
    std::iota(order.begin(), order.end(), size_t{0});
    const auto& gaps = m_s.gap_counts();
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return gaps[a] > gaps[b]; });
    bool any = false;
    for (size_t k = 0; k < order.size() && k < gaps_shown && gaps[order[k]] > 0; ++k) {
      if (!any) {
        m_out += fmt::format("| # | {} | {} | {} |\n|--:|---|---|--:|\n", tr("Question", "Question"),
                             tr("Thème", "Theme"), tr("Structures concernées", "Organisations concerned"));
      }
      any = true;
      const model::Question& q = m_q.question(order[k]);
      size_t counted = m_s.counted()[order[k]];
      m_out += fmt::format("| {} | {} (`{}`) | {} | {} / {} ({}) |\n", k + 1, markdown_escape(t(q.text)), q.id,
                           markdown_escape(t(m_q.themes[static_cast<size_t>(q.theme_index)].label())), gaps[order[k]], counted,
                           report::show_percent(static_cast<double>(gaps[order[k]]) / static_cast<double>(counted),
                                                m_lang == Lang::fr));
    }
    m_out += any ? "\n" : fmt::format("{}\n\n", tr("Aucun écart relevé.", "No gap found."));
  }

  void group_table(std::string_view title, std::string_view column, const std::map<std::string, GroupStats>& groups,
                   const model::Question* field) {
    m_out += fmt::format("## {}\n\n| {} | n | {} |", title, column, tr("Ensemble", "Overall"));
    std::string rule = "|---|--:|--:|";
    for (const model::Theme& theme : m_q.themes) {
      m_out += fmt::format(" {} |", markdown_escape(t(theme.label())));
      rule += "--:|";
    }
    m_out += "\n" + rule + "\n";
    for (const std::string& id : group_order(field, groups)) {
      const GroupStats& group = groups.at(id);
      m_out += fmt::format("| {} | {} | {} |", markdown_escape(group_label(field, id)), group.responses, mean(group.overall));
      for (const Mean& m : group.themes) m_out += fmt::format(" {} |", mean(m));
      m_out += '\n';
    }
    m_out += fmt::format("\n{}\n\n", tr("Moyennes des scores ; – : aucun score.", "Mean scores; –: no score."));
  }

  // The questionnaire's option order, then unknown ids, then "not given".
  static std::vector<std::string> group_order(const model::Question* field,
                                              const std::map<std::string, GroupStats>& groups) {
    std::vector<std::string> order;
    if (field != nullptr) {
      for (const model::Option& option : field->options) {
        if (groups.contains(option.id)) order.push_back(option.id);
      }
    }
    for (const auto& [id, group] : groups) {
      if (!id.empty() && std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
    }
    if (groups.contains("")) order.emplace_back();
    return order;
  }

  static std::string mean(const Mean& m) { return m.count() == 0 ? "–" : report::show_score(m.value()); }

  std::string group_label(const model::Question* field, const std::string& id) const {
    if (id.empty()) return std::string(tr("(non renseigné)", "(not given)"));
    const model::Option* option = field ? field->find_option(id) : nullptr;
    return option ? t(option->label) : id;
  }

  void invalid_inputs() {
    m_out += fmt::format("## {}\n\n", tr("Entrées invalides", "Invalid inputs"));
    if (m_s.invalid().empty()) {
      m_out += fmt::format("{}\n", tr("Aucune : toutes les entrées ont été évaluées.", "None: every input was scored."));
      return;
    }
    m_out += fmt::format("{}\n\n", tr("Elles ne sont pas dans les scores. Le détail de chaque erreur est dans errors.txt.",
                                      "They are left out of the scores. Every error is listed in errors.txt."));
    for (const InvalidInput& invalid : m_s.invalid()) {
      const Diagnostic& d = invalid.first_error;
      std::string where = d.file.empty() ? invalid.source : d.file;
      if (d.mark.line > 0) where += fmt::format(":{}:{}", d.mark.line, d.mark.column);
      m_out += fmt::format("- `{}`{}{}", code_span(where), colon(), markdown_escape(d.message.in(m_lang)));
      if (invalid.error_count > 1) {
        m_out += fmt::format(" ({} {})", invalid.error_count, tr("erreurs en tout", "errors in all"));
      }
      m_out += '\n';
    }
  }

  const model::Questionnaire& m_q;
  const Statistics& m_s;
  Lang m_lang;
  std::string m_code;
  std::string m_out;
};

}  // namespace

std::string summary_markdown(const model::Questionnaire& questionnaire, const Statistics& statistics, Lang lang) {
  return Writer(questionnaire, statistics, lang).render();
}

}  // namespace autodiag::batch
