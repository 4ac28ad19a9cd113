#include "cli/commands.h"
#include "cli/response_source.h"
#include "consolidate/consolidate.h"
#include "consolidate/worksheet.h"
#include "document/html_page.h"
#include "load/response_writer.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>

namespace autodiag::cli {

namespace {

struct ConsolidateOptions {
  std::vector<std::string> responses;
  std::string output = "reponse-consolidee.yaml";
  std::string worksheet;
  std::string questionnaire;
  bool names = false;
};

// The worksheet's format follows its name: a web page to project or print, or
// Markdown to edit.
bool is_html(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".html" || extension == ".htm";
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return a != "-" && b != "-" && std::filesystem::equivalent(a, b, ec);
}

// An output that is one of the responses would replace it; a response given
// twice would count one person twice.
void check_paths(const ConsolidateOptions& o) {
  for (size_t i = 0; i < o.responses.size(); ++i) {
    for (size_t j = i + 1; j < o.responses.size(); ++j) {
      if (o.responses[i] == o.responses[j] || same_file(o.responses[i], o.responses[j])) {
        throw Failure(exit_code::usage, msg("la réponse {} est donnée deux fois", "response {} is given twice",
                                            o.responses[j]));
      }
    }
    for (const std::string* out : {&o.output, &o.worksheet}) {
      if (!out->empty() && (*out == o.responses[i] || same_file(*out, o.responses[i]))) {
        throw Failure(exit_code::usage, msg("{} est une des réponses : choisissez un autre fichier de sortie",
                                            "{} is one of the responses: choose another output file", *out));
      }
    }
  }
  if (!o.worksheet.empty() && (o.worksheet == o.output || same_file(o.worksheet, o.output))) {
    throw Failure(exit_code::usage, msg("la feuille de consensus et la réponse consolidée doivent être deux fichiers "
                                        "différents",
                                        "the worksheet and the consolidated response must be two different files"));
  }
}

void run_consolidate(const ConsolidateOptions& options, Context& context) {
  if (options.responses.size() < 2) {
    throw Failure(exit_code::usage, msg("donnez au moins deux réponses à consolider",
                                        "give at least two responses to consolidate"));
  }
  check_paths(options);
  std::vector<Diagnostics> diagnostics;
  std::vector<model::Response> parsed;
  for (const std::string& path : options.responses) {
    diagnostics.emplace_back(path);
    parsed.push_back(parse_or_fail(path, diagnostics.back(), context));
  }
  consolidate::check_same_questionnaire(options.responses, parsed);
  auto questionnaire = choose_questionnaire(options.questionnaire, parsed.front().questionnaire_id, context);
  std::vector<consolidate::Input> inputs;
  for (size_t i = 0; i < parsed.size(); ++i) {
    inputs.push_back({options.responses[i], check_or_fail(std::move(parsed[i]), *questionnaire, diagnostics[i], context)});
  }
  consolidate::Options settings{options.names, load::now_timestamp(), context.lang};
  consolidate::Consolidation result = consolidate::consolidate(*questionnaire, std::move(inputs), settings);

  // Both documents are made before either is written: a failure leaves neither.
  std::string response = load::write_response(result.result.response);
  std::string worksheet;
  if (!options.worksheet.empty()) {
    worksheet = consolidate::worksheet_markdown(result, context.lang);
    if (is_html(options.worksheet)) worksheet = document::worksheet_page(worksheet, context.lang);
  }
  write_atomically(options.output, response);
  size_t divergent = result.result.response.consensus->divergent.size();
  std::string counts =
      divergent == 1 ? fmt::format(fmt::runtime(std::string(context.tr("{} réponses, 1 question où les points de vue diffèrent",
                                                                         "{} responses, 1 question where views differ"))),
                                   result.inputs.size())
                     : fmt::format(fmt::runtime(std::string(context.tr("{} réponses, {} questions où les points de vue diffèrent",
                                                                         "{} responses, {} questions where views differ"))),
                                   result.inputs.size(), divergent);
  context.out << context.tr("Réponse consolidée : ", "Consolidated response: ") << options.output << " (" << counts << ")\n";
  if (!options.worksheet.empty()) {
    write_atomically(options.worksheet, worksheet);
    context.out << context.tr("Feuille de consensus : ", "Consensus worksheet: ") << options.worksheet << '\n';
  }
}

}  // namespace

void add_consolidate(CLI::App& app, Context& context) {
  auto options = std::make_shared<ConsolidateOptions>();
  CLI::App* sub = app.add_subcommand(
      "consolidate",
      std::string(context.tr("réunit les réponses de plusieurs personnes d'une même structure en une réponse, et "
                             "prépare la réunion de consensus (voir docs/consolidate.md)",
                             "gathers the responses of several people of one organisation into one response, and "
                             "prepares the consensus meeting (see docs/consolidate.md)")));
  sub->add_option(std::string(context.tr("RÉPONSE", "RESPONSE")), options->responses,
                  std::string(context.tr("réponses individuelles (deux ou plus)", "individual responses (two or more)")))
      ->required();
  sub->add_option("-o,--output", options->output,
                  std::string(context.tr("réponse consolidée à écrire (par défaut : reponse-consolidee.yaml)",
                                         "consolidated response to write (default: reponse-consolidee.yaml)")));
  sub->add_option("--worksheet", options->worksheet,
                  std::string(context.tr("feuille de consensus à écrire pour la réunion : page web si le nom finit par .html, "
                                         "Markdown sinon",
                                         "consensus worksheet to write for the meeting: a web page if the name ends in .html, "
                                         "Markdown otherwise")));
  sub->add_flag("--names", options->names,
                std::string(context.tr("montre le nom des répondants et liste les fichiers (sinon, personne n'est nommé)",
                                       "shows respondents' names and lists the files (otherwise nobody is named)")));
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : celui que nomment les réponses)",
                                         "questionnaire (default: the one the responses name)")));
  sub->callback([options, &context] { run_consolidate(*options, context); });
}

}  // namespace autodiag::cli
