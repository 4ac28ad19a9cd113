// The shared summary of a cohort built from the personas: what a reader of
// summary.md can and cannot learn about one organisation.
#include "batch/runner.h"

#include "cli/questionnaire_source.h"
#include "util/files.h"

#include "test_helpers.h"
#include "test_report_fixtures.h"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>

using namespace autodiag;
namespace fs = std::filesystem;

namespace {

using autodiag::test::TempDir;

const std::string examples = AUTODIAG_SOURCE_DIR "/examples/";

const model::Questionnaire& bundled() {
  static const model::Questionnaire* q = cli::bundled_questionnaire("guide-bonnes-pratiques-ess");
  REQUIRE(q != nullptr);
  return *q;
}

// 6 × persona A (association, no employee, Sarthe), 6 × B (association,
// 120 employees, Maine-et-Loire), 5 × C (Scic, Mayenne), 4 × E (commercial
// company of the ESS, Loire-Atlantique), and the response in progress.
void make_cohort(const fs::path& dir) {
  auto copies = [&](const std::string& persona, char letter, int count) {
    for (int i = 1; i <= count; ++i) fs::copy_file(examples + persona, dir / fmt::format("{}{}.yaml", letter, i));
  };
  copies("persona-a-association-sportive.yaml", 'a', 6);
  copies("persona-b-medico-social.yaml", 'b', 6);
  copies("persona-c-scic-tiers-lieu.yaml", 'c', 5);
  copies("persona-e-sas-ess-nantes.yaml", 'e', 4);
  fs::copy_file(examples + "in-progress.yaml", dir / "in-progress.yaml");
}

std::string summary_of(const fs::path& in, const fs::path& out, size_t min_group, bool include_in_progress = false,
                       Lang lang = Lang::en) {
  batch::BatchOptions options;
  options.inputs = {in.string()};
  options.out_dir = out.string();
  options.lang = lang;
  options.min_group = min_group;
  options.include_in_progress = include_in_progress;
  std::ostringstream silent;
  batch::Progress progress(silent, false, false);
  batch::run_batch(options, bundled(), progress);
  return read_input((out / "summary.md").string());
}

// The n column of every breakdown table: (section title, label, n) rows.
struct Row {
  std::string table, label;
  size_t n;
};
std::vector<Row> breakdown_rows(const std::string& summary) {
  std::vector<Row> rows;
  std::istringstream in(summary);
  std::string table;
  static const std::regex row(R"(^\| ([^|]+) \| (\d+) \| [^|]+ \|.*)");
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("## By ")) table = line.substr(3);
    std::smatch m;
    if (!table.empty() && std::regex_match(line, m, row)) rows.push_back({table, m[1], std::stoul(m[2])});
  }
  return rows;
}

}  // namespace

TEST_SUITE("cohort summary") {
  TEST_CASE("a group of four is never shown, autres is never one organisation, nothing subtracts out") {
    TempDir in("cohort-in");
    TempDir out("cohort-out");
    make_cohort(in.path());
    std::string summary = summary_of(in.path(), out.path(), 5);
    CHECK(summary.find("- Responses scored: 22 (21 complete, 1 in progress)\n- Counted in the statistics: 21 "
                       "(complete responses only)\n") != std::string::npos);
    // Overall (questionnaire 2.1.0): A 34.320 ×6, B 66.083 ×6, C 61.106 ×5,
    // E 58.333 ×4; mean 1141.28 / 21 = 54.3, quartiles of the 21.
    CHECK(summary.find("| **Overall** | 21 | 54 | 34 | 61 | 66 |\n") != std::string::npos);
    // Associations: (6 × 34.320 + 6 × 66.083) / 12 = 50.2. The 4 companies alone
    // would be shown by the total minus the rest: the 5 Scic join them,
    // (5 × 61.106 + 4 × 58.333) / 9 = 59.9.
    CHECK(summary.find("| Association (non-profit) | 12 | 50 |") != std::string::npos);
    CHECK(summary.find("| others (merged) | 9 | 60 |") != std::string::npos);
    CHECK(summary.find("Commercial company") == std::string::npos);
    CHECK(summary.find("Scic") == std::string::npos);
    CHECK(summary.find("Loire-Atlantique") == std::string::npos);  // the 4 of E's department
    CHECK(summary.find("| Maine-et-Loire (49) | 6 | 66 |") != std::string::npos);
    CHECK(summary.find("| no employee | 6 | 34 |") != std::string::npos);
    CHECK(summary.find("| 1 to 10 |") == std::string::npos);  // C's 5 go with E's 4: 11 to 49 alone would be 4

    // What a reader can subtract: in every table the rows shown add up to
    // the organisations counted, and none of them, autres included, is
    // smaller than 5 (every theme was scored by every organisation here but
    // environment and ethics, whose cells are checked in test_cohort_suppression).
    std::vector<Row> rows = breakdown_rows(summary);
    std::map<std::string, size_t> totals;
    for (const Row& row : rows) {
      INFO(row.table, ": ", row.label);
      CHECK(row.n >= 5);
      totals[row.table] += row.n;
    }
    CHECK(totals.size() == 5);
    for (const auto& total : totals) {
      INFO(total.first);
      CHECK(total.second == 21);
    }

    // The charts: their words in the Markdown, each followed by its table
    // twin; inline in the HTML, which parses as XML.
    CHECK(summary.find("![Scores by theme: the middle half of the organisations, median and mean](summary-themes.svg)\n\n"
                       "What the chart shows (the table that follows gives the same figures):\n\n"
                       "- Overall: half of the organisations between 34 and 66, median 61, mean 54\n"
                       "- Democratic governance: half") != std::string::npos);
    CHECK(summary.find("- Ethics: half of the organisations between 27 and 47, median 40, mean 38\n\n| Theme | n |") !=
          std::string::npos);
    CHECK(summary.find("![Level distribution](summary-levels.svg)\n\nWhat the chart shows (the table that follows gives "
                       "the same figures):\n\n- Overall: 0 \"First steps\", 6 \"Developing\", 15 \"Established practices\", "
                       "0 \"Well-established approach\"\n") != std::string::npos);
    CHECK(read_input(out / "summary-themes.svg").find("<desc id=\"themes-desc\">Overall: half of the organisations between "
                                                      "34 and 66, median 61, mean 54; Democratic governance:") !=
          std::string::npos);
    std::string html = read_input((out / "summary.html"));
    CHECK(test::run_command("xmllint --noout '" + (out / "summary.html") + "' 2>&1").first == 0);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("aria-labelledby=\"themes-title themes-desc\"") != std::string::npos);
    CHECK(html.find("aria-labelledby=\"levels-title levels-desc\"") != std::string::npos);
    CHECK(read_input((out / "summary-themes.svg")).starts_with("<?xml"));

    // In progress: listed apart, not counted.
    CHECK(summary.find("## Responses in progress\n") != std::string::npos);
    CHECK(summary.find("- `" + (in / "in-progress.yaml") + "`: 19% of the questions answered\n") !=
          std::string::npos);
  }

  TEST_CASE("--include-in-progress counts the response in progress; --min-group 3 shows smaller groups") {
    TempDir in("cohort-in");
    TempDir out("cohort-out");
    make_cohort(in.path());
    std::string summary = summary_of(in.path(), out.path(), 3, true);
    CHECK(summary.find("- Counted in the statistics: 22 (responses in progress included)\n") != std::string::npos);
    CHECK(summary.find("## Responses in progress") == std::string::npos);
    // 6 A, 6 B and the one in progress: (6 × 34.320 + 6 × 66.083 + 47.222) / 13 = 50.0.
    CHECK(summary.find("| Association (non-profit) | 13 | 50 |") != std::string::npos);
    // The Scic's overall score is withheld: the 1-to-10 band (the 5 Scic and
    // the response in progress, 3 employees) minus the Scic would be that
    // one response. Local roots, which it did not score, can be shown.
    CHECK(summary.find("| Scic (multi-stakeholder cooperative) | 5 | s | s | s | 73 | s | 62 | 50 | 61 | 40 |\n") !=
          std::string::npos);
    // The 5 Scic and the response in progress: (5 × 61.106 + 47.222) / 6 = 58.8.
    CHECK(summary.find("| 1 to 10 | 6 | 59 |") != std::string::npos);
    // Groups of 4 can be shown at 3, but here again the overall would give
    // the response in progress away (the sector "others": E and it).
    CHECK(summary.find("| Commercial company of the ESS (SAS, SARL, SA…) | 4 | s | s | s | 67 |") != std::string::npos);
    // Vendée (85) holds only the response in progress: withheld.
    CHECK(summary.find("Vendée") == std::string::npos);
  }

  TEST_CASE("improvement.md of the personas: shares by hand, and no entry open to fewer than five") {
    TempDir in("cohort-in");
    TempDir out("cohort-out");
    make_cohort(in.path());
    summary_of(in.path(), out.path(), 5);
    std::string report = read_input((out.path() / "improvement.md").string());
    // alert_procedure (maturity scale, 0 to 3) is an obligation from 50
    // employees: B's 6 are out. A and C: not started (all 3 points missing),
    // E: informal (2 of 3 missing) → 15 / 15 short, (11 + 4 × 2/3) / 15 = 91 %.
    CHECK(report.find("(`alert_procedure`) | 15 / 15 (100%) | 91% |\n") != std::string::npos);
    // strategy_review: A not started, B formalised, C informal, E formalised →
    // (6 + 6/3 + 5 × 2/3 + 4/3) / 21 = 60 %.
    CHECK(report.find("(`strategy_review`) | 21 / 21 (100%) | 60% |\n") != std::string::npos);
    // Every entry named is open to at least five of them (the one open to
    // E's four in Loire-Atlantique alone is not named).
    static const std::regex open(R"(Open to (\d+) of the 21 organisations counted)");
    size_t named = 0;
    for (auto it = std::sregex_iterator(report.begin(), report.end(), open); it != std::sregex_iterator(); ++it, ++named) {
      CHECK(std::stoul((*it)[1]) >= 5);
    }
    CHECK(named > 0);
    CHECK(report.find("One other entry of the catalogue is open to fewer than 5 organisations") != std::string::npos);
    // The organisations' names never appear (nor any persona file).
    CHECK(report.find("Étoile sportive") == std::string::npos);
    CHECK(report.find("a1.yaml") == std::string::npos);

    // In French, the entries are said of organisations, never to one: the
    // bundled catalogue's `for` texts speak of organisations
    // (docs/questionnaire-format.md), and an entry without one is described
    // from its legal forms and conditions.
    TempDir fr("cohort-improvement-fr");
    summary_of(in.path(), fr.path(), 5, false, Lang::fr);
    std::string french = read_input((fr.path() / "improvement.md").string());
    std::string cited = french.substr(french.find("## Les accompagnements cités"));
    for (const char* second_person : {"vous", "Vous", "votre", "Votre", "vos ", "Vos "}) {
      CHECK_MESSAGE(cited.find(second_person) == std::string::npos, second_person);
    }
    CHECK(cited.find("\n- **ESSOR** — Pour les structures qui ont un projet à financer. Ouvert à 15 des 21 structures "
                     "comptées. Présent seulement en Pays de la Loire. "
                     "<https://www.essor-paysdelaloire.org>\n") != std::string::npos);
    CHECK(cited.find("\n- **FDVA 2 — Fonds pour le développement de la vie associative (fonctionnement et innovation)** "
                     "— Pour les associations qui ont un projet à financer. Ouvert à 6 des 21 structures comptées. <https://www.associations.gouv.fr>\n") !=
          std::string::npos);
  }
}
