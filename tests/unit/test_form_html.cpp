// form/html_form: the conditions written as JavaScript agree with
// model::evaluate (run in node, the page's own helpers), the YAML spellings
// come from the writer, and nothing in the page can close its script.

#include "form/html_form.h"
#include "load/condition_parser.h"
#include "test_helpers.h"
#include "util/bundled.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <map>

using namespace autodiag;
using model::Answer;

namespace {

model::Condition parsed(const std::string& source) {
  static const std::map<std::string, size_t> indexes = {{"a", 0}, {"n", 1}, {"tools", 2}, {"name", 3}, {"dept", 4}};
  load::ConditionError error;
  auto condition = load::parse_condition(source, error);
  REQUIRE_MESSAGE(condition.has_value(), error.message.en);
  std::vector<model::Condition*> leaves;
  model::collect_fields(*condition, leaves);
  for (model::Condition* leaf : leaves) leaf->field_index = indexes.at(leaf->field);
  return *condition;
}

Answer option(const std::string& id) {
  Answer a{Answer::Kind::option};
  a.option = id;
  return a;
}
Answer number(double value) {
  Answer a{Answer::Kind::number};
  a.number = value;
  return a;
}
Answer options(std::vector<std::string> ids) {
  Answer a{Answer::Kind::options};
  a.options = std::move(ids);
  return a;
}
Answer text(const std::string& value) {
  Answer a{Answer::Kind::text};
  a.text = value;
  return a;
}

nlohmann::json answer_json(const std::optional<Answer>& a) {
  if (!a) return nullptr;
  switch (a->kind) {
    case Answer::Kind::na: return {{"kind", "na"}};
    case Answer::Kind::option: return {{"kind", "option"}, {"option", a->option}};
    case Answer::Kind::options: return {{"kind", "options"}, {"options", a->options}};
    case Answer::Kind::number: return {{"kind", "number"}, {"number", a->number}};
    case Answer::Kind::text: return {{"kind", "text"}, {"text", a->text}};
  }
  return nullptr;
}

}  // namespace

TEST_CASE("form: each condition operator becomes a call of the page's helpers") {
  CHECK(form::js_condition(parsed("n >= 11")) == R"(C.ge(a(1), ["11", 11.0]))");
  CHECK(form::js_condition(parsed("a in [scop, scic]")) == R"(C.among(a(0), [["scop", null], ["scic", null]]))");
  CHECK(form::js_condition(parsed("not answered(name) or tools contains erp and dept != 44")) ==
        R"((!C.answered(a(3)) || (C.contains(a(2), ["erp", null]) && C.ne(a(4), ["44", 44.0]))))");
  // No token can end the page's <script> (the condition language has no
  // quotes, but the generator does not rely on it).
  model::Condition hostile = parsed("name == bob");
  hostile.values.front().token = "</script>";
  CHECK(form::js_condition(hostile) == R"(C.eq(a(3), ["\u003c/script>", null]))");
}

TEST_CASE("form: generated conditions agree with model::evaluate on every answer mix (node)") {
  const std::vector<std::string> sources = {
      "a == x", "a != x", "n < 3", "n <= 3", "n > 3", "n >= 3", "n == 3", "n != 3", "a in [x, y]", "dept in [44, 72]",
      "n in [1, 3]", "tools contains erp", "answered(a)", "not answered(n)", "name == bob", "dept == 44",
      "a == x or n > 3 and not tools contains crm", "(a != y or dept == 44) and answered(name)", "not (n < 3 or n > 3)"};
  const std::vector<std::vector<std::optional<Answer>>> choices = {
      {std::nullopt, option("x"), option("y"), Answer{Answer::Kind::na}},
      {std::nullopt, number(3), number(2.5), number(11), Answer{Answer::Kind::na}},
      {std::nullopt, options({}), options({"crm", "erp"}), options({"erp"}), Answer{Answer::Kind::na}},
      {std::nullopt, text("bob"), text("")},
      {std::nullopt, option("44"), option("49")}};
  // Every mix of the first four fields with each department: 4*5*5*3*3 sets.
  nlohmann::json cases = nlohmann::json::array();
  std::string functions;
  for (size_t c = 0; c < sources.size(); ++c) {
    model::Condition condition = parsed(sources[c]);
    functions += "  (a) => " + form::js_condition(condition) + ",\n";
    std::vector<size_t> pick(choices.size(), 0);
    while (true) {
      std::vector<std::optional<Answer>> set;
      nlohmann::json answers = nlohmann::json::array();
      for (size_t f = 0; f < choices.size(); ++f) {
        set.push_back(choices[f][pick[f]]);
        answers.push_back(answer_json(set.back()));
      }
      bool expected = model::evaluate(condition, [&](size_t i) { return set[i] ? &*set[i] : nullptr; });
      cases.push_back({c, answers, expected});
      size_t f = 0;
      while (f < pick.size() && ++pick[f] == choices[f].size()) pick[f++] = 0;
      if (f == pick.size()) break;
    }
  }
  REQUIRE(cases.size() == sources.size() * 4 * 5 * 5 * 3 * 3);

  // The helpers are the top of the page's model script, before its Model
  // (which needs a questionnaire).
  std::string model(bundled::find("src/form/html_form_model.js")->content);
  std::string helpers = model.substr(0, model.find("const Model ="));
  test::TempDir dir("form");
  std::string script = helpers + "const F = [\n" + functions + "];\nconst cases = " + cases.dump() + ";\n" +
                       "let wrong = 0;\nfor (const [c, answers, expected] of cases) {\n"
                       "  const got = F[c]((i) => answers[i]);\n"
                       "  if (got !== expected) { ++wrong; console.log(c, JSON.stringify(answers), expected, got); }\n"
                       "}\nconsole.log(cases.length + ' cases');\nprocess.exit(wrong ? 1 : 0);\n";
  {
    std::ofstream out(dir / "conditions.js");
    out << script;
  }
  std::string command = "node " + dir / "conditions.js" + " > " + dir / "out.txt" + " 2>&1";
  int status = std::system(command.c_str());
  CHECK_MESSAGE(status == 0, std::ifstream(dir / "out.txt").rdbuf());
  std::ifstream result(dir / "out.txt");
  std::string line;
  std::getline(result, line);
  CHECK(line == std::to_string(cases.size()) + " cases");
}

TEST_CASE("form: identifiers are spelled as the response writer spells them") {
  std::string yaml = test::read_source_file("tests/fixtures/mini.yaml");
  Diagnostics diagnostics;
  auto q = load::load_questionnaire(yaml, diagnostics);
  REQUIRE(q);
  nlohmann::json data = form::html_form_data(*q, {});
  CHECK(data["yaml"]["block"]["yes"] == "yes");
  CHECK(data["yaml"]["block"][q->question(0).id] == q->question(0).id);
  // yaml-cpp quotes the one identifier it would otherwise read as null.
  model::Questionnaire with_null = *q;
  with_null.themes[0].id = "null";
  nlohmann::json quoted = form::html_form_data(with_null, {});
  CHECK(quoted["yaml"]["block"]["null"] == "\"null\"");
  CHECK(quoted["yaml"]["flow"]["null"] == "\"null\"");
}

TEST_CASE("form: the page is one file that names no outside address") {
  std::string yaml = test::read_source_file("tests/fixtures/mini.yaml");
  Diagnostics diagnostics;
  auto q = load::load_questionnaire(yaml, diagnostics);
  REQUIRE(q);
  q->title = model::Text("Club </script><script>alert(1)</script> & co");
  std::string page = form::html_form(*q, {});
  CHECK(page.find("<title>Club &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>") != std::string::npos);
  CHECK(page.find("</script><script>alert") == std::string::npos);
  for (const char* outside : {"http://", "https://", "src=", "@import", "url("}) {
    CAPTURE(outside);
    CHECK(page.find(outside) == std::string::npos);
  }
  CHECK(page.find("default-src 'none'") != std::string::npos);
}
