// improvement.md: the largest shared gaps of a cohort, grouped by the
// catalogue entries that address them, every figure computed by hand.
#include "batch/runner.h"

#include "cohort/improvement.h"
#include "load/questionnaire_loader.h"
#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace autodiag;
namespace fs = std::filesystem;

namespace {

using autodiag::test::TempDir;

// mini.yaml with a catalogue of its own, so that the test does not follow
// the bundled catalogue's entries: one national entry for employers, one for
// Scop only, one for small associations, one in Loire-Atlantique, and a
// regional body for every theme. Two addresses that are not web addresses
// are never shown.
const model::Questionnaire& questionnaire() {
  static const model::Questionnaire q = [] {
    std::string yaml = test::read_source_file("tests/fixtures/mini.yaml");
    yaml = yaml.substr(0, yaml.find("\nsupport:\n")) + R"yaml(
support:
  - id: dla
    name: "DLA"
    description: "Free support for employers."
    url: https://www.info-dla.fr/
    themes: [governance, employer]
    eligible: "employees >= 1"
  - id: scop_network
    name: "Scop network"
    description: "For Scop."
    scope: network
    for: {fr: "Pour les Scop.", en: "For Scop."}
    url: "javascript:alert(1)"
    themes: [governance]
    legal_forms: [scop]
  - id: small_associations
    name: "Small associations"
    description: "For small associations."
    themes: [governance]
    legal_forms: [association]
    eligible: "employees <= 2"
  - id: local_44
    name: "Local 44"
    description: "In Loire-Atlantique."
    url: "https://a.example/> [click](javascript:alert(1))"
    scope: department
    themes: [governance]
    regions: [pays-de-la-loire]
    eligible: "department == '44'"
  - id: regional_body
    name: "Regional body"
    description: "Every theme."
    scope: region
    regions: [pays-de-la-loire]
)yaml";
    Diagnostics diagnostics;
    auto loaded = load::load_questionnaire(yaml, diagnostics);
    REQUIRE(loaded);
    REQUIRE(test::render(diagnostics) == "");
    return std::move(*loaded);
  }();
  return q;
}

void response(const fs::path& dir, const std::string& name, const std::string& legal_form, const std::string& department,
              int employees, const std::string& answers) {
  write_atomically((dir / (name + ".yaml")).string(),
             fmt::format("format: autodiag-response/1\nquestionnaire: {{id: mini, version: 1.0.0}}\nstatus: complete\n"
                         "language: en\nprofile:\n  name: \"{}\"\n  legal_form: {}\n  department: \"{}\"\n"
                         "  employees: {}\nanswers:\n{}",
                         name, legal_form, department, employees, answers));
}

// 6 associations in Loire-Atlantique with 3 employees (P), 5 Scop elsewhere
// without employees (Q: the employer questions are hidden), 2 associations
// elsewhere with 2 employees (R).
void make_cohort(const fs::path& dir) {
  for (int i = 1; i <= 6; ++i) {
    response(dir, fmt::format("p{}", i), "association", "44", 3,
             "  statutes_shared: formalised\n  ag_rate: 60\n  annual_reviews: no\n  training: [plan]\n");
  }
  for (int i = 1; i <= 5; ++i) {
    response(dir, fmt::format("q{}", i), "scop", "other", 0, "  statutes_shared: improved\n  ag_rate: 10\n");
  }
  for (int i = 1; i <= 2; ++i) {
    response(dir, fmt::format("r{}", i), "association", "other", 2,
             "  statutes_shared: not_started\n  ag_rate: na\n  annual_reviews: yes\n  training: [plan, budget]\n");
  }
}

std::string improvement_of(const fs::path& in, const fs::path& out, Lang lang) {
  batch::BatchOptions options;
  options.inputs = {in.string()};
  options.out_dir = out.string();
  options.lang = lang;
  std::ostringstream silent;
  batch::Progress progress(silent, false, false);
  batch::run_batch(options, questionnaire(), progress);
  return read_input((out / "improvement.md").string());
}

}  // namespace

TEST_SUITE("cohort improvement") {
  TEST_CASE("the largest shared gaps, grouped by the entries that address them, as computed by hand") {
    TempDir in("improvement-in");
    TempDir out("improvement-out");
    make_cohort(in.path());
    std::string report = improvement_of(in.path(), out.path(), Lang::en);
    // annual_reviews (put to P and R: 8): P's 6 answered no → 6/8 short, 6/8 of the points missing.
    // training (P and R): P's plan gives 2 of 3 points → 6/8 short; (6 × 1/3) / 8 = 25 % missing.
    // statutes_shared (all 13): P formalised (2/3), R not started (0) → 8/13 = 62 % short;
    //   (6 × 1/3 + 2 × 1) / 13 = 4/13 = 31 % missing.
    // ag_rate (11: R answered N/A): Q's 10 % turnout scores 0 → 5/11 = 45 % short and missing.
    // The two employer questions tie at 75 %; fewer points are missing for training.
    // Entries: DLA is open to P and R (8); the Scop network to Q (5); Local 44
    // to P (6), in the region the summary shows (6 in Pays de la Loire, 7
    // with no region); the small associations' entry to R only (2): not named.
    // The regional body covers every theme: named once, apart.
    CHECK(report ==
          "# Leads for collective workshops — Mini self-assessment\n\n"
          "- Organisations counted: 13 (complete responses only)\n"
          "- Questionnaire: mini 1.0.0\n"
          "- Statistical confidentiality: no figure covers fewer than 5 organisations; no organisation is named or "
          "ranked\n\n"
          "The questions where most organisations of the cohort do not have the best answer yet, grouped by the "
          "entries of the catalogue that work on their theme: to choose the subjects of collective workshops and whom "
          "to invite.\n\n"
          "How to read the figures: for each question, only the organisations it was put to and that answered it "
          "count (no \"not applicable\", no question hidden by another answer). \"Not yet at the top\": those without "
          "the answer that gives all the points. \"Points missing\": on average over all these organisations, the "
          "share of the possible points that is missing. A question put to fewer than 5 organisations is left out. "
          "After each entry of the catalogue, in brackets: how many of the organisations counted it is open to (by its "
          "legal forms, regions or conditions).\n\n"
          "## Lead 1: Pay policy\n\n"
          "| Question | Not yet at the top | Points missing |\n|---|--:|--:|\n"
          "| Does every employee have an annual review? (`annual_reviews`) | 6 / 8 (75%) | 75% |\n"
          "| Which training? (`training`) | 6 / 8 (75%) | 25% |\n\n"
          "Who can help: **DLA** (8 of 13).\n\n"
          "## Lead 2: Democratic governance\n\n"
          "| Question | Not yet at the top | Points missing |\n|---|--:|--:|\n"
          "| Are the statutes given to every new member? (`statutes_shared`) | 8 / 13 (62%) | 31% |\n"
          "| Turnout at the last general assembly (%) (`ag_rate`) | 5 / 11 (45%) | 45% |\n\n"
          "Who can help: **DLA** (8 of 13), **Local 44** (6 of 13) and **Scop network** (5 of 13).\n\n"
          "## For every theme\n\n"
          "These entries are not limited to one theme: **Regional body** (6 of 13).\n\n"
          "## The entries named\n\n"
          // Who each entry is for: its `for` text ("For Scop."), else said
          // from its conditions and regions.
          "- **DLA** — For organisations that meet its conditions of access (checked against their profile). Open "
          "to 8 of the 13 organisations counted. <https://www.info-dla.fr/>\n"
          "- **Scop network** — For Scop. Open to 5 of the 13 organisations counted.\n"
          "- **Local 44** — For organisations that meet its conditions of access (checked against their profile). "
          "Open to 6 of the 13 organisations counted. Only in Pays de la Loire.\n"
          "- **Regional body** — For every organisation in the regions where it works. Open to 6 of the 13 "
          "organisations counted. Only in Pays de la Loire.\n\n"
          "One other entry of the catalogue is open to fewer than 5 organisations of the cohort: it is not named here, "
          "so as not to point at a small group. Each organisation's plan suggests those open to it.\n");
    std::string html = read_input((out.path() / "improvement.html").string());
    CHECK(html.find("<html lang=\"en\"") != std::string::npos);
    CHECK(html.find("<h2>Lead 2: Democratic governance</h2>") != std::string::npos);
    CHECK(html.find("<td align=\"right\">6 / 8 (75%)</td>") != std::string::npos);
  }

  TEST_CASE("French, and nothing shown once the cohort is too small") {
    TempDir in("improvement-in");
    TempDir out("improvement-out");
    make_cohort(in.path());
    std::string report = improvement_of(in.path(), out.path(), Lang::fr);
    CHECK(report.find("## Piste 1 : Politique salariale\n\n") != std::string::npos);
    CHECK(report.find("| Les statuts sont-ils remis à chaque nouveau membre ? (`statutes_shared`) | 8 / 13 (62\u202f%) | "
                      "31\u202f% |\n") != std::string::npos);
    CHECK(report.find("Qui peut aider : **DLA** (8 sur 13), **Local 44** (6 sur 13) et **Scop network** (5 sur 13).\n") !=
          std::string::npos);
    std::string cited = report.substr(report.find("## Les accompagnements cités\n\n"));
    CHECK(cited.substr(0, cited.find("\n\n", 32) + 2) ==
          "## Les accompagnements cités\n\n"
          "- **DLA** — Pour les structures qui remplissent ses conditions d'accès (vérifiées sur leur profil). "
          "Ouvert à 8 des 13 structures comptées. <https://www.info-dla.fr/>\n"
          "- **Scop network** — Pour les Scop. Ouvert à 5 des 13 structures comptées.\n"
          "- **Local 44** — Pour les structures qui remplissent ses conditions d'accès (vérifiées sur leur "
          "profil). Ouvert à 6 des 13 structures comptées. Présent seulement en Pays de la Loire.\n"
          "- **Regional body** — Pour toutes les structures des régions où il est présent. Ouvert à 6 des 13 "
          "structures comptées. Présent seulement en Pays de la Loire.\n\n");

    // Four Scop alone: no question is put to five organisations.
    TempDir few("improvement-few");
    for (int i = 1; i <= 4; ++i) response(few.path(), fmt::format("q{}", i), "scop", "other", 0, "  statutes_shared: informal\n");
    TempDir few_out("improvement-few-out");
    report = improvement_of(few.path(), few_out.path(), Lang::en);
    CHECK(report.find("No question put to at least 5 organisations leaves a gap: no shared lead to suggest.\n") !=
          std::string::npos);
    CHECK(report.find("statutes_shared") == std::string::npos);
  }

  TEST_CASE("a regional entry is only said to be regional when the summary withholds its region") {
    // Break_down may merge a region of at least min_group into "autres"
    // (when the others together are too few): naming it here would undo that.
    const model::Questionnaire& q = questionnaire();
    cohort::SharedGaps gaps(q);
    size_t statutes = q.find_question("statutes_shared")->index;
    size_t regional = 4;  // regional_body, the fifth entry of the catalogue above
    for (int i = 0; i < 6; ++i) gaps.add({statutes}, {0.5}, {regional}, "pays-de-la-loire");
    gaps.add({statutes}, {1.0}, {}, "");
    cohort::Improvement withheld = cohort::improvement(q, gaps, 5, {});
    REQUIRE(withheld.general.size() == 1);
    CHECK(withheld.general[0].open_to == 6);
    CHECK(withheld.general[0].regional);
    CHECK(withheld.general[0].regions.empty());
    REQUIRE(withheld.groups.size() == 1);
    CHECK(withheld.groups[0].supports.empty());
    CHECK(withheld.groups[0].questions[0].counted == 7);
    CHECK(withheld.groups[0].questions[0].short_of_top == 6);
    CHECK(withheld.groups[0].questions[0].missing_share == doctest::Approx(3.0 / 7));
    cohort::Improvement named = cohort::improvement(q, gaps, 5, {"pays-de-la-loire"});
    CHECK(named.general[0].regions == std::vector<std::string>{"pays-de-la-loire"});
  }
}
