#include "consolidate/worksheet_question.h"

#include "consolidate/comments.h"
#include "report/numbers.h"
#include "report/plan_text.h"
#include "util/escape.h"

#include <fmt/format.h>

#include <algorithm>

namespace autodiag::consolidate {

namespace {

using model::Answer;
using model::Question;
using model::QuestionType;

// One line of the table: how many people gave this answer, in all and per
// bucket.
struct Row {
  std::string label;
  std::vector<int> counts;  // [0] all, then one per bucket
};

std::string unit_of(const Consolidation& c, const Question& q, Lang lang) {
  return report::unit_suffix(q.unit.get(lang_code(lang), c.questionnaire->default_language()), lang == Lang::fr);
}

std::string band_label(const Consolidation& c, const Question& q, size_t i, Lang lang) {
  const model::Band& b = q.bands[i];
  return fmt::format(fmt::runtime(std::string(tr(lang, "de {} à {}{}", "from {} to {}{}"))),
                     report::decimal_text(b.from, lang), report::decimal_text(b.to, lang), unit_of(c, q, lang));
}

// The rows of `v`, and for one answer the rows it falls in.
std::vector<Row> make_rows(const Consolidation& c, const QuestionView& v, Lang lang, std::vector<double>& values) {
  const Question& q = *v.question;
  std::string code(lang_code(lang));
  const std::string& fallback = c.questionnaire->default_language();
  std::vector<std::string> labels;
  if (q.type == QuestionType::yesno) {
    labels = {std::string(tr(lang, "Oui", "Yes")), std::string(tr(lang, "Non", "No"))};
  } else if (q.type == QuestionType::number) {
    for (size_t i = 0; i < q.bands.size(); ++i) labels.push_back(band_label(c, q, i, lang));
  } else {
    for (const auto& o : q.options) labels.push_back(markdown_escape(o.label.get(code, fallback)));
  }
  size_t na_row = labels.size();
  if (q.na_allowed) labels.push_back(std::string(tr(lang, "Non concerné", "Not applicable")));
  std::vector<Row> rows;
  for (auto& label : labels) rows.push_back({label, std::vector<int>(c.buckets.size() + 1, 0)});
  auto add = [&](size_t row, size_t input) {
    ++rows[row].counts[0];
    ++rows[row].counts[1 + c.bucket_of[input]];
  };
  for (size_t i = 0; i < c.inputs.size(); ++i) {
    const Answer* a = c.answer(i, q.index);
    if (a == nullptr) continue;
    if (a->is_na()) {
      add(na_row, i);
    } else if (q.type == QuestionType::yesno) {
      add(a->option == "yes" ? 0 : 1, i);
    } else if (q.type == QuestionType::number) {
      values.push_back(a->number);
      for (size_t b = 0; b < q.bands.size(); ++b) {
        if (a->number < q.bands[b].to || b + 1 == q.bands.size()) {
          add(b, i);
          break;
        }
      }
    } else {
      for (size_t o = 0; o < q.options.size(); ++o) {
        const std::string& id = q.options[o].id;
        bool chosen = a->kind == Answer::Kind::option ? a->option == id
                                                      : std::find(a->options.begin(), a->options.end(), id) != a->options.end();
        if (chosen) add(o, i);
      }
    }
  }
  return rows;
}

std::string table(const Consolidation& c, const std::vector<Row>& rows, Lang lang, bool multi) {
  std::string out = fmt::format("| {} | {}", multi ? tr(lang, "Option", "Option") : tr(lang, "Réponse", "Answer"),
                                multi ? tr(lang, "Cochée par", "Ticked by") : tr(lang, "Ensemble", "All"));
  std::string rule = "|---|---:";
  if (c.buckets.size() > 1) {
    for (const Bucket& b : c.buckets) {
      out += fmt::format(" | {} ({})", bucket_label(b, lang), b.people);
      rule += "|---:";
    }
  }
  out += " |\n" + rule + "|\n";
  for (const Row& row : rows) {
    out += "| " + row.label;
    size_t columns = c.buckets.size() > 1 ? row.counts.size() : 1;
    for (size_t i = 0; i < columns; ++i) out += fmt::format(" | {}", row.counts[i]);
    out += " |\n";
  }
  return out;
}

std::string rank_label(const Consolidation& c, const QuestionView& v, int rank, Lang lang) {
  const Question& q = *v.question;
  if (q.type == QuestionType::number) return band_label(c, q, static_cast<size_t>(rank), lang);
  Answer a(Answer::Kind::option);
  std::vector<const model::Option*> options;
  if (q.type == QuestionType::yesno) {
    a.option = (rank == 1) == (q.yes_score >= q.no_score) ? "yes" : "no";
  } else {
    for (const auto& o : q.options) options.push_back(&o);
    std::stable_sort(options.begin(), options.end(), [](auto* x, auto* y) { return x->score < y->score; });
    a.option = options[static_cast<size_t>(rank)]->id;
  }
  return markdown_escape(report::answer_text(q, a, lang, c.questionnaire->default_language()));
}

std::string why_flagged(const Consolidation& c, const QuestionView& v, Lang lang) {
  std::vector<std::string> reasons;
  const Agreement& g = v.agreement;
  if (g.wide_spread) {
    reasons.push_back(fmt::format(fmt::runtime(std::string(tr(lang, "les réponses vont de {} à {} ({} crans d'écart)",
                                                              "the answers range from {} to {} ({} steps apart)"))),
                                  report::quote(rank_label(c, v, *g.min_rank, lang), lang),
                                  report::quote(rank_label(c, v, *g.max_rank, lang), lang), g.spread()));
  }
  if (g.weak_mode && v.question->type == QuestionType::multi) {
    reasons.push_back(std::string(tr(lang, "au moins une option partage les avis (moins de 70 % d'accord)",
                                     "at least one option divides opinion (less than 70 % agree)")));
  } else if (g.weak_mode) {
    reasons.push_back(fmt::format(
        fmt::runtime(std::string(tr(lang, "seules {} réponses sur {} ({}) sont sur la réponse la plus fréquente, moins de 70 %",
                                    "only {} answers out of {} ({}) are on the most frequent answer, less than 70%"))),
        g.mode_count, g.answers, report::show_percent(double(g.mode_count) / g.answers, lang == Lang::fr)));
  }
  std::string out;
  for (const auto& r : reasons) out += (out.empty() ? "" : " ; ") + r;
  return out;
}

}  // namespace

std::string people(int n, Lang lang) {
  return fmt::format(fmt::runtime(std::string(n > 1 ? tr(lang, "{} personnes", "{} people")
                                                    : tr(lang, "{} personne", "{} person"))),
                     n);
}

std::string text_line(const BucketText& t, Lang lang) {
  std::string who = t.who.empty() ? "" : "*" + markdown_escape(t.who) + "*" + std::string(tr(lang, " : ", ": "));
  return "- " + who + report::quote(markdown_escape(t.text), lang) + "\n";
}

std::string text_of(const Consolidation& c, const model::Text& text, Lang lang) {
  return markdown_escape(text.get(lang_code(lang), c.questionnaire->default_language()));
}

std::string proposal_text(const Consolidation& c, const QuestionView& v, Lang lang) {
  if (!v.retained) return "—";
  // As the table of answers spells them, not the plan's lower-case "oui".
  if (v.question->type == QuestionType::yesno && !v.retained->is_na()) {
    return std::string(v.retained->option == "yes" ? tr(lang, "Oui", "Yes") : tr(lang, "Non", "No"));
  }
  return markdown_escape(report::answer_text(*v.question, *v.retained, lang, c.questionnaire->default_language()));
}

std::string agreement_text(const QuestionView& v, Lang lang) {
  const Agreement& g = v.agreement;
  if (g.answers == 0) return "—";
  return fmt::format(fmt::runtime(std::string(tr(lang, "{} sur {} ({})", "{} of {} ({})"))), g.mode_count, g.answers,
                     report::show_percent(double(g.mode_count) / g.answers, lang == Lang::fr));
}

std::string question_block(const Consolidation& c, const QuestionView& v, Lang lang, bool blank) {
  const Question& q = *v.question;
  std::vector<double> values;
  std::vector<Row> rows = make_rows(c, v, lang, values);
  // A number without bands has no steps: its values say it all.
  std::string out = rows.empty() ? "" : table(c, rows, lang, q.type == QuestionType::multi) + "\n";
  std::vector<std::string> notes;
  if (q.type == QuestionType::number && !values.empty()) {
    std::sort(values.begin(), values.end());
    std::string list;
    for (double x : values) list += (list.empty() ? std::string() : std::string(tr(lang, " ; ", "; "))) + report::decimal_text(x, lang);
    notes.push_back(fmt::format(fmt::runtime(std::string(tr(lang, "Valeurs données : {}{}.", "Values given: {}{}."))), list,
                                unit_of(c, q, lang)));
  }
  if (int n = v.count(Position::skipped)) {
    notes.push_back(fmt::format(fmt::runtime(std::string(tr(lang, "Sans réponse : {}.", "Unanswered: {}."))), people(n, lang)));
  }
  if (int n = v.count(Position::not_asked); n > 0 && v.shown) {
    notes.push_back(fmt::format(
        fmt::runtime(std::string(n > 1 ? tr(lang, "Non posée à {} : leur profil ou leurs thèmes l'excluaient ; seuls comptent les avis des autres.",
                                             "Not put to {}: their profile or their themes left it out; only the others' views count.")
                                       : tr(lang, "Non posée à {} : son profil ou ses thèmes l'excluaient ; seuls comptent les avis des autres.",
                                            "Not put to {}: their profile or their themes left it out; only the others' views count."))),
        people(n, lang)));
  }
  if (v.divergent && !q.is_profile()) {
    notes.push_back(std::string(tr(lang, "Signalée parce que ", "Flagged because ")) + why_flagged(c, v, lang) + ".");
  }
  std::string why = q.type == QuestionType::multi
                        ? std::string(tr(lang, "les options cochées par plus de la moitié", "the options ticked by more than half"))
                        : std::string(tr(lang, "la réponse médiane", "the median answer"));
  if (v.retained && v.retained->is_na()) {
    why = tr(lang, "plus de la moitié a répondu « non concerné »", "more than half answered \"not applicable\"");
  }
  notes.push_back(v.retained ? fmt::format(fmt::runtime(std::string(tr(lang, "Proposition : **{}** ({}).", "Proposal: **{}** ({})."))),
                                           proposal_text(c, v, lang), why)
                             : std::string(tr(lang, "Personne n'a répondu à cette question.", "Nobody answered this question.")));
  for (const auto& n : notes) out += n + "\n\n";
  std::vector<BucketText> comments = comments_on(c, q.index, lang);
  if (!comments.empty()) {
    out += std::string(tr(lang, "Commentaires :", "Comments:")) + "\n\n";
    for (const BucketText& t : comments) out += text_line(t, lang);
    out += "\n";
  }
  if (!blank) return out;
  if (q.type == QuestionType::number) {
    out += std::string(tr(lang, "**Réponse retenue** : ………………", "**Agreed answer**: ………………")) + "\n\n";
  } else if (!rows.empty()) {
    out += std::string(q.type == QuestionType::multi ? tr(lang, "**Réponse retenue** (cocher une ou plusieurs options) :",
                                                          "**Agreed answer** (tick one or more options):")
                                                     : tr(lang, "**Réponse retenue** (cocher une case) :",
                                                          "**Agreed answer** (tick one box):")) +
           "\n\n";
    for (const Row& row : rows) out += "- [ ] " + row.label + "\n";
    out += "\n";
  }
  out += std::string(tr(lang, "Notes de la réunion : ………………", "Meeting notes: ………………")) + "\n\n";
  return out;
}

}  // namespace autodiag::consolidate
