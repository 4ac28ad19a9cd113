#include "batch/pseudonym.h"
#include "batch/runner.h"

#include "cli/questionnaire_source.h"
#include "load/questionnaire_loader.h"
#include "util/errors.h"
#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <sstream>

using namespace autodiag;
namespace fs = std::filesystem;

namespace {

using autodiag::test::TempDir;

const std::string fixtures = AUTODIAG_SOURCE_DIR "/tests/fixtures/batch";


const model::Questionnaire& mini() {
  static model::Questionnaire q = [] {
    Diagnostics d("questionnaire.yaml");
    auto loaded = load::load_questionnaire(read_input(fixtures + "/questionnaire.yaml"), d);
    REQUIRE(loaded);
    return std::move(*loaded);
  }();
  return q;
}

const model::Questionnaire& bundled() {
  static const model::Questionnaire* q = cli::bundled_questionnaire("guide-bonnes-pratiques-ess");
  REQUIRE(q != nullptr);
  return *q;
}

batch::BatchOutcome run(batch::BatchOptions options, const model::Questionnaire& q) {
  std::ostringstream silent;
  batch::Progress progress(silent, false, false);
  return batch::run_batch(options, q, progress);
}

// Every file under `dir`, relative path → content.
std::map<std::string, std::string> tree(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[fs::relative(entry.path(), dir).string()] = read_input(entry.path().string());
  }
  return files;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_SUITE("batch::run_batch") {
  TEST_CASE("mixed good and bad inputs: every good one scored, every bad one reported") {
    TempDir out("batch-mixed");
    batch::BatchOptions options;
    options.inputs = {fixtures + "/mixed", fixtures + "/csv", fixtures + "/missing.yaml"};
    options.out_dir = out.path().string();
    options.lang = Lang::en;
    options.min_group = 3;
    batch::BatchOutcome outcome = run(options, mini());
    CHECK(outcome.responses == 5);
    CHECK(outcome.invalid == 4);
    const std::string f = fixtures;
    CHECK(read_input(out / "scores.csv") ==
          "source,organisation,legal_form,department,status,completion,overall,level,governance,employer\r\n" +
              f + "/csv/semicolon-bom.csv:2,Gamma Entraide,association,44,complete,100,83,solid,67,100\r\n" +
              f + "/csv/semicolon-bom.csv:3,\"Epsilon \"\"Les Amis\"\"\",scop,other,complete,67,100,solid,100,\r\n" +
              f + "/csv/semicolon-bom.csv:6,Êta Partielle,association,,complete,33,0,start,0,\r\n" +
              f + "/mixed/a-good.yaml,Alpha Solidaire,association,44,complete,100,83,solid,67,100\r\n" +
              f + "/mixed/sub/b-good.json,Bêta Coop,scop,other,complete,67,100,solid,100,\r\n");
    CHECK(lines_of(read_input(out / "errors.txt")) ==
          std::vector<std::string>{
              f + "/missing.yaml: error: no such file or folder",
              f + "/csv/semicolon-bom.csv:5:6: error: answer to 'statutes_shared': unknown option 'Parfois oui' (options: "
                  "not_started, informal, formalised, improved)",
              f + "/csv/semicolon-bom.csv:5:7: error: answer to 'ag_rate': 200 is outside the allowed range (0 … 100)",
              f + "/csv/semicolon-bom.csv:5:8: error: answer to 'annual_reviews': yes or no is expected, not 'peut-être'",
              f + "/mixed/c-bad-syntax.yaml:3:7: error: YAML syntax error: a '{ }' list is not closed properly: a comma or '}' is missing",
              f + "/mixed/d-bad-option.yaml:7:20: error: answer to 'statutes_shared': unknown option 'sometimes' (options: "
                  "not_started, informal, formalised, improved)"});
    std::string json = read_input(out / "scores.json");
    auto parsed = nlohmann::json::parse(json);
    REQUIRE(parsed.size() == 5);
    CHECK(parsed[3]["organisation"] == "Alpha Solidaire");
    CHECK(parsed[3]["overall"]["score"].get<double>() == doctest::Approx(250.0 / 3));

    std::string summary = read_input(out / "summary.md");
    CHECK(summary.find("- Responses scored: 5 (5 complete, 0 in progress)\n- Counted in the statistics: 5 (complete "
                       "responses only)\n- Invalid inputs: 4\n") != std::string::npos);
    // Five organisations at --min-group 3: no minimum or maximum, and a theme
    // two of them scored is withheld.
    CHECK(summary.find("| **Overall** | 5 | 73 | 83 | 83 | 100 |\n") != std::string::npos);
    CHECK(summary.find("| Democratic governance | 5 | 67 | 67 | 67 | 100 |\n") != std::string::npos);
    CHECK(summary.find("| Pay policy | 2 | s | s | s | s |\n") != std::string::npos);
    CHECK(summary.find("| **Overall** | 1 | 0 | 4 |\n") != std::string::npos);  // levels: start, progress, solid
    CHECK(summary.find("| 1 | Are the statutes given to every new member? (`statutes_shared`) | Democratic governance | "
                       "1 / 5 (20%) |\n") != std::string::npos);
    // 3 associations and 2 Scop: the Scop cannot be shown, and the
    // associations would then be the total minus the two Scop.
    CHECK(summary.find("## By legal form\n\nNo group has at least 3 organisations: no breakdown.\n") != std::string::npos);
    CHECK(summary.find("## By department\n\nNo group has at least 3 organisations: no breakdown.\n") != std::string::npos);
    CHECK(summary.find("By field of activity") == std::string::npos);  // the mini questionnaire has no sector
    CHECK(summary.find("- `" + f + "/csv/semicolon-bom.csv:5:6`: answer to 'statutes\\_shared': unknown option 'Parfois oui' "
                       "(options: not\\_started, informal, formalised, improved) (3 errors in all)\n") != std::string::npos);
    CHECK(summary.find("- `" + f + "/missing.yaml`: no such file or folder\n") != std::string::npos);
    // Only the nine outputs (scores.csv and .json, errors.txt, summary.md,
    // .html and its two charts, improvement.md and .html): no temporary file
    // left behind.
    CHECK(tree(out.path().string()).size() == 9);
  }

  TEST_CASE("--csv-sep ; for French spreadsheets") {
    TempDir out("batch-sep");
    batch::BatchOptions options;
    options.inputs = {fixtures + "/mixed/a-good.yaml"};
    options.out_dir = out.path().string();
    options.csv_separator = ';';
    batch::BatchOutcome outcome = run(options, mini());
    CHECK(outcome.invalid == 0);
    CHECK(lines_of(read_input(out / "scores.csv"))[1] ==
          fixtures + "/mixed/a-good.yaml;Alpha Solidaire;association;44;complete;100;83;solid;67;100\r");
  }

  TEST_CASE("-j1 and -j4 give byte-identical outputs, across several chunks") {
    TempDir in("batch-jobs-in");
    // 6 personas × 110 copies, plus bad files spread among them: more inputs
    // than one chunk, so results from several rounds of workers are merged.
    std::vector<std::string> examples;
    for (const auto& entry : fs::directory_iterator(AUTODIAG_SOURCE_DIR "/examples")) {
      if (entry.is_regular_file()) examples.push_back(entry.path());
    }
    std::sort(examples.begin(), examples.end());
    for (int copy = 0; copy < 110; ++copy) {
      for (size_t e = 0; e < examples.size(); ++e) {
        std::string name = fmt::format("{:03d}-{}", copy, fs::path(examples[e]).filename().string());
        fs::copy_file(examples[e], in / name);
      }
      if (copy % 25 == 0) write_atomically(in / fmt::format("{:03d}-broken.yaml", copy), "format: [\n");
    }
    TempDir out1("batch-jobs-1");
    TempDir out4("batch-jobs-4");
    batch::BatchOptions options;
    options.inputs = {in.path().string()};
    options.jobs = 1;
    options.out_dir = out1.path().string();
    batch::BatchOutcome one = run(options, bundled());
    options.jobs = 4;
    options.out_dir = out4.path().string();
    batch::BatchOutcome four = run(options, bundled());
    CHECK(one.responses == 880);  // 110 copies of the 8 examples
    CHECK(one.invalid == 5);
    CHECK(four.responses == one.responses);
    auto a = tree(out1.path().string());
    auto b = tree(out4.path().string());
    CHECK(a.size() == 9);
    // Plain pairs, not structured bindings: clang 14 cannot capture those in INFO's lambda.
    for (const auto& file : a) {
      INFO(file.first);
      CHECK(b[file.first] == file.second);
    }
    // Rows come out in sorted input order.
    auto rows = lines_of(a["scores.csv"]);
    CHECK(rows[1].starts_with(in.path().string() + "/000-in-progress.yaml,"));
    CHECK(rows[880].starts_with(in.path().string() + "/109-persona-g-mutuelle.yaml,"));
  }

  TEST_CASE("--anonymize: no organisation name, path or free text in any output") {
    TempDir out("batch-anon");
    batch::BatchOptions options;
    options.inputs = {fixtures + "/mixed", fixtures + "/csv"};
    options.out_dir = out.path().string();
    options.anonymize = true;
    options.plans = true;
    run(options, mini());
    auto files = tree(out.path().string());
    CHECK(files.size() == 9 + 3 * 5);  // and a plan (Markdown, SVG, tracking sheet) per response
    for (const char* secret : {"Alpha", "Bêta", "Gamma", "Epsilon", "Amis", "Zêta", "Êta", "Delta", "Texte libre",
                               "Commentaire confidentiel", "Deux lignes", "Parfois", "peut-être", "fixtures", "mixed", "a-good",
                               "semicolon", "bad-syntax"}) {
      for (const auto& file : files) {
        INFO(file.first, " holds ", secret);
        CHECK(file.second.find(secret) == std::string::npos);
      }
    }
    std::string pseudo = batch::pseudonym(fixtures + "/mixed/a-good.yaml");
    CHECK(files["scores.csv"].find(pseudo + "," + pseudo + ",association,44,complete,100,83,solid,67,100\r\n") !=
          std::string::npos);
    CHECK(files["errors.txt"].find(batch::pseudonym(fixtures + "/mixed/d-bad-option.yaml") +
                                   ":7:20: erreur: réponse à « statutes_shared » : option « sometimes » inconnue") !=
          std::string::npos);
  }

  TEST_CASE("--plans: hostile organisation names give safe, unique, readable file names") {
    TempDir out("batch-hostile");
    batch::BatchOptions options;
    options.inputs = {fixtures + "/hostile"};
    options.out_dir = out.path().string();
    options.plans = true;
    CHECK(run(options, mini()).responses == 8);
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(out / "plans")) names.insert(entry.path().filename().string());
    // ../../x, "", 300 characters, emoji only, "Les Amis" twice, /etc/passwd, « » and ;
    std::set<std::string> expected;
    for (const char* stem : {"x", "names-csv-3", "association-tres-tres-tres-tres-tres-tres-tres-tres-tres",
                             "names-csv-5", "les-amis", "les-amis-2", "etc-passwd", "cafe-le-zinc-nantes"}) {
      expected.insert(std::string(stem) + ".md");
      expected.insert(std::string(stem) + ".svg");
      expected.insert(std::string(stem) + "-actions.csv");
    }
    CHECK(names == expected);
    // Nothing was written outside the output folder.
    CHECK(tree(out.path().string()).size() == 9 + 24);
    CHECK_FALSE(fs::exists(out.path().parent_path() / "x.md"));
  }

  TEST_CASE("-j1 and -j4 give byte-identical plans") {
    TempDir out1("batch-plans-1");
    TempDir out4("batch-plans-4");
    batch::BatchOptions options;
    options.inputs = {fixtures + "/hostile", fixtures + "/mixed", fixtures + "/csv"};
    options.plans = true;
    options.jobs = 1;
    options.out_dir = out1.path().string();
    run(options, mini());
    options.jobs = 4;
    options.out_dir = out4.path().string();
    run(options, mini());
    auto a = tree(out1.path().string());
    CHECK(a.size() == 9 + 3 * 13);
    CHECK(a == tree(out4.path().string()));
  }

  TEST_CASE("an output folder inside an input folder is not read back as input") {
    TempDir in("batch-rerun");
    fs::copy_file(fixtures + "/mixed/a-good.yaml", in / "a.yaml");
    batch::BatchOptions options;
    options.inputs = {in.path().string()};
    options.out_dir = in / "out";
    CHECK(run(options, mini()).responses == 1);
    batch::BatchOutcome again = run(options, mini());
    CHECK(again.responses == 1);
    CHECK(again.invalid == 0);
  }

  TEST_CASE("a folder without any response file is a stop (66), not an empty report") {
    TempDir in("batch-empty");
    batch::BatchOptions options;
    options.inputs = {in.path().string()};
    options.out_dir = in / "out";
    try {
      run(options, mini());
      FAIL("expected a Failure");
    } catch (const Failure& e) {
      CHECK(e.exit_code() == 66);
      CHECK(e.message().en == "no response file found (.yaml, .yml, .json or .csv)");
    }
    CHECK_FALSE(fs::exists(in / "out"));
  }

  TEST_CASE("links planted in a shared output folder are replaced, never written through") {
    TempDir outside("batch-victim");
    TempDir out("batch-shared");
    std::string victim = outside.file("precious.md");
    write_atomically(victim, "keep me\n");
    fs::create_directory(out / "plans");
    for (const char* name : {"summary.md", "summary.html", "summary-themes.svg", "summary-levels.svg", "scores.csv", "errors.txt",
                             "plans/alpha-solidaire.md", "plans/alpha-solidaire.svg"}) {
      fs::create_symlink(victim, out / name);
    }
    batch::BatchOptions options;
    options.inputs = {fixtures + "/mixed/a-good.yaml"};
    options.out_dir = out.path().string();
    options.plans = true;
    CHECK(run(options, mini()).responses == 1);
    CHECK(read_input(victim) == "keep me\n");
    for (const char* name : {"summary.md", "summary.html", "summary-themes.svg", "summary-levels.svg", "scores.csv", "errors.txt",
                             "plans/alpha-solidaire.md", "plans/alpha-solidaire.svg"}) {
      INFO(name);
      CHECK(fs::is_regular_file(fs::symlink_status(out / name)));
    }
    CHECK(read_input(out / "plans/alpha-solidaire.md").starts_with("# "));
  }

  TEST_CASE("a plans folder planted as a link is refused (73); the named output folder may be a link") {
    TempDir outside("batch-victim");
    TempDir out("batch-shared");
    fs::create_directory_symlink(outside.path(), out / "plans");
    batch::BatchOptions options;
    options.inputs = {fixtures + "/mixed/a-good.yaml"};
    options.out_dir = out.path().string();
    options.plans = true;
    try {
      run(options, mini());
      FAIL("expected a Failure");
    } catch (const Failure& e) {
      CHECK(e.exit_code() == 73);
      CHECK(e.message().en == "cannot create folder " + (out / "plans") +
                                  ": it is a symbolic link, which autodiag does not write through");
    }
    CHECK(outside.entries().empty());

    TempDir real("batch-real");
    fs::create_directory_symlink(real.path(), out / "named");
    options.out_dir = out / "named";
    CHECK(run(options, mini()).responses == 1);
    CHECK(fs::exists(real / "plans/alpha-solidaire.md"));
  }

  TEST_CASE("links in an input folder are reported and never followed; named, they are taken") {
    TempDir secret("batch-secret");
    TempDir in("batch-links-in");
    TempDir out("batch-links-out");
    write_atomically(secret / "private.yaml", read_input(fixtures + "/mixed/a-good.yaml"));
    write_atomically(in / "own.yaml", read_input(fixtures + "/mixed/a-good.yaml"));
    fs::create_symlink(secret / "private.yaml", in / "elsewhere.yaml");
    fs::create_symlink(in / "own.yaml", in / "twice.yaml");
    fs::create_directory_symlink(secret.path(), in / "folder");
    batch::BatchOptions options;
    options.inputs = {in.path().string()};
    options.out_dir = out.path().string();
    options.lang = Lang::en;
    batch::BatchOutcome outcome = run(options, mini());
    CHECK(outcome.responses == 1);
    CHECK(outcome.invalid == 3);
    std::string skipped = ": error: symbolic link skipped: autodiag does not follow links found in a folder (to include "
                          "it, name the file or folder it points to as an argument)";
    CHECK(read_input(out / "errors.txt") ==
          in / "elsewhere.yaml" + skipped + "\n" + in / "folder" + skipped + "\n" + in / "twice.yaml" + skipped + "\n");
    CHECK(lines_of(read_input(out / "scores.csv")).size() == 2);

    options.inputs = {in / "elsewhere.yaml", in / "folder"};
    outcome = run(options, mini());
    CHECK(outcome.responses == 2);
    CHECK(outcome.invalid == 0);
  }
}
