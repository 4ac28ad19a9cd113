#include "cli/commands.h"
#include "util/bundled.h"
#include "util/errors.h"
#include "util/exit_codes.h"

#include <memory>

namespace autodiag::cli {

void add_schema(CLI::App& app, Context& context) {
  auto kind = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "schema", std::string(context.tr("écrit le schéma JSON (draft-07) des questionnaires ou des réponses, pour les éditeurs",
                                       "prints the JSON Schema (draft-07) of questionnaires or responses, for editors")));
  sub->add_option("TYPE", *kind, "questionnaire | response")->required()->check(CLI::IsMember({"questionnaire", "response"}));
  sub->callback([&context, kind] {
    std::string name = "schemas/" + *kind + ".schema.json";
    const bundled::File* file = bundled::find(name);
    if (file == nullptr) throw Failure(exit_code::internal, msg("schéma intégré absent : {}", "bundled schema missing: {}", name));
    context.out << file->content;
  });
}

}  // namespace autodiag::cli
