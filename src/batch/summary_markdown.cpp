#include "batch/summary_markdown.h"

#include "batch/summary_evolution.h"
#include "cohort/criteria.h"
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
  Writer(const model::Questionnaire& q, const Statistics& s, Lang lang, size_t min_group, size_t grouped_files,
         const cohort::Evolution* evolution)
      : m_q(q),
        m_s(s),
        m_lang(lang),
        m_code(lang_code(lang)),
        m_k(min_group),
        m_grouped_files(grouped_files),
        m_evolution(evolution),
        m_publication(cohort::publish(s.population(), min_group)),
        m_themes(themes_chart(q, s, m_publication, lang, min_group)),
        m_levels(levels_chart(q, s, m_publication, lang, min_group)) {}

  Summary render() {
    heading();
    distribution_table();
    level_table();
    gaps();
    if (m_evolution) m_out += evolution_markdown(m_q, *m_evolution, m_lang, m_k);
    for (cohort::Criterion c : cohort::all_criteria) {
      if (cohort::criterion_available(m_q, c)) group_table(c);
    }
    in_progress();
    invalid_inputs();
    return {std::move(m_out), std::move(m_themes.svg), std::move(m_levels.svg)};
  }

 private:
  std::string_view tr(std::string_view fr, std::string_view en) const { return autodiag::tr(m_lang, fr, en); }
  const std::string& t(const model::Text& text) const { return text.get(m_code, m_q.default_language()); }
  std::string_view colon() const { return m_lang == Lang::fr ? " : " : ": "; }

  void heading() {
    m_out += fmt::format("# {} — {}\n\n", tr("Synthèse du lot", "Batch summary"), markdown_escape(t(m_q.title)));
    // Grouped, the rows are organisations: the count says how many files
    // they came from.
    std::string counted = fmt::format("{}{}{} ({} {}, {} {})",
                                      m_grouped_files > 0 ? tr("Organisations évaluées", "Organisations scored")
                                                          : tr("Réponses évaluées", "Responses scored"),
                                      colon(), m_s.responses(), m_s.complete(), tr("terminées", "complete"),
                                      m_s.responses() - m_s.complete(), tr("en cours", "in progress"));
    if (m_grouped_files > 0) {
      counted += fmt::format(fmt::runtime(tr(", d'après {} réponses valides : celles d'une même structure sont consolidées en une",
                                ", from {} valid responses: those of one organisation are consolidated into one")),
                             m_grouped_files);
    }
    m_out += "- " + counted + "\n";
    m_out += fmt::format("- {}{}{}{}\n", tr("Comptées dans les statistiques", "Counted in the statistics"), colon(),
                         m_s.counted(),
                         m_s.includes_in_progress() ? tr(" (réponses en cours comprises)", " (responses in progress included)")
                                                    : tr(" (réponses terminées seulement)", " (complete responses only)"));
    m_out += fmt::format("- {}{}{}\n", tr("Entrées invalides", "Invalid inputs"), colon(), m_s.invalid().size());
    m_out += fmt::format("- {}{}{} {}\n", tr("Questionnaire", "Questionnaire"), colon(), m_q.id, m_q.version.text);
    m_out += fmt::format(fmt::runtime(tr("- Secret statistique : aucun chiffre ne porte sur moins de {} structures "
                                         "(« s » : chiffre masqué)\n\n",
                                         "- Statistical confidentiality: no figure covers fewer than {} organisations "
                                         "(\"s\": figure withheld)\n\n")),
                         m_k);
    m_out += tr("Les scores (0 à 100) décrivent où en est chaque structure dans sa démarche de progrès : ce ne sont "
                "ni des notes de conformité ni un classement. Le guide fixe une obligation de moyens, pas de résultat.\n\n",
                "Scores (0 to 100) describe where each organisation stands in its improvement process: they are neither "
                "compliance marks nor a ranking. The guide sets an obligation of means, not of results.\n\n");
  }

  void distribution_table() {
    m_out += fmt::format("## {}\n\n", tr("Scores par thème", "Scores by theme"));
    chart(m_themes, themes_chart_file);
    m_out += fmt::format("| {} | n | {} | Q1 | {} | Q3 |\n|---|--:|--:|--:|--:|--:|\n", tr("Thème", "Theme"),
                         tr("moyenne", "mean"), tr("médiane", "median"));
    distribution_row(std::string(tr("**Ensemble**", "**Overall**")), m_s.overall(), 0);
    for (size_t i = 0; i < m_q.themes.size(); ++i) {
      distribution_row(markdown_escape(t(m_q.themes[i].label())), m_s.themes()[i], 1 + i);
    }
    m_out += fmt::format("\n{}\n\n", tr("n : réponses où le thème a au moins une réponse notée (thèmes non abordés "
                                        "cette année exclus). Quartiles par interpolation linéaire (comme QUARTILE.INC). "
                                        "Ni minimum ni maximum : ce serait le score d'une seule structure.",
                                        "n: responses where the theme has at least one scored answer (themes not "
                                        "addressed this year left out). Quartiles by linear interpolation (as QUARTILE.INC). "
                                        "No minimum or maximum: each would be one organisation's score."));
  }

  void distribution_row(const std::string& label, const Distribution& d, size_t column) {
    if (d.count() == 0) {
      m_out += fmt::format("| {} | 0 | – | – | – | – |\n", label);
      return;
    }
    if (!m_publication.columns[column]) {
      m_out += fmt::format("| {} | {} | s | s | s | s |\n", label, d.count());
      return;
    }
    using report::show_score;
    m_out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", label, d.count(), show_score(d.mean()),
                         show_score(d.quantile(0.25)), show_score(d.quantile(0.5)), show_score(d.quantile(0.75)));
  }

  // The image, then what it shows in words; its table twin follows.
  void chart(const SummaryChart& c, std::string_view file) {
    m_out += fmt::format("![{}]({})\n\n{}\n\n", markdown_escape(c.title), file,
                         tr("Ce que montre le graphique (le tableau qui suit donne les mêmes chiffres) :",
                            "What the chart shows (the table that follows gives the same figures):"));
    for (const std::string& line : c.lines) m_out += "- " + markdown_escape(line) + "\n";
    m_out += '\n';
  }

  void level_table() {
    m_out += fmt::format("## {}\n\n", tr("Répartition par niveau", "Level distribution"));
    chart(m_levels, levels_chart_file);
    m_out += fmt::format("| {} |", tr("Thème", "Theme"));
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
      for (size_t count : m_s.levels()[row]) {
        m_out += m_publication.columns[row] ? fmt::format(" {} |", count) : std::string(" s |");
      }
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
    const auto& counted = m_s.counted_questions();
    // A question few organisations answered would tell about each of them.
    std::erase_if(order, [&](size_t q) { return counted[q] < m_k; });
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return gaps[a] > gaps[b]; });
    bool any = false;
    for (size_t k = 0; k < order.size() && k < gaps_shown && gaps[order[k]] > 0; ++k) {
      if (!any) {
        m_out += fmt::format("| # | {} | {} | {} |\n|--:|---|---|--:|\n", tr("Question", "Question"),
                             tr("Thème", "Theme"), tr("Structures concernées", "Organisations concerned"));
      }
      any = true;
      const model::Question& q = m_q.question(order[k]);
      size_t n = counted[order[k]];
      m_out += fmt::format("| {} | {} (`{}`) | {} | {} / {} ({}) |\n", k + 1, markdown_escape(t(q.text)), q.id,
                           markdown_escape(t(m_q.themes[static_cast<size_t>(q.theme_index)].label())), gaps[order[k]], n,
                           report::show_percent(static_cast<double>(gaps[order[k]]) / static_cast<double>(n),
                                                m_lang == Lang::fr));
    }
    m_out += any ? "\n" : fmt::format("{}\n\n", tr("Aucun écart relevé.", "No gap found."));
  }

  void group_table(cohort::Criterion c) {
    const cohort::PublishedTable& table = m_publication.tables[static_cast<size_t>(c)];
    m_out += fmt::format("## {}\n\n", cohort::criterion_title(c, m_lang));
    if (table.rows.shown.empty()) {
      m_out += fmt::format(fmt::runtime(tr("Aucun groupe ne compte au moins {} structures : pas de détail.\n\n",
                                           "No group has at least {} organisations: no breakdown.\n\n")),
                           m_k);
      return;
    }
    m_out += fmt::format("| {} | n | {} |", cohort::criterion_column(c, m_lang), tr("Ensemble", "Overall"));
    std::string rule = "|---|--:|--:|";
    for (const model::Theme& theme : m_q.themes) {
      m_out += fmt::format(" {} |", markdown_escape(t(theme.label())));
      rule += "--:|";
    }
    m_out += "\n" + rule + "\n";
    const std::map<std::string, GroupStats>& groups = m_s.by(c);
    for (const std::string& id : cohort::ordered_groups(m_q, c, table.rows.shown)) {
      size_t row = static_cast<size_t>(std::find(table.rows.shown.begin(), table.rows.shown.end(), id) -
                                       table.rows.shown.begin());
      const GroupStats& group = groups.at(id);
      m_out += fmt::format("| {} | {} |", markdown_escape(cohort::group_label(m_q, c, id, m_lang)), group.responses);
      group_cells(table, row, group.overall, group.themes);
    }
    if (table.rows.others > 0) {
      GroupStats others;
      others.themes.resize(m_q.themes.size());
      for (const auto& [id, group] : groups) {
        if (std::find(table.rows.shown.begin(), table.rows.shown.end(), id) != table.rows.shown.end()) continue;
        others.overall.merge(group.overall);
        for (size_t i = 0; i < group.themes.size(); ++i) others.themes[i].merge(group.themes[i]);
      }
      m_out += fmt::format("| {} | {} |", tr("autres (regroupées)", "others (merged)"), table.rows.others);
      group_cells(table, table.rows.shown.size(), others.overall, others.themes);
    }
    m_out += fmt::format(fmt::runtime(tr("\nMoyennes des scores ; – : aucun score ; autres : les groupes de moins de {} "
                                         "structures, réunis.\n\n",
                                         "\nMean scores; –: no score; others: the groups of fewer than {} "
                                         "organisations, together.\n\n")),
                         m_k);
  }

  void group_cells(const cohort::PublishedTable& table, size_t row, const Mean& overall, const std::vector<Mean>& themes) {
    auto cell = [&](size_t column, const Mean& m) {
      if (m.count() == 0) return std::string("–");
      return table.cells[column][row] ? report::show_score(m.value()) : std::string("s");
    };
    m_out += fmt::format(" {} |", cell(0, overall));
    for (size_t i = 0; i < themes.size(); ++i) m_out += fmt::format(" {} |", cell(1 + i, themes[i]));
    m_out += '\n';
  }

  void in_progress() {
    if (m_s.in_progress().empty()) return;
    m_out += fmt::format("## {}\n\n{}\n\n", tr("Réponses en cours", "Responses in progress"),
                         tr("Pas encore terminées : elles ne sont pas dans les statistiques (l'option "
                            "--include-in-progress les y met). Leur plan reste utile pour reprendre la démarche.",
                            "Not finished yet: they are left out of the statistics (the option --include-in-progress "
                            "puts them in). Their plan still helps to resume the process."));
    for (const InProgress& response : m_s.in_progress()) {
      m_out += fmt::format("- `{}`{}{} {}\n", code_span(response.source), colon(),
                           report::show_percent(response.completion, m_lang == Lang::fr),
                           tr("des questions répondues", "of the questions answered"));
    }
    m_out += '\n';
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
  size_t m_k;
  size_t m_grouped_files;
  const cohort::Evolution* m_evolution;
  cohort::Publication m_publication;
  SummaryChart m_themes;
  SummaryChart m_levels;
  std::string m_out;
};

}  // namespace

Summary summary_markdown(const model::Questionnaire& questionnaire, const Statistics& statistics, Lang lang,
                         size_t min_group,
                         size_t grouped_files,
                         const cohort::Evolution* evolution) {
  return Writer(questionnaire, statistics, lang, min_group, grouped_files, evolution).render();
}

}  // namespace autodiag::batch
