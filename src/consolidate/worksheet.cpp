#include "consolidate/worksheet.h"

#include "consolidate/comments.h"
#include "consolidate/worksheet_question.h"
#include "model/profile.h"
#include "report/plan_text.h"
#include "util/escape.h"

#include <fmt/format.h>

namespace autodiag::consolidate {

namespace {

std::string f(Lang lang, std::string_view fr, std::string_view en) { return std::string(tr(lang, fr, en)); }

template <typename... Args>
std::string say(Lang lang, std::string_view fr, std::string_view en, Args&&... args) {
  return fmt::format(fmt::runtime(tr(lang, fr, en)), std::forward<Args>(args)...);
}

std::string latest_date(const Consolidation& c) {
  std::string latest;
  for (const Input& in : c.inputs) {
    const auto& r = in.response.response;
    latest = std::max(latest, r.updated.empty() ? r.created : r.updated);
  }
  return latest;
}

std::string header(const Consolidation& c, Lang lang, size_t divergent, size_t agreed, size_t facts) {
  const model::Questionnaire& q = *c.questionnaire;
  std::string org = markdown_escape(model::organisation_name(q, c.result.answers));
  std::string out = say(lang, "# Réunion de consensus — {}\n\n", "# Consensus meeting — {}\n\n", org);
  out += say(lang, "**{}** (version {}) · {} réponses individuelles", "**{}** (version {}) · {} individual responses",
             text_of(c, q.title, lang), q.version.text, c.inputs.size());
  if (std::string date = latest_date(c); !date.empty()) {
    out += say(lang, ", la dernière enregistrée le {}", ", the last one saved on {}", report::long_date(date, lang));
  }
  out += ".\n\n";
  std::string who;
  bool large_group = false;  // one of at least three, merged all the same
  for (const auto& [group, n] : composition(c)) {
    who += (who.empty() ? "" : ", ") + bucket_label({group, n}, lang) + " " + std::to_string(n);
    large_group = large_group || (group != "other" && n >= 3);
  }
  std::string columns;
  for (const Bucket& b : c.buckets) columns += (columns.empty() ? "" : ", ") + report::quote(bucket_label(b, lang), lang);
  out += say(lang, "**Qui a répondu** : {}. ", "**Who answered**: {}. ", who);
  out += c.buckets.size() > 1
             ? say(lang, "Les réponses sont montrées par groupe ({}) : un groupe n'a sa colonne qu'à partir de trois "
                         "personnes, les autres sont comptés ensemble, pour que chacun puisse répondre librement.",
                   "The answers are shown by group ({}): a group has its own column only from three people, the others "
                   "are counted together, so that everyone can answer freely.",
                   columns)
         : large_group
             ? f(lang, "Montrer un groupe à part ferait reconnaître, par différence, les réponses des autres "
                       "personnes, moins de trois : les réponses sont présentées toutes ensemble.",
                 "Showing one group on its own would reveal, by difference, the answers of the other people, fewer "
                 "than three: the answers are shown all together.")
             : f(lang, "Aucun groupe ne compte assez de personnes pour être montré à part sans qu'on reconnaisse leurs "
                       "réponses : les réponses sont présentées toutes ensemble.",
                 "No group has enough people to be shown on its own without their answers being recognised: the "
                 "answers are shown all together.");
  if (c.inputs.size() < 3) {
    out += f(lang, " Avec moins de trois réponses, chacun peut reconnaître celles des autres.",
             " With fewer than three responses, everyone can recognise the others' answers.");
  }
  out += "\n\n";
  out += say(lang, "**{} questions où les points de vue diffèrent**, {} où ils concordent",
             "**{} questions where views differ**, {} where they agree", divergent, agreed);
  if (facts > 0) out += say(lang, ", {} faits du profil à vérifier", ", {} profile facts to check", facts);
  out += ".\n\n";
  out += f(lang, R"(## Comment utiliser ce document

1. Vérifiez d'abord les faits du profil qui diffèrent : ils décident des questions posées.
2. Pour chaque point de vue différent, lisez la répartition et les commentaires, laissez chaque groupe expliquer sa réponse, puis cochez la réponse retenue.
3. Parcourez les réponses concordantes : une objection suffit pour en reparler.
4. Après la réunion, reportez les réponses retenues dans le fichier consolidé (clé `answers`), puis vérifiez-le avec `autodiag validate`.

Une question est signalée quand les réponses s'étendent sur deux crans ou plus de l'échelle (par exemple de « Pas encore engagé » à « Formalisé et appliqué »), ou quand moins de 70 % des réponses sont identiques. La proposition est la réponse médiane ; avec un nombre pair de réponses, la plus basse des deux du milieu, pour ne pas surestimer la pratique. Les réponses « non concerné » comptent dans l'accord ; les questions sans réponse ou non posées n'y comptent pas.

)",
           R"(## How to use this document

1. First check the profile facts that differ: they decide which questions are asked.
2. For each difference of view, read the distribution and the comments, let each group explain its answer, then tick the agreed answer.
3. Go through the agreed answers: one objection is enough to discuss one again.
4. After the meeting, copy the agreed answers into the consolidated file (key `answers`), then check it with `autodiag validate`.

A question is flagged when the answers spread over two steps or more of the scale (for example from "Not started yet" to "Formalised and applied"), or when fewer than 70% of the answers are the same. The proposal is the median answer; with an even number of answers, the lower of the two middle ones, so as not to overstate the practice. "Not applicable" answers count in the agreement; unanswered and not-asked questions do not.

)");
  return out;
}

std::string facts_section(const Consolidation& c, Lang lang, int& number) {
  std::string out;
  for (const QuestionView& v : c.questions) {
    if (!v.question->is_profile() || !v.divergent || v.question->type == model::QuestionType::text) continue;
    out += say(lang, "### {}. {}\n\n", "### {}. {}\n\n", ++number, text_of(c, v.question->text, lang));
    out += question_block(c, v, lang, true);
  }
  std::string some;
  for (const QuestionView& v : c.questions) {
    if (v.question->is_profile() || !v.asked_to_some()) continue;
    int hidden = 0;
    for (const Input& in : c.inputs) hidden += in.response.answers.presence[v.question->index] == model::Presence::hidden;
    if (hidden == 0) continue;  // a theme left aside: said once below
    int asked = static_cast<int>(c.inputs.size()) - v.count(Position::not_asked);
    some += say(lang, "- {} — posée à {} sur {}{}\n", "- {} — put to {} of {}{}\n", text_of(c, v.question->text, lang),
                asked, people(static_cast<int>(c.inputs.size()), lang),
                v.shown ? f(lang, " ; seuls comptent les avis de ceux à qui elle a été posée",
                            "; only the views of those it was put to count")
                        : f(lang, " ; absente de la réponse consolidée, dont le profil l'exclut",
                            "; left out of the consolidated response, whose profile excludes it"));
  }
  for (const model::Theme& theme : c.questionnaire->themes) {
    int aside = 0;
    for (const Input& in : c.inputs) aside += in.response.response.is_not_addressed(theme.id);
    if (aside == 0 || aside == static_cast<int>(c.inputs.size())) continue;
    some += say(lang, "- Le thème {} a été laissé de côté par {} sur {} : ses questions ne comptent que les avis des autres\n",
                "- The theme {} was left aside by {} of {}: its questions count only the others' views\n",
                report::quote(text_of(c, theme.label(), lang), lang), aside,
                people(static_cast<int>(c.inputs.size()), lang));
  }
  if (!some.empty()) {
    out += f(lang, "### Questions posées à certains seulement\n\nLeur profil ou les thèmes choisis différaient. Une question "
                   "que le profil retenu exclut ne figure pas dans la réponse consolidée ; si le profil change, "
                   "reprenez-la.\n\n",
             "### Questions put to some people only\n\nTheir profile or chosen themes differed. A question that the "
             "retained profile excludes is not in the consolidated response; if the profile changes, take it up "
             "again.\n\n") +
           some + "\n";
  }
  if (out.empty()) return {};
  return f(lang, "## 1. Faits du profil à vérifier\n\n", "## 1. Profile facts to check\n\n") + out;
}

std::string divergent_section(const Consolidation& c, Lang lang, int& number) {
  std::string out = f(lang, "## 2. Points de vue différents\n\n", "## 2. Differing views\n\n");
  int theme = -1;
  bool any = false;
  for (const QuestionView& v : c.questions) {
    if (v.question->is_profile() || !v.divergent || !v.shown) continue;
    if (v.question->theme_index != theme) {
      theme = v.question->theme_index;
      out += "### " + text_of(c, v.theme->title, lang) + "\n\n";
    }
    out += say(lang, "#### {}. {}\n\n", "#### {}. {}\n\n", ++number, text_of(c, v.question->text, lang));
    out += question_block(c, v, lang, true);
    any = true;
  }
  if (!any) out += f(lang, "Aucune : les réponses concordent partout.\n\n", "None: the answers agree everywhere.\n\n");
  return out;
}

// What people wrote about answers they agree on still belongs in the meeting
// (a figure, a worry): listed under the theme's table.
std::string agreed_comments(const Consolidation& c, int theme, Lang lang) {
  std::string out;
  for (const QuestionView& v : c.questions) {
    if (v.question->theme_index != theme || v.question->is_profile() || v.divergent || !v.shown ||
        v.question->type == model::QuestionType::text) {
      continue;
    }
    std::vector<BucketText> comments = comments_on(c, v.question->index, lang);
    if (comments.empty()) continue;
    out += "**" + text_of(c, v.question->text, lang) + "**\n\n";
    for (const BucketText& t : comments) out += text_line(t, lang);
    out += "\n";
  }
  return out.empty() ? out : f(lang, "Commentaires :\n\n", "Comments:\n\n") + out;
}

// Those who gave no view on an agreed answer: agreement among two of five
// people is not the same meeting as among five.
std::string silent_text(const QuestionView& v, Lang lang) {
  std::string out;
  if (int n = v.count(Position::skipped)) out += say(lang, " ; {} sans réponse", "; {} unanswered", n);
  if (int n = v.count(Position::not_asked)) out += say(lang, " ; non posée à {}", "; not put to {}", people(n, lang));
  return out;
}

std::string agreed_section(const Consolidation& c, Lang lang) {
  std::string out = f(lang, "## 3. Réponses concordantes\n\n", "## 3. Agreed answers\n\n");
  int theme = -1;
  for (const QuestionView& v : c.questions) {
    if (v.question->is_profile() || v.divergent || !v.shown || v.question->type == model::QuestionType::text) continue;
    if (v.question->theme_index != theme) {
      out += theme < 0 ? "" : "\n" + agreed_comments(c, theme, lang);
      theme = v.question->theme_index;
      out += "### " + text_of(c, v.theme->title, lang) + "\n\n";
      out += f(lang, "| Question | Réponse proposée | Accord |\n|---|---|---|\n",
               "| Question | Proposed answer | Agreement |\n|---|---|---|\n");
    }
    out += fmt::format("| {} | {} | {} |\n", text_of(c, v.question->text, lang), proposal_text(c, v, lang),
                       agreement_text(v, lang) + silent_text(v, lang));
  }
  return out + (theme < 0 ? f(lang, "Aucune.\n\n", "None.\n\n") : "\n" + agreed_comments(c, theme, lang));
}

std::string texts_section(const Consolidation& c, Lang lang) {
  std::string out;
  for (const QuestionView& v : c.questions) {
    if (v.question->is_profile() || v.question->type != model::QuestionType::text || !v.shown) continue;
    std::vector<BucketText> texts = texts_of(c, v.question->index, lang);
    if (texts.empty()) continue;
    out += "### " + text_of(c, v.question->text, lang) + "\n\n";
    for (const BucketText& t : texts) out += text_line(t, lang);
    out += "\n";
  }
  if (out.empty()) return {};
  return f(lang, "## 4. Réponses libres\n\nÀ réécrire ensemble : la réponse consolidée les laisse vides.\n\n",
           "## 4. Free-text answers\n\nTo rewrite together: the consolidated response leaves them empty.\n\n") +
         out;
}

}  // namespace

std::string worksheet_markdown(const Consolidation& c, Lang lang) {
  size_t divergent = 0;
  size_t agreed = 0;
  size_t facts = 0;
  for (const QuestionView& v : c.questions) {
    if (v.question->is_profile()) {
      facts += v.divergent && v.question->type != model::QuestionType::text;
    } else if (v.shown && v.question->type != model::QuestionType::text) {
      (v.divergent ? divergent : agreed) += 1;
    }
  }
  int number = 0;
  std::string out = header(c, lang, divergent, agreed, facts);
  out += facts_section(c, lang, number);
  out += divergent_section(c, lang, number);
  out += agreed_section(c, lang);
  out += texts_section(c, lang);
  // One newline at the end, whatever the last section was.
  while (out.size() > 1 && out.back() == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace autodiag::consolidate
