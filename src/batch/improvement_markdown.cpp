#include "batch/improvement_markdown.h"

#include "cohort/criteria.h"
#include "cohort/improvement.h"
#include "report/numbers.h"
#include "report/plan_text.h"
#include "util/escape.h"

#include <fmt/format.h>

#include <algorithm>

namespace autodiag::batch {

namespace {

class Writer {
 public:
  Writer(const model::Questionnaire& q, const Statistics& s, Lang lang, size_t min_group)
      : m_q(q), m_s(s), m_lang(lang), m_code(lang_code(lang)), m_k(min_group) {}

  std::string render() {
    cohort::Improvement report = cohort::improvement(m_q, m_s.shared_gaps(), m_k, shown_regions());
    heading();
    if (report.groups.empty()) {
      m_out += fmt::format(fmt::runtime(tr("Aucune question posée à au moins {} structures ne laisse d'écart : pas de "
                                           "piste commune à proposer.\n",
                                           "No question put to at least {} organisations leaves a gap: no shared "
                                           "lead to suggest.\n")),
                           m_k);
      return std::move(m_out);
    }
    for (size_t g = 0; g < report.groups.size(); ++g) group(g + 1, report.groups[g]);
    if (!report.general.empty()) {
      m_out += fmt::format("## {}\n\n{}{}\n\n", tr("Pour tous les thèmes", "For every theme"),
                           tr("Ces accompagnements ne se limitent pas à un thème : ",
                              "These entries are not limited to one theme: "),
                           names(report.general));
    }
    cited(report);
    if (report.unnamed_supports == 1) {
      m_out += fmt::format(fmt::runtime(tr("Un autre accompagnement du catalogue n'est ouvert qu'à moins de {} structures "
                                           "du lot : il n'est pas nommé ici, pour ne pas signaler un petit groupe. Le plan "
                                           "de chaque structure lui propose ceux qui lui sont ouverts.\n",
                                           "One other entry of the catalogue is open to fewer than {} organisations of "
                                           "the cohort: it is not named here, so as not to point at a small group. Each "
                                           "organisation's plan suggests those open to it.\n")),
                           m_k);
    } else if (report.unnamed_supports > 1) {
      m_out += fmt::format(fmt::runtime(tr("{} autres accompagnements du catalogue ne sont ouverts qu'à moins de {} "
                                           "structures du lot : ils ne sont pas nommés ici, pour ne pas signaler un petit "
                                           "groupe. Le plan de chaque structure lui propose ceux qui lui sont ouverts.\n",
                                           "{} other entries of the catalogue are open to fewer than {} organisations of "
                                           "the cohort: they are not named here, so as not to point at a small group. "
                                           "Each organisation's plan suggests those open to it.\n")),
                           report.unnamed_supports, m_k);
    }
    return std::move(m_out);
  }

 private:
  std::string_view tr(std::string_view fr, std::string_view en) const { return autodiag::tr(m_lang, fr, en); }
  const std::string& t(const model::Text& text) const { return text.get(m_code, m_q.default_language()); }
  std::string percent(double ratio) const { return report::show_percent(ratio, m_lang == Lang::fr); }

  // The regions the summary names; any other would single out its few organisations.
  std::vector<std::string> shown_regions() const {
    if (!cohort::criterion_available(m_q, cohort::Criterion::region)) return {};
    std::vector<std::pair<std::string, size_t>> groups;
    for (const auto& [id, size] : m_s.population().group_sizes(cohort::Criterion::region)) groups.emplace_back(id, size);
    return cohort::break_down(groups, m_k).shown;
  }

  void heading() {
    std::string_view colon = m_lang == Lang::fr ? " : " : ": ";
    m_out += fmt::format("# {} — {}\n\n", tr("Pistes d'ateliers collectifs", "Leads for collective workshops"),
                         markdown_escape(t(m_q.title)));
    m_out += fmt::format("- {}{}{}{}\n", tr("Structures comptées", "Organisations counted"), colon, m_s.counted(),
                         m_s.includes_in_progress() ? tr(" (réponses en cours comprises)", " (responses in progress included)")
                                                    : tr(" (réponses terminées seulement)", " (complete responses only)"));
    m_out += fmt::format("- {}{}{} {}\n", tr("Questionnaire", "Questionnaire"), colon, m_q.id, m_q.version.text);
    m_out += fmt::format(fmt::runtime(tr("- Secret statistique : aucun chiffre ne porte sur moins de {} structures ; "
                                         "aucune structure n'est nommée ni classée\n\n",
                                         "- Statistical confidentiality: no figure covers fewer than {} organisations; "
                                         "no organisation is named or ranked\n\n")),
                         m_k);
    m_out += tr("Les questions où le plus de structures du lot n'ont pas encore la meilleure réponse, regroupées selon "
                "les accompagnements du catalogue qui portent sur leur thème : de quoi choisir les sujets d'ateliers "
                "collectifs et savoir qui y inviter.\n\n",
                "The questions where most organisations of the cohort do not have the best answer yet, grouped by the "
                "entries of the catalogue that work on their theme: to choose the subjects of collective workshops "
                "and whom to invite.\n\n");
    m_out += fmt::format(
        fmt::runtime(tr("Comment lire les chiffres : pour chaque question, seules comptent les structures à qui elle a été "
                        "posée et qui y ont répondu (ni « non concerné », ni question masquée par une autre réponse). "
                        "« Pas encore au maximum » : celles qui n'ont pas la réponse qui donne tous les points. « Points "
                        "manquants » : en moyenne sur toutes ces structures, la part des points possibles qui manque. "
                        "Une question posée à moins de {} structures n'apparaît pas. Après chaque accompagnement, "
                        "entre parenthèses : à combien des structures comptées il est ouvert (selon sa forme juridique, "
                        "sa région ou ses conditions).\n\n",
                        "How to read the figures: for each question, only the organisations it was put to and that "
                        "answered it count (no \"not applicable\", no question hidden by another answer). \"Not yet at "
                        "the top\": those without the answer that gives all the points. \"Points missing\": on average "
                        "over all these organisations, the share of the possible points that is missing. A question put "
                        "to fewer than {} organisations is left out. After each entry of the catalogue, in brackets: "
                        "how many of the organisations counted it is open to (by its legal forms, regions or "
                        "conditions).\n\n")),
        m_k);
  }

  void group(size_t number, const cohort::GapGroup& g) {
    std::vector<std::string> themes;
    for (const cohort::QuestionGap& gap : g.questions) {
      std::string label = t(m_q.themes[static_cast<size_t>(gap.question->theme_index)].label());
      if (std::find(themes.begin(), themes.end(), label) == themes.end()) themes.push_back(label);
    }
    m_out += fmt::format("## {} {}{}{}\n\n", tr("Piste", "Lead"), number, m_lang == Lang::fr ? " : " : ": ",
                         markdown_escape(report::join_words(themes, m_lang)));
    // The heading names the theme when there is only one.
    bool theme_column = themes.size() > 1;
    m_out += fmt::format("| {} |{} {} | {} |\n|---|{}--:|--:|\n", tr("Question", "Question"),
                         theme_column ? fmt::format(" {} |", tr("Thème", "Theme")) : "",
                         tr("Pas encore au maximum", "Not yet at the top"), tr("Points manquants", "Points missing"),
                         theme_column ? "---|" : "");
    for (const cohort::QuestionGap& gap : g.questions) {
      const model::Question& q = *gap.question;
      std::string theme =
          theme_column ? fmt::format(" {} |", markdown_escape(t(m_q.themes[static_cast<size_t>(q.theme_index)].label())))
                       : "";
      m_out += fmt::format("| {} (`{}`) |{} {} / {} ({}) | {} |\n", markdown_escape(t(q.text)), q.id, theme,
                           gap.short_of_top, gap.counted,
                           percent(static_cast<double>(gap.short_of_top) / static_cast<double>(gap.counted)),
                           percent(gap.missing_share));
    }
    m_out += '\n';
    if (g.supports.empty()) {
      m_out += fmt::format(fmt::runtime(tr("Aucun accompagnement du catalogue ouvert à au moins {} structures du lot ne "
                                           "porte sur ce thème : un atelier entre pairs, ou un intervenant à trouver.\n\n",
                                           "No entry of the catalogue open to at least {} organisations of the cohort "
                                           "works on this theme: a peer workshop, or a speaker to find.\n\n")),
                           m_k);
      return;
    }
    m_out += fmt::format("{}{}\n\n", tr("Qui peut aider : ", "Who can help: "), names(g.supports));
  }

  // Widest open first: the likeliest partners of a workshop for the cohort.
  std::string names(std::vector<cohort::NamedSupport> supports) const {
    std::stable_sort(supports.begin(), supports.end(),
                     [](const cohort::NamedSupport& a, const cohort::NamedSupport& b) { return a.open_to > b.open_to; });
    std::vector<std::string> out;
    for (const cohort::NamedSupport& s : supports) {
      out.push_back(fmt::format(fmt::runtime(tr("**{}** ({} sur {})", "**{}** ({} of {})")), markdown_escape(t(s.option->name)),
                                s.open_to, m_s.counted()));
    }
    return report::join_words(out, m_lang) + ".";
  }

  // Each entry named above, once, with what a facilitator needs to contact it.
  void cited(const cohort::Improvement& report) {
    std::vector<const cohort::NamedSupport*> all;
    auto cite = [&](const cohort::NamedSupport& s) {
      bool seen = std::any_of(all.begin(), all.end(), [&](const cohort::NamedSupport* c) { return c->option == s.option; });
      if (!seen) all.push_back(&s);
    };
    for (const cohort::GapGroup& g : report.groups) {
      for (const cohort::NamedSupport& s : g.supports) cite(s);
    }
    for (const cohort::NamedSupport& s : report.general) cite(s);
    if (all.empty()) return;
    m_out += fmt::format("## {}\n\n", tr("Les accompagnements cités", "The entries named"));
    for (const cohort::NamedSupport* s : all) support_line(*s);
    m_out += '\n';
  }

  void support_line(const cohort::NamedSupport& s) {
    const model::SupportOption& o = *s.option;
    std::string line = fmt::format("- **{}** —", markdown_escape(t(o.name)));
    line += " " + markdown_escape(o.audience.empty() ? who_for(o) : t(o.audience));
    line += fmt::format(fmt::runtime(tr(" Ouvert à {} des {} structures comptées.", " Open to {} of the {} organisations counted.")),
                        s.open_to, m_s.counted());
    if (s.regional) {
      std::vector<std::string> names;
      for (const std::string& id : s.regions) {
        names.push_back(cohort::group_label(m_q, cohort::Criterion::region, id, m_lang));
      }
      line += names.empty() ? std::string(tr(" Présent dans certaines régions seulement : selon la région de chaque structure.",
                                              " Only in some regions: depending on each organisation's region."))
                            : fmt::format("{}{}.", tr(" Présent seulement en ", " Only in "),
                                          markdown_escape(report::join_words(names, m_lang)));
    }
    if (!o.verified) {
      line += tr(" Certaines informations n'ont pas pu être confirmées : vérifiez-les auprès de l'organisme.",
                 " Some details could not be confirmed: check them with the organisation.");
    }
    if (is_web_address(o.url)) line += " <" + o.url + ">";
    m_out += line + "\n";
  }

  // Who an entry is for when the catalogue has no `for` text (which is said
  // of organisations, never to one: docs/questionnaire-format.md): from its
  // legal forms and whether it has conditions of access (its regions come
  // after the count).
  std::string who_for(const model::SupportOption& o) const {
    std::vector<std::string> forms;
    for (const std::string& id : o.legal_forms) {
      forms.push_back(cohort::group_label(m_q, cohort::Criterion::legal_form, id, m_lang));
    }
    std::string either;
    for (size_t i = 0; i < forms.size(); ++i) {
      if (i > 0) either += i + 1 == forms.size() ? tr(" ou ", " or ") : ", ";
      either += forms[i];
    }
    bool conditions = o.eligible.has_value();
    if (!forms.empty() && conditions) {
      return fmt::format(fmt::runtime(tr("Pour les structures de forme juridique {}, sous conditions d'accès (vérifiées sur "
                                         "leur profil).",
                                         "For organisations whose legal form is {}, on conditions of access (checked "
                                         "against their profile).")),
                         either);
    }
    if (!forms.empty()) {
      return fmt::format(fmt::runtime(tr("Pour les structures de forme juridique {}.", "For organisations whose legal form is {}.")),
                         either);
    }
    if (conditions) {
      return std::string(tr("Pour les structures qui remplissent ses conditions d'accès (vérifiées sur leur profil).",
                            "For organisations that meet its conditions of access (checked against their profile)."));
    }
    if (!o.regions.empty()) {
      return std::string(tr("Pour toutes les structures des régions où il est présent.",
                            "For every organisation in the regions where it works."));
    }
    return std::string(tr("Pour toutes les structures.", "For every organisation."));
  }

  const model::Questionnaire& m_q;
  const Statistics& m_s;
  Lang m_lang;
  std::string m_code;
  size_t m_k;
  std::string m_out;
};

}  // namespace

std::string improvement_markdown(const model::Questionnaire& questionnaire, const Statistics& statistics, Lang lang,
                                 size_t min_group) {
  return Writer(questionnaire, statistics, lang, min_group).render();
}

}  // namespace autodiag::batch
