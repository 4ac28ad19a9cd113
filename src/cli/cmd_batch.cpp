#include "batch/runner.h"
#include "cli/commands.h"
#include "cohort/suppression.h"
#include "cli/questionnaire_source.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/plural.h"

#include <unistd.h>

#include <iostream>
#include <memory>
#include <thread>

namespace autodiag::cli {

namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string questionnaire;
  std::string out_dir = "autodiag-batch";
  unsigned jobs = 0;
  bool plans = false;
  bool force = false;
  bool anonymize = false;
  size_t min_group = cohort::default_min_group;
  bool include_in_progress = false;
  std::string group_by;
  bool benchmark = false;
  std::string previous;
  std::string csv_separator = ",";
  std::string from = "auto";
  std::vector<std::string> formats{"md"};
};

void run_batch(const Options& options, Context& context) {
  if (options.out_dir.empty()) {
    throw Failure(exit_code::usage, msg("-o : le nom du dossier des résultats est vide",
                                        "-o: the name of the results folder is empty"));
  }
  if (options.min_group < cohort::min_group_floor) {
    throw Failure(exit_code::usage,
                  msg("--min-group : {0} est trop petit ; en dessous de {1} structures, chacune pourrait retrouver le "
                      "score des autres dans la synthèse",
                      "--min-group: {0} is too small; below {1} organisations, each could work out the others' scores "
                      "from the summary",
                      options.min_group, cohort::min_group_floor));
  }
  model::Questionnaire questionnaire = load_questionnaire_or_fail(options.questionnaire, context);
  batch::BatchOptions batch;
  batch.inputs = options.inputs;
  batch.out_dir = options.out_dir;
  batch.jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  batch.plans = options.plans;
  batch.plan_formats = document::parse_formats(options.formats);
  batch.force = options.force;
  batch.anonymize = options.anonymize;
  batch.min_group = options.min_group;
  batch.include_in_progress = options.include_in_progress;
  batch.group_by_organisation = options.group_by == "organisation";
  batch.benchmark = options.benchmark;
  batch.previous = options.previous;
  batch.csv_separator = options.csv_separator[0];
  batch.lang = context.lang;
  batch.platform = *batch::parse_platform(options.from);
  // std::cerr itself: the progress line's own \r and erase sequence must
  // reach the terminal, and it shows only numbers.
  batch::Progress progress(std::cerr, ::isatty(STDERR_FILENO) != 0, context.lang == Lang::fr);
  batch::BatchOutcome outcome = batch::run_batch(batch, questionnaire, progress);
  for (const Message& kept : outcome.kept_plans) context.err << kept.in(context.lang) << '\n';
  context.out << fmt::format(
      fmt::runtime(context.tr("{}, {}. Résultats dans {}/ (scores.csv, scores.json, summary.md, summary.html, "
                              "improvement.md, improvement.html, errors.txt{}).\n",
                              "{}, {}. Results in {}/ (scores.csv, scores.json, summary.md, summary.html, "
                              "improvement.md, improvement.html, errors.txt{}).\n")),
      batch.group_by_organisation
          ? count_of(outcome.responses, context.lang, {"organisation évaluée", "organisations évaluées"},
                     {"organisation scored", "organisations scored"})
          : count_of(outcome.responses, context.lang, {"réponse évaluée", "réponses évaluées"},
                     {"response scored", "responses scored"}),
      count_of(outcome.invalid, context.lang, {"entrée invalide", "entrées invalides"}, {"invalid input", "invalid inputs"}),
      options.out_dir, options.plans ? ", plans/" : "");
  context.exit_code = outcome.invalid > 0 ? exit_code::data_error : exit_code::ok;
}

}  // namespace

void add_batch(CLI::App& app, Context& context) {
  auto options = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "batch", std::string(context.tr("évalue un lot de réponses (fichiers, dossiers, CSV) et en fait la synthèse",
                                      "scores a batch of responses (files, folders, CSV) and summarises them")));
  sub->add_option(std::string(context.tr("ENTRÉE", "INPUT")), options->inputs,
                  std::string(context.tr("fichiers réponse YAML ou JSON, dossiers (parcourus récursivement), fichiers CSV "
                                         "(une ligne par structure)",
                                         "YAML or JSON response files, folders (searched recursively), CSV files "
                                         "(one row per organisation)")))
      ->required();
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : celui qui est intégré)",
                                         "questionnaire (default: the bundled one)")));
  sub->add_option("-o,--output", options->out_dir,
                  std::string(context.tr("dossier des résultats", "folder for the results")))
      ->capture_default_str();
  sub->add_option("-j,--jobs", options->jobs,
                  std::string(context.tr("fichiers traités en parallèle (par défaut : un par processeur)",
                                         "files processed in parallel (default: one per processor)")))
      ->check(CLI::Range(1u, 256u));
  auto* plans = sub->add_flag("--plans", options->plans,
                              std::string(context.tr("écrit aussi un plan d'action par réponse dans plans/, avec son "
                                                     "tableau de suivi des actions",
                                                     "also writes one action plan per response in plans/, with its "
                                                     "action tracking sheet")));
  sub->add_option("--format", options->formats,
                  std::string(context.tr("formats des plans : md, html, docx, odt, pdf, séparés par des virgules "
                                         "(md,html)",
                                         "formats of the plans: md, html, docx, odt, pdf, separated by commas "
                                         "(md,html)")))
      ->delimiter(',')
      ->check(CLI::IsMember({"md", "html", "docx", "odt", "pdf"}))
      ->needs(plans)
      ->capture_default_str();
  sub->add_flag("--force", options->force,
                std::string(context.tr("avec --plans : remplace aussi les plans modifiés depuis qu'autodiag les a "
                                       "écrits (sinon le nouveau est écrit à côté)",
                                       "with --plans: also replaces plans edited since autodiag wrote them "
                                       "(otherwise the new one is written beside)")))
      ->needs(plans);
  sub->add_option("--previous", options->previous,
                  std::string(context.tr("le lot de l'an dernier (son dossier de résultats, ou ses réponses) : la "
                                         "synthèse donne l'évolution par thème",
                                         "last year's batch (its results folder, or its responses): the summary gives "
                                         "the evolution per theme")));
  sub->add_flag("--benchmark", options->benchmark,
                std::string(context.tr("avec --plans : situe chaque structure parmi des structures comparables du lot "
                                       "(par thème, et les questions où la plupart font mieux)",
                                       "with --plans: places each organisation among comparable ones of the batch "
                                       "(per theme, and the questions where most do better)")))
      ->needs(plans);
  sub->add_flag("--anonymize", options->anonymize,
                std::string(context.tr("remplace noms, chemins et textes libres par un pseudonyme stable",
                                       "replaces names, paths and free text with a stable pseudonym")));
  sub->add_option("--min-group", options->min_group,
                  std::string(context.tr("plus petit groupe montré dans la synthèse (les plus petits sont réunis "
                                         "dans « autres » ou masqués), au moins 3",
                                         "smallest group the summary shows (smaller ones are merged into \"others\" "
                                         "or withheld), at least 3")))
      ->capture_default_str();
  sub->add_flag("--include-in-progress", options->include_in_progress,
                std::string(context.tr("compte aussi les réponses en cours dans les statistiques",
                                       "also counts the responses in progress in the statistics")));
  sub->add_option("--group-by", options->group_by,
                  std::string(context.tr("organisation : consolide les réponses d'une même structure avant de les "
                                         "évaluer (voir docs/consolidate.md) ; la synthèse compte alors les structures",
                                         "organisation: consolidates the responses of one organisation before scoring "
                                         "(see docs/consolidate.md); the summary then counts organisations")))
      ->check(CLI::IsMember({"organisation"}));
  sub->add_option("--csv-sep", options->csv_separator,
                  std::string(context.tr("séparateur de scores.csv : , ou ; (tableurs en français)",
                                         "separator of scores.csv: , or ; (French spreadsheets)")))
      ->capture_default_str()
      ->check(CLI::IsMember({",", ";"}));
  sub->add_option("--from", options->from,
                  std::string(context.tr("origine des fichiers CSV (par défaut : reconnue d'après l'en-tête)",
                                         "where the CSV files come from (default: recognised from the header)")))
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "limesurvey", "kobo", "odk", "framaforms", "google", "generic"}));
  sub->callback([options, &context] { run_batch(*options, context); });
}

}  // namespace autodiag::cli
