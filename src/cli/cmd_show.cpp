#include "cli/commands.h"
#include "cli/questionnaire_source.h"
#include "load/reader.h"
#include "report/questionnaire_json.h"

#include <fmt/format.h>

#include <memory>

namespace autodiag::cli {

namespace {

struct ShowOptions {
  std::string questionnaire;
  std::string format = "text";
};

void print_outline(const model::Questionnaire& q, Context& context) {
  std::string lang(lang_code(context.lang));
  const std::string& fallback = q.default_language();
  auto t = [&](const model::Text& text) { return text.get(lang, fallback); };
  size_t questions = 0;
  size_t core = 0;
  for (const auto& theme : q.themes) {
    questions += theme.questions.size();
    for (const auto& question : theme.questions) core += question.core ? 1 : 0;
  }
  context.out << fmt::format("{} — {} {}\n", t(q.title), q.id, q.version.text);
  Message counts = msg("{} thèmes, {} questions ({} dans le parcours court), {} champs de profil",
                       "{} themes, {} questions ({} in the short path), {} profile fields", q.themes.size(), questions,
                       core, q.profile.size());
  context.out << counts.in(context.lang) << '\n';
  context.out << '\n' << context.tr("Profil", "Profile") << '\n';
  for (const auto& field : q.profile) {
    context.out << fmt::format("  - {} [{}] {}\n", field.id, model::type_name(field.type), t(field.text));
  }
  for (size_t i = 0; i < q.themes.size(); ++i) {
    const auto& theme = q.themes[i];
    context.out << fmt::format("\n{}. {} ({})\n", i + 1, t(theme.title), theme.id);
    for (const auto& question : theme.questions) {
      std::string marks;
      if (question.core) marks += "*";
      if (!question.when_source.empty()) {
        marks += fmt::format("{}{} {}", marks.empty() ? "" : " ", context.tr("si", "if"), question.when_source);
      }
      context.out << fmt::format("  - {} [{}{}] {}{}\n", question.id, model::type_name(question.type),
                                 question.scale_id.empty() ? "" : ":" + question.scale_id, t(question.text),
                                 marks.empty() ? "" : "  " + marks);
    }
  }
  context.out << '\n' << context.tr("* : parcours court", "*: short path") << '\n';
}

}  // namespace

void add_show(CLI::App& app, Context& context) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* sub = app.add_subcommand(
      "show", std::string(context.tr("affiche le questionnaire normalisé (plan lisible ou JSON)",
                                     "shows the normalised questionnaire (readable outline or JSON)")));
  sub->add_option("QUESTIONNAIRE", options->questionnaire,
                  std::string(context.tr("fichier questionnaire (par défaut : le questionnaire intégré)",
                                         "questionnaire file (default: the bundled questionnaire)")));
  sub->add_option("--format", options->format, "text | json")->check(CLI::IsMember({"text", "json"}));
  sub->callback([options, &context] {
    model::Questionnaire q = load_questionnaire_or_fail(options->questionnaire, context);
    if (options->format == "json") {
      context.out << report::questionnaire_json(q).dump(2) << '\n';
    } else {
      print_outline(q, context);
    }
  });
}

}  // namespace autodiag::cli
