#include "report/plan.h"
#include "document/documents.h"
#include "report/plan_files.h"
#include "report/plan_model.h"
#include "report/plan_template.h"
#include "util/errors.h"
#include "util/files.h"

#include "test_report_fixtures.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <set>
#include <regex>
#include <sstream>

using namespace autodiag;
using namespace autodiag::test;

namespace {

// The golden plans are rendered with the bundled templates and the date of
// each response's last save, so they never depend on today's date.
// AUTODIAG_UPDATE_GOLDEN=1 rewrites them after a deliberate change: then
// read the diff as a board member would before committing it.
void check_golden(const std::string& name, const std::string& actual) {
  std::string relative = "tests/golden/plans/" + name;
  if (const char* update = std::getenv("AUTODIAG_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    write_atomically(std::string(AUTODIAG_SOURCE_DIR) + "/" + relative, actual);
  }
  std::string expected = read_source_file(relative);
  CHECK_MESSAGE(actual == expected, "differs from " << relative << " (AUTODIAG_UPDATE_GOLDEN=1 rewrites it)");
}

// Pipes of a table row that separate cells (GFM: a backslash escapes the
// next character, so "\|" stays inside its cell).
size_t cell_separators(const std::string& row) {
  size_t count = 0;
  for (size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\') {
      ++i;
    } else if (row[i] == '|') {
      ++count;
    }
  }
  return count;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

struct Structure {
  size_t tables = 0;
  size_t headings = 0;
  size_t html = 0;  // raw HTML nodes: the plan never writes any
};

// Parses `markdown` with cmark and checks every table: cmark (CommonMark,
// without the table extension) sees a table as one paragraph; every line of
// it must be a row, every row must have the header's cell count, and every
// line of the document that starts with "|" must belong to such a paragraph.
Structure check_structure(const std::string& markdown, const std::string& name) {
  TempDir folder("cmark");
  std::string path = folder.file(name + ".md");
  write_atomically(path, markdown);
  auto [status, xml] = run_command("cmark --to xml --sourcepos '" + path + "'");
  REQUIRE(status == 0);
  std::vector<std::string> lines = lines_of(markdown);
  std::vector<bool> in_table(lines.size() + 1, false);
  Structure s;
  static const std::regex paragraph(R"re(<paragraph sourcepos="(\d+):\d+-(\d+):\d+")re");
  for (std::sregex_iterator it(xml.begin(), xml.end(), paragraph), end; it != end; ++it) {
    size_t first = std::stoul((*it)[1].str());
    size_t last = std::stoul((*it)[2].str());
    if (lines[first - 1].rfind("|", 0) != 0) continue;
    ++s.tables;
    size_t cells = cell_separators(lines[first - 1]);
    CHECK_MESSAGE(last > first, name << ":" << first << ": a table without rows");
    for (size_t n = first; n <= last; ++n) {
      const std::string& row = lines[n - 1];
      in_table[n] = true;
      CHECK_MESSAGE(row.rfind("|", 0) == 0, name << ":" << n << ": not a table row: " << row);
      CHECK_MESSAGE(row.back() == '|', name << ":" << n << ": row does not end with |: " << row);
      CHECK_MESSAGE(cell_separators(row) == cells, name << ":" << n << ": " << cell_separators(row) - 1
                                                        << " cells instead of " << cells - 1 << ": " << row);
    }
    CHECK_MESSAGE(std::regex_match(lines[first], std::regex(R"(\|(:?-{3,}:?\|)+)")),
                  name << ":" << first + 1 << ": no delimiter row: " << lines[first]);
  }
  for (size_t n = 1; n <= lines.size(); ++n) {
    if (lines[n - 1].rfind("|", 0) == 0) CHECK_MESSAGE(in_table[n], name << ":" << n << ": row outside a table");
  }
  static const std::regex heading("<heading ");
  static const std::regex html("<html_(block|inline)");
  s.headings = static_cast<size_t>(std::distance(std::sregex_iterator(xml.begin(), xml.end(), heading), {}));
  s.html = static_cast<size_t>(std::distance(std::sregex_iterator(xml.begin(), xml.end(), html), {}));
  return s;
}

bool well_formed_xml(const std::string& svg) {
  TempDir folder("xmllint");
  std::string path = folder.file("chart.svg");
  write_atomically(path, svg);
  return run_command("xmllint --noout '" + path + "' 2>&1").first == 0;
}

report::RenderedPlan plan_of(const report::PlanRequest& request, const std::string& name) {
  return report::render_plan(request, name + ".svg", "");
}

}  // namespace

TEST_SUITE("report::plan") {
  TEST_CASE("golden plans of the seven personas, in French") {
    for (const auto& persona : personas()) {
      const std::string& key = persona.first;
      const std::string& file = persona.second;
      CAPTURE(file);
      load::CheckedResponse response = checked(file);
      report::RenderedPlan plan = plan_of(request_for(response), "persona-" + key);
      check_golden("persona-" + key + ".md", plan.markdown);
      check_golden("persona-" + key + ".svg", plan.svg);
      Structure s = check_structure(plan.markdown, "persona-" + key);
      CHECK(s.tables >= 5);
      CHECK(s.html == 0);
      CHECK(well_formed_xml(plan.svg));
    }
  }

  TEST_CASE("golden plan in English") {
    load::CheckedResponse response = checked(personas().at("e"));
    report::RenderedPlan plan = plan_of(request_for(response, Lang::en), "persona-e-en");
    check_golden("persona-e-en.md", plan.markdown);
    check_golden("persona-e-en.svg", plan.svg);
    CHECK(check_structure(plan.markdown, "persona-e-en").html == 0);
    CHECK(well_formed_xml(plan.svg));
  }

  TEST_CASE("golden plan of a response still in progress: a draft, without a text to read aloud") {
    load::CheckedResponse response = checked("examples/in-progress.yaml");
    report::RenderedPlan plan = plan_of(request_for(response), "in-progress");
    check_golden("in-progress.md", plan.markdown);
    CHECK(check_structure(plan.markdown, "in-progress").html == 0);
    CHECK(plan.markdown.find("# Plan d'amélioration des pratiques — Les Amis du Bocage vendéen\n\n> **Brouillon** : la "
                             "réponse est encore en cours (19\u202f% des questions posées ont une réponse).") == 0);
    CHECK(plan.markdown.find("Texte à lire") == std::string::npos);
    CHECK(plan.model["summary"]["read_aloud"] == "");
  }

  TEST_CASE("golden plan with last year's response: evolution, and last year's bars in the chart") {
    load::CheckedResponse response = checked(personas().at("a"));
    load::CheckedResponse previous = checked("tests/golden/plans/persona-a-2025.yaml");
    report::PlanRequest request = request_for(response);
    request.previous = &previous;
    report::RenderedPlan plan = plan_of(request, "persona-a-previous");
    check_golden("persona-a-previous.md", plan.markdown);
    check_golden("persona-a-previous.svg", plan.svg);
    CHECK(check_structure(plan.markdown, "persona-a-previous").html == 0);
    CHECK(well_formed_xml(plan.svg));
    CHECK(plan.model["evolution"]["overall"]["before"] == "35");
    CHECK(plan.model["scores"][0]["delta"] == "+11");
  }

  TEST_CASE("persona A (volunteers only, sports club in Sarthe) is not sent to the DLA, but to its CDOS, FDVA 2 and CEAS 72") {
    load::CheckedResponse response = checked(personas().at("a"));
    report::RenderedPlan plan = plan_of(request_for(response), "a");
    std::vector<std::string> ids;
    for (const auto& s : plan.model["support"]) ids.push_back(s["id"].get<std::string>());
    CHECK(std::find(ids.begin(), ids.end(), "dla") == ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "fdva1") == ids.end());  // not for approved sports associations
    CHECK(std::find(ids.begin(), ids.end(), "fdva2") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "cnosf_cdos") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "ceas72") != ids.end());
    CHECK(plan.markdown.find("DLA —") == std::string::npos);
  }

  TEST_CASE("hostile comments and answers cannot break the document") {
    // A YAML double-quoted string: \n are line breaks in the text.
    const std::string hostile =
        R"("| col | col |\n# Titre pirate\n```\ncode\n```\n<script>alert(1)</script> <!-- x --> *gras* )"
        R"([lien](javascript:x) `tic` \\| fin\n\n- liste\n> citation\n---\n1. un")";
    std::string text = read_source_file(personas().at("a"));
    text = std::regex_replace(text, std::regex("\n  name: [^\n]*"), "\n  name: " + hostile);
    text = std::regex_replace(text, std::regex("\n  ag_debate_topics: [^\n]*"), "\n  ag_debate_topics: " + hostile);
    text = std::regex_replace(text, std::regex("\ncomments:\n"),
                              "\ncomments:\n  statutes_shared: " + hostile + "\n  roles_written: " + hostile + "\n");
    load::CheckedResponse attacked_response = checked("hostile.yaml", text);
    load::CheckedResponse normal_response = checked(personas().at("a"));
    REQUIRE(attacked_response.response.find_comment("roles_written") != nullptr);
    report::RenderedPlan attacked = plan_of(request_for(attacked_response), "hostile");
    report::RenderedPlan normal = plan_of(request_for(normal_response), "normal");
    Structure a = check_structure(attacked.markdown, "hostile");
    Structure n = check_structure(normal.markdown, "normal");
    CHECK(a.tables == n.tables);
    CHECK(a.headings == n.headings);
    CHECK(a.html == 0);
    CHECK(attacked.markdown.find(R"(| 1 sur 3 | \| col \| col \| # Titre pirate \`\`\` code \`\`\` \<script\>)") !=
          std::string::npos);
    CHECK(attacked.markdown.find("\\<script\\>") != std::string::npos);
    CHECK(attacked.markdown.find("<script>") == std::string::npos);
    CHECK(well_formed_xml(attacked.svg));
  }

  TEST_CASE("anonymize leaves out every free-text answer and comment") {
    load::CheckedResponse response = checked(personas().at("a"));
    report::PlanRequest request = request_for(response);
    request.anonymize = true;
    request.organisation_override = "Structure 07";
    report::RenderedPlan plan = plan_of(request, "anon");
    CHECK(plan.markdown.find("Étoile sportive") == std::string::npos);
    CHECK(plan.markdown.find("Convention avec la commune") == std::string::npos);
    CHECK(plan.markdown.find("sport-santé") == std::string::npos);
    CHECK(plan.markdown.find("# Plan d'amélioration des pratiques — Structure 07\n") == 0);
    CHECK(plan.markdown.find("| Nom de votre structure | (masqué) |  |") != std::string::npos);
  }

  TEST_CASE("an incompatible previous response is refused (65)") {
    load::CheckedResponse response = checked(personas().at("a"));
    load::CheckedResponse previous = checked(personas().at("a"));
    previous.response.questionnaire_version = "3.0.0";
    report::PlanRequest request = request_for(response);
    request.previous = &previous;
    try {
      plan_of(request, "x");
      FAIL("no failure");
    } catch (const Failure& e) {
      CHECK(e.exit_code() == 65);
      CHECK(e.message().in(Lang::en) ==
            "cannot compare: the old response follows version 3.0.0 of the questionnaire and the new one version "
            "2.1.0; questions changed between these major versions");
    }
  }

  TEST_CASE("the chart goes beside the plan, never over it") {
    CHECK(report::chart_path_for("out/asso-plan.md") == "out/asso-plan.svg");
    CHECK(report::chart_path_for("plan") == "plan.svg");
    CHECK(report::chart_path_for("plan.svg") == "plan.svg.svg");
  }

  TEST_CASE("write_documents writes the plan, its chart and sheet; nothing with a broken template") {
    TempDir folder("write");
    load::CheckedResponse response = checked(personas().at("c"));
    document::DocumentRequest documents{request_for(response), {document::Format::md, document::Format::html}, "", ""};
    document::Written written = document::write_documents(documents, folder.file("plan c.md"));
    CHECK(written.paths == std::vector<std::string>{folder.file("plan c.md"), folder.file("plan c.svg"),
                                                    folder.file("plan c.html"), folder.file("plan c-actions.csv")});
    CHECK(written.kept_plan.empty());
    std::string markdown = read_input(folder.file("plan c.md"));
    CHECK(markdown.find("![Graphique en barres") != std::string::npos);
    CHECK(markdown.find("](plan%20c.svg)") != std::string::npos);
    CHECK(well_formed_xml(read_input(folder.file("plan c.svg"))));
    // The fingerprint is the Markdown's alone: no document shows it.
    CHECK(markdown.find("\n[//]: # (autodiag:") != std::string::npos);
    CHECK(read_input(folder.file("plan c.html")).find("autodiag:") == std::string::npos);

    documents.plan.template_text = "# {{organisation}}\n{{#themes}}\n";
    CHECK_THROWS_AS(document::write_documents(documents, folder.file("broken.md")), Failure);
    CHECK(!std::filesystem::exists(folder.file("broken.md")));
    CHECK(!std::filesystem::exists(folder.file("broken.svg")));
    CHECK(!std::filesystem::exists(folder.file("broken.html")));
  }

  TEST_CASE("write_documents keeps a plan someone edited, and replaces it with force") {
    TempDir folder("edited");
    load::CheckedResponse response = checked(personas().at("c"));
    document::DocumentRequest documents{request_for(response), {document::Format::html, document::Format::md}, "", ""};
    document::write_documents(documents, folder.file("p.html"));
    std::string edited = read_input(folder.file("p.md")) + "Responsable : Léa\n";
    write_atomically(folder.file("p.md"), edited);

    document::Written again = document::write_documents(documents, folder.file("p.html"));
    CHECK(again.kept_plan == folder.file("p.md"));
    CHECK(again.paths == std::vector<std::string>{folder.file("p-2.html"), folder.file("p-2.md"),
                                                  folder.file("p-2.svg"), folder.file("p-actions.csv")});
    CHECK(again.kept_message.in(Lang::fr) ==
          folder.file("p.md") + " a été modifié depuis qu'autodiag l'a écrit : il est gardé tel quel, le nouveau plan "
                                "est dans " + folder.file("p-2.md") + " (--force pour le remplacer)");
    CHECK(read_input(folder.file("p.md")) == edited);

    documents.force = true;
    document::Written forced = document::write_documents(documents, folder.file("p.html"));
    CHECK(forced.kept_plan.empty());
    CHECK(forced.paths[0] == folder.file("p.html"));
    CHECK(read_input(folder.file("p.md")).find("Responsable : Léa") == std::string::npos);
  }

  TEST_CASE("the list of template variables holds every key of the model; the bundled templates use no other") {
    load::CheckedResponse previous = checked("tests/golden/plans/persona-a-2025.yaml");
    // A consolidated response brings the keys of « Points de vue différents ».
    std::vector<std::string> files = {"examples/in-progress.yaml", "tests/golden/consensus/persona-b-consolide.yaml"};
    for (const auto& [key, file] : personas()) files.push_back(file);
    std::set<std::string> keys;
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& value) {
      if (value.is_object()) {
        for (const auto& [key, item] : value.items()) {
          keys.insert(key);
          walk(item);
        }
      } else if (value.is_array()) {
        for (const auto& item : value) walk(item);
      }
    };
    report::Benchmark benchmark;
    for (const std::string& file : files) {
      load::CheckedResponse response = checked(file);
      report::PlanRequest request = request_for(response);
      request.previous = file == personas().at("a") ? &previous : nullptr;
      if (request.previous) {
        request.followed_actions = std::vector<report::FollowedAction>{
            {"q", "Thème", "Action", report::ActionStatus::done, "Nom", "2026-03", "Commentaire"}};
        size_t scored_question = 0;
        while (request.questionnaire->question(scored_question).is_profile()) ++scored_question;
        benchmark = {{"du même lot", "of the same batch"}, 6, {{0, report::Benchmark::Position::middle, 30, 60}},
                     {{scored_question, 4, 6}}, 5};
        request.benchmark = &benchmark;
      }
      walk(report::render_plan(request, "x.svg", "").model);
    }
    for (const std::string& key : keys) CHECK_MESSAGE(report::plan_variable_names().count(key) == 1, key);
    CHECK(keys.size() == report::plan_variable_names().size());
    for (const char* name : {"templates/plan.md.mustache", "templates/plan.en.md.mustache"}) {
      CHECK_NOTHROW(report::check_template_names(read_source_file(name), report::plan_variable_names(), name));
    }
  }

  TEST_CASE("a custom template with a misspelt variable is refused") {
    load::CheckedResponse response = checked(personas().at("b"));
    report::PlanRequest request = request_for(response);
    request.template_text = "# {{organisation}}\n\n{{#summary.priorities}}{{rank}}. {{acton}}\n{{/summary.priorities}}";
    CHECK_THROWS_WITH_AS(report::render_plan(request, "", "mine.mustache"),
                         "mine.mustache:3:34: error: unknown variable 'acton' (the variables are listed in "
                         "docs/templates.md)",
                         Failure);
  }

  TEST_CASE("a custom template gets the same model") {
    load::CheckedResponse response = checked(personas().at("b"));
    report::PlanRequest request = request_for(response);
    request.template_text = "{{organisation}} : {{overall.score}} ({{overall.level}})\n{{#summary.priorities}}{{rank}}. {{theme}}\n{{/summary.priorities}}";
    report::RenderedPlan plan = report::render_plan(request, "", "custom.mustache");
    CHECK(plan.markdown.substr(0, plan.markdown.find('\n')) ==
          plan.model["organisation"].get<std::string>() + " : " + plan.model["overall"]["score"].get<std::string>() +
              " (" + plan.model["overall"]["level"].get<std::string>() + ")");
    CHECK(plan.svg.empty());
  }
}
