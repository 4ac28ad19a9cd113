#include "cli/commands.h"
#include "cli/questionnaire_source.h"
#include "load/questionnaire_loader.h"
#include "util/bundled.h"

#include <fmt/format.h>

namespace autodiag::cli {

void add_questionnaires(CLI::App& app, Context& context) {
  CLI::App* sub = app.add_subcommand(
      "questionnaires", std::string(context.tr("liste les questionnaires intégrés", "lists the bundled questionnaires")));
  sub->callback([&context] {
    std::string lang(lang_code(context.lang));
    for (const std::string& name : bundled_questionnaire_names()) {
      Diagnostics diagnostics(name);
      auto q = load::load_questionnaire(bundled::find(name)->content, diagnostics);
      if (!q) {
        print_diagnostics(diagnostics, context);
        continue;
      }
      context.out << fmt::format("{} {} — {}{}\n", q->id, q->version.text, q->title.get(lang, q->default_language()),
                                 name == default_questionnaire ? context.tr(" (par défaut)", " (default)") : "");
    }
  });
}

}  // namespace autodiag::cli
