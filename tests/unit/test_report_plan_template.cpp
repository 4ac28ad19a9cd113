#include "report/plan_template.h"
#include "util/errors.h"

#include <doctest/doctest.h>

#include <set>

using autodiag::Failure;
using autodiag::Lang;
using autodiag::report::render_template;

namespace {

// The message a broken template gives, in English, with its exit code.
std::string failure_of(const std::string& text, int& exit_code) {
  try {
    render_template(text, nlohmann::json::object(), "my-plan.mustache");
  } catch (const Failure& e) {
    exit_code = e.exit_code();
    return e.message().in(Lang::en);
  }
  return "";
}

}  // namespace

TEST_SUITE("report::render_template") {
  TEST_CASE("variables are escaped for Markdown, not for HTML; triple mustaches are raw") {
    nlohmann::json model = {{"name", "Dupont & fils | <b>"}, {"url", "https://x.fr/a_b"}};
    CHECK(render_template("{{name}} / {{{url}}}\n", model, "t") == "Dupont \\& fils \\| \\<b\\> / https://x.fr/a_b\n");
  }

  TEST_CASE("empty texts and null are false in sections; numbers are written as in the model") {
    nlohmann::json model = {{"comment", ""}, {"none", nullptr}, {"n", 3}, {"list", {"x", "y"}}};
    CHECK(render_template("{{#comment}}C{{/comment}}{{^comment}}no comment{{/comment}} {{#none}}N{{/none}}{{n}}"
                          "{{#list}} {{.}}{{/list}}\n",
                          model, "t") == "no comment 3 x y\n");
  }

  TEST_CASE("runs of blank lines become one, leading blank lines go") {
    nlohmann::json model = {{"a", false}};
    CHECK(render_template("\n# T\n\n{{#a}}\nhidden\n{{/a}}\n\n\ntext\n\n\n", model, "t") == "# T\n\ntext\n");
  }

  TEST_CASE("a false section leaves no line behind, so a list stays one list") {
    nlohmann::json model = {{"yes", true}, {"no", false}};
    CHECK(render_template("- a\n{{#no}}\n- b\n{{/no}}\n{{^yes}}\n- c\n{{/yes}}\n  {{#yes}}\n- d\n  {{/yes}}  \n- e\n",
                          model, "t") == "- a\n- d\n- e\n");
    CHECK(render_template("{{#yes}}x{{/yes}} {{#no}}y{{/no}}z\nw\n", model, "t") == "x z\nw\n");
  }

  TEST_CASE("an unclosed section is reported at its line and column") {
    int code = 0;
    CHECK(failure_of("# Plan\n\nSee {{#themes}}\n- {{label}}\n", code) ==
          "my-plan.mustache:3:5: error: section \"themes\" is never closed ({{/themes}} is missing)");
    CHECK(code == 65);
  }

  TEST_CASE("an unopened section end is reported where it stands") {
    int code = 0;
    CHECK(failure_of("é{{#a}}x{{/a}}\nabc {{/b}}", code) ==
          "my-plan.mustache:2:5: error: {{/b}} closes section \"b\", which is not open here");
  }

  TEST_CASE("an unclosed tag is reported where it starts, columns counted in characters") {
    int code = 0;
    CHECK(failure_of("Thème : {{label\n", code) == "my-plan.mustache:1:9: error: unclosed tag (}} is missing)");
  }

  TEST_CASE("names outside the model are refused, each at its line and column") {
    std::set<std::string> known = {"organisation", "summary", "priorities", "rank", "chart", "file_url", "title"};
    std::string text = "# {{organisaton}}\n{{#summary.priorites}}\n{{rank}}\n{{/summary.priorites}}\n"
                       "{{{chart.file_url}}} {{& title}} {{! a comment }} {{#summary.priorities}}{{.}}{{/summary.priorities}}\n";
    try {
      autodiag::report::check_template_names(text, known, "t.mustache");
      FAIL("no failure");
    } catch (const Failure& e) {
      CHECK(e.exit_code() == 65);
      CHECK(e.message().in(Lang::en) ==
            "t.mustache:1:3: error: unknown variable 'organisaton' (the variables are listed in docs/templates.md)\n"
            "t.mustache:2:1: error: unknown variable 'summary.priorites' (the variables are listed in docs/templates.md)");
    }
    CHECK_NOTHROW(autodiag::report::check_template_names("{{=<% %>=}}<%nope%>", known, "t"));
  }

  TEST_CASE("French messages") {
    try {
      render_template("{{#a}}", nlohmann::json::object(), "m.mustache");
      FAIL("no failure");
    } catch (const Failure& e) {
      CHECK(e.message().in(Lang::fr) == "m.mustache:1:1: erreur: la section « a » n'est jamais fermée (il manque {{/a}})");
    }
  }

  TEST_CASE("10,000 nested sections are refused at the 33rd, before any rendering") {
    std::string deep = "# Plan\n";
    for (int i = 0; i < 10'000; ++i) deep += "{{#a}}";
    for (int i = 0; i < 10'000; ++i) deep += "{{/a}}";
    int code = 0;
    CHECK(failure_of(deep, code) == "my-plan.mustache:2:193: error: sections nested more than 32 levels deep");
    CHECK(code == 65);
    std::string inverted = "{{=<% %>=}}";
    for (int i = 0; i < 40; ++i) inverted += "<%^b%>";
    CHECK(failure_of(inverted, code) == "my-plan.mustache:1:204: error: sections nested more than 32 levels deep");
    std::string fine;
    for (int i = 0; i < 32; ++i) fine += "{{#a}}";
    fine += "x";
    for (int i = 0; i < 32; ++i) fine += "{{/a}}";
    CHECK(render_template(fine, {{"a", true}}, "t") == "x");
  }

  TEST_CASE("a template over 1 MiB is refused; unknown names are found in one pass") {
    int code = 0;
    CHECK(failure_of(std::string((1 << 20) + 1, 'x'), code) ==
          "my-plan.mustache:1:1: error: template too large (1048577 bytes, at most 1048576)");
    std::string many;
    for (int i = 0; i < 50'000; ++i) many += "{{nope}}\n";
    try {
      autodiag::report::check_template_names(many, {"title"}, "t.mustache");
      FAIL("no failure");
    } catch (const Failure& e) {
      std::string message = e.message().in(Lang::en);
      CHECK(message.substr(message.rfind('\n') + 1) ==
            "t.mustache:50000:1: error: unknown variable 'nope' (the variables are listed in docs/templates.md)");
    }
  }
}
