#include "batch/runner.h"

#include "batch/benchmark_walk.h"
#include "batch/file_names.h"
#include "batch/grouping.h"
#include "batch/improvement_markdown.h"
#include "batch/inputs.h"
#include "batch/ordered_pool.h"
#include "batch/previous.h"
#include "batch/pseudonym.h"
#include "batch/scorer.h"
#include "batch/statistics.h"
#include "batch/summary_markdown.h"
#include "batch/work.h"
#include "document/html_page.h"
#include "report/numbers.h"
#include "util/csv.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <cmath>
#include <filesystem>

namespace autodiag::batch {

namespace {

namespace fs = std::filesystem;

// Results waiting to be written: bounds memory while keeping every worker busy.
constexpr size_t window = 256;

std::vector<std::string> csv_header(const model::Questionnaire& q) {
  std::vector<std::string> header = {"source", "organisation", "legal_form", "department", "status",
                                     "completion", "overall", "level"};
  for (const model::Theme& theme : q.themes) header.push_back(theme.id);
  return header;
}

std::vector<std::string> csv_fields(const ScoredRow& row) {
  std::vector<std::string> fields = {row.source,
                                     row.organisation,
                                     row.groups[cohort::Criterion::legal_form],
                                     row.groups[cohort::Criterion::department],
                                     std::string(model::status_name(row.status)),
                                     std::to_string(std::lround(row.completion * 100)),
                                     row.overall ? report::show_score(*row.overall) : "",
                                     row.level ? row.level->id : ""};
  for (const auto& score : row.themes) fields.push_back(score ? report::show_score(*score) : "");
  return fields;
}

class Run {
 public:
  // Every output is written relative to `out`, held open (util/files.h).
  Run(const BatchOptions& options, const model::Questionnaire& q, Progress& progress, const Folder& out)
      : m_options(options),
        m_q(q),
        m_progress(progress),
        m_statistics(q, options.include_in_progress),
        m_out(out),
        m_csv(out, "scores.csv"),
        m_json(out, "scores.json"),
        m_errors(out, "errors.txt") {}

  void compare_with(std::vector<cohort::YearScores> previous) {
    std::vector<std::string> theme_ids;
    for (const model::Theme& theme : m_q.themes) theme_ids.push_back(theme.id);
    m_evolution.emplace(std::move(theme_ids));
    for (cohort::YearScores& scores : previous) m_evolution->add_previous(std::move(scores));
  }

  BatchOutcome run(InputWalker& inputs, size_t count) {
    std::vector<Diagnostic> missing = inputs.missing();
    for (Diagnostic& d : missing) {
      if (m_options.anonymize) d.file = pseudonym(d.file);
      m_errors.write(format_diagnostic(d, m_options.lang) + "\n");
      m_statistics.add_invalid({d.file, d, 1});
    }
    m_csv.write(csv_row(csv_header(m_q), m_options.csv_separator));
    m_json.write("[");
    // With --benchmark the plans wait for a walk of their own, once the
    // cohort is known: no walk before it keeps the parsed responses.
    bool plan_walk = m_options.plans && m_options.benchmark;
    ScoreSettings settings{&m_q, m_options.anonymize, m_options.plans && !plan_walk, m_options.platform};
    // The output folder itself may be a link: the user named it. `plans`
    // may not, or the plans would land wherever someone with access to the
    // shared folder pointed it.
    if (m_options.plans) m_plans.emplace(m_out.subfolder("plans"));
    if (plan_walk) m_benchmark.emplace(m_q, m_options.min_group);
    m_count = count;
    m_walks = (m_options.group_by_organisation ? 2 : 1) + (plan_walk ? 1 : 0);
    m_progress.start(count);
    if (m_options.group_by_organisation) {
      run_grouped(inputs, settings);
    } else {
      walk(inputs, settings, [&](UnitResult& result) { take(result); });
    }
    if (plan_walk) write_benchmarked_plans(settings);
    m_progress.finish();
    m_json.write(m_statistics.responses() == 0 ? "]\n" : "\n]\n");
    m_csv.commit();
    m_json.commit();
    m_errors.commit();
    write_summary();
    return {m_statistics.responses(), m_statistics.invalid().size(), std::move(m_kept_plans)};
  }

 private:
  // summary.md with its two charts beside it, and summary.html with them
  // inline; improvement.md and improvement.html.
  void write_summary() {
    Summary summary = summary_markdown(m_q, m_statistics, m_options.lang, m_options.min_group, m_grouped_files,
                                       m_evolution ? &*m_evolution : nullptr);
    write_atomically(m_out, themes_chart_file, summary.themes_svg);
    write_atomically(m_out, levels_chart_file, summary.levels_svg);
    write_atomically(m_out, "summary.md", summary.markdown);
    std::string html = document::html_page(
        summary.markdown, {{themes_chart_file, summary.themes_svg}, {levels_chart_file, summary.levels_svg}}, m_options.lang);
    write_atomically(m_out, "summary.html", html);
    std::string improvement = improvement_markdown(m_q, m_statistics, m_options.lang, m_options.min_group);
    write_atomically(m_out, "improvement.md", improvement);
    write_atomically(m_out, "improvement.html", document::html_page(improvement, {}, m_options.lang));
  }

  // One walk over the inputs. Result i belongs to input i whichever worker
  // computed it, and results are taken in input order: the outputs never
  // depend on the job count. A CSV export gives one work item per row: its
  // rows are read as the workers take them and scored in parallel.
  template <class Take>
  void walk(InputWalker& inputs, const ScoreSettings& settings, Take take) {
    using Done = std::pair<size_t, UnitResult>;  // input number, result
    WorkSource source([&] { return inputs.next(); }, settings);
    for_each_ordered<Work, Done>(
        m_options.jobs, window, [&] { return source.next(); },
        [&](Work& work) { return Done{work.input_number, do_work(work, settings)}; },
        [&](size_t, Done& done) {
          take(done.second);
          m_progress.update((m_walk * m_count + done.first) / m_walks);
        });
    ++m_walk;
  }

  // Two walks over the inputs (docs/batch.md, --group-by): the first counts
  // each organisation's responses and reports the invalid ones; the second
  // consolidates each organisation once its last response is read.
  void run_grouped(InputWalker& inputs, const ScoreSettings& settings) {
    m_grouping.emplace(settings, m_options.lang, [&](ScoredRow& row) { write_row(row); },
                       [&](InvalidInput invalid) {
                         m_errors.write(format_diagnostic(invalid.first_error, m_options.lang) + "\n");
                         m_statistics.add_invalid(std::move(invalid));
                       });
    ScoreSettings counting = settings;
    counting.keep_responses = false;
    walk(inputs, counting, [&](UnitResult& result) {
      for (const Diagnostic& d : result.diagnostics) m_errors.write(format_diagnostic(d, m_options.lang) + "\n");
      for (InvalidInput& invalid : result.invalid) m_statistics.add_invalid(std::move(invalid));
      for (const ScoredRow& row : result.rows) m_grouping->count(row);
    });
    ScoreSettings keeping = settings;
    keeping.keep_responses = true;
    InputWalker second(m_options.inputs, m_options.out_dir);
    walk(second, keeping, [&](UnitResult& result) {
      for (ScoredRow& row : result.rows) m_grouping->add(row);
    });
    m_grouped_files = m_grouping->files();
  }

  // The plan walk of --benchmark: every response read and scored again, its
  // problems already reported by the first walk (docs/batch.md, memory).
  void write_benchmarked_plans(const ScoreSettings& settings) {
    ScoreSettings keeping = settings;
    keeping.keep_responses = true;
    auto plan = [&](ScoredRow& row) {
      BenchmarkWalk::Found found = m_benchmark->find(row);
      if (found.seen) write_plan(row, found.benchmark ? &*found.benchmark : nullptr);
    };
    InputWalker inputs(m_options.inputs, m_options.out_dir);
    if (m_grouping) {
      Grouping again = m_grouping->again(keeping, plan);
      walk(inputs, keeping, [&](UnitResult& result) {
        for (ScoredRow& row : result.rows) again.add(row);
      });
    } else {
      walk(inputs, keeping, [&](UnitResult& result) {
        for (ScoredRow& row : result.rows) plan(row);
      });
    }
  }

  void write_row(ScoredRow& row) {
    m_csv.write(csv_row(csv_fields(row), m_options.csv_separator));
    m_json.write(m_statistics.responses() == 0 ? "\n" : ",\n");
    m_json.write(row.json);
    m_statistics.add(row);
    if (m_evolution && m_statistics.counts(row)) {
      cohort::YearScores scores{row.organisation_key, row.overall, {}};
      for (size_t t = 0; t < row.themes.size(); ++t) {
        if (row.themes[t]) scores.themes[m_q.themes[t].id] = *row.themes[t];
      }
      m_evolution->add_current(std::move(scores));
    }
    if (m_benchmark) {
      m_benchmark->add(row, m_statistics.counts(row));
    } else if (m_options.plans) {
      write_plan(row, nullptr);
    }
  }

  void take(UnitResult& result) {
    for (const Diagnostic& d : result.diagnostics) m_errors.write(format_diagnostic(d, m_options.lang) + "\n");
    for (InvalidInput& invalid : result.invalid) m_statistics.add_invalid(std::move(invalid));
    for (ScoredRow& row : result.rows) write_row(row);
  }

  void write_plan(const ScoredRow& row, const report::Benchmark* benchmark) {
    // Without a name, the file it came from still gives a readable name.
    std::string fallback = slug(fs::path(row.source).filename().string(), "organisation");
    std::string stem = m_names.take(slug(row.organisation, fallback));
    report::PlanRequest request;
    request.questionnaire = &m_q;
    request.response = &*row.checked;
    request.lang = m_options.lang;
    request.anonymize = m_options.anonymize;
    request.benchmark = benchmark;
    if (m_options.anonymize) request.organisation_override = row.organisation;
    document::DocumentRequest documents{request, m_options.plan_formats, "", ""};
    documents.folder = &*m_plans;
    documents.force = m_options.force;
    std::string first = std::string(document::extension(m_options.plan_formats.front()));
    document::Written written =
        document::write_documents(documents, m_plans->file(stem + "." + first));
    if (!written.kept_plan.empty()) {
      m_kept_plans.push_back(written.kept_message);
      // The new plan took a name beside the kept one: no later response may
      // be given that name too.
      m_names.take(fs::path(written.paths[0]).stem().string());
    }
  }

  const BatchOptions& m_options;
  const model::Questionnaire& m_q;
  Progress& m_progress;
  Statistics m_statistics;
  std::optional<cohort::Evolution> m_evolution;  // with --previous
  std::optional<BenchmarkWalk> m_benchmark;  // with --plans --benchmark
  std::optional<Grouping> m_grouping;        // with --group-by
  UniqueNames m_names;
  std::vector<Message> m_kept_plans;
  const Folder& m_out;
  std::optional<Folder> m_plans;  // with --plans
  OutputFile m_csv;
  OutputFile m_json;
  OutputFile m_errors;
  size_t m_grouped_files = 0;  // with --group-by: the responses gathered into organisations
  size_t m_count = 0;          // inputs, for the progress over all the walks
  size_t m_walks = 1;
  size_t m_walk = 0;
};

}  // namespace

BatchOutcome run_batch(const BatchOptions& options, const model::Questionnaire& questionnaire, Progress& progress) {
  InputWalker inputs(options.inputs, options.out_dir);
  size_t count = count_inputs(options.inputs, options.out_dir);
  if (count == 0 && inputs.missing().empty()) {
    throw Failure(exit_code::no_input, msg("aucun fichier réponse trouvé (.yaml, .yml, .json ou .csv)",
                                           "no response file found (.yaml, .yml, .json or .csv)"));
  }
  // A missing pandoc or weasyprint is found before the first response, not
  // after an hour of work.
  if (options.plans) document::check_tools(options.plan_formats);
  // Last year's cohort is read before anything is written: a wrong folder
  // stops the batch at once.
  std::vector<cohort::YearScores> previous;
  if (!options.previous.empty()) previous = read_previous(options.previous, questionnaire, options.include_in_progress);
  Folder out = Folder::named(options.out_dir);
  Run run(options, questionnaire, progress, out);
  if (!options.previous.empty()) run.compare_with(std::move(previous));
  return run.run(inputs, count);
}

}  // namespace autodiag::batch
