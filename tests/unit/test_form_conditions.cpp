#include "form/limesurvey_expression.h"
#include "form/xlsform_relevant.h"
#include "load/condition_parser.h"

#include "test_helpers.h"

using namespace autodiag;

namespace {

// A condition over mini.yaml's fields, resolved as the questionnaire loader does.
model::Condition condition(std::string_view source) {
  load::ConditionError error;
  std::optional<model::Condition> c = load::parse_condition(source, error);
  REQUIRE(c);
  std::vector<model::Condition*> leaves;
  model::collect_fields(*c, leaves);
  for (model::Condition* leaf : leaves) leaf->field_index = test::mini().find_question(leaf->field)->index;
  return *c;
}

std::string xlsform(std::string_view source) { return form::xlsform_relevant(condition(source), test::mini()); }
std::string limesurvey(std::string_view source) { return form::limesurvey_relevance(condition(source), test::mini()); }

}  // namespace

TEST_SUITE("form conditions") {
  TEST_CASE("XLSForm relevant: every comparison is guarded so that an unanswered field compares as false") {
    CHECK(xlsform("employees >= 1") == "(${employees} != '' and ${employees} >= 1)");
    CHECK(xlsform("legal_form == scop") == "(${legal_form} != '' and ${legal_form} = 'scop')");
    // In XPath '' != 'scop' is true; in autodiag an unanswered field is not "different".
    CHECK(xlsform("legal_form != scop") == "(${legal_form} != '' and not(${legal_form} = 'scop'))");
    CHECK(xlsform("department in [44, other]") ==
          "(${department} != '' and (${department} = '44' or ${department} = 'other'))");
    CHECK(xlsform("training contains plan") == "(${training} != '' and selected(${training}, 'plan'))");
    CHECK(xlsform("not answered(name) or employees < 11") ==
          "(not((${name} != '')) or (${employees} != '' and ${employees} < 11))");
    CHECK(xlsform("annual_reviews == yes and statutes_shared != informal") ==
          "((${annual_reviews} != '' and ${annual_reviews} = 'yes') and "
          "(${statutes_shared} != '' and not(${statutes_shared} = 'informal')))");
    // A multi answer never equals one value (model::evaluate).
    CHECK(xlsform("training == plan") == "(${training} != '' and false())");
  }

  TEST_CASE("LimeSurvey relevance: codes, answer codes, .NAOK and the same guard") {
    // Codes: P01 name, P02 legal_form, P03 department, P04 employees; T1Q01
    // statutes_shared, T2Q01 annual_reviews, T2Q02 training.
    CHECK(limesurvey("employees >= 1") == "(!is_empty(P04.NAOK) and P04.NAOK >= 1)");
    CHECK(limesurvey("legal_form != scop") == "(!is_empty(P02.NAOK) and !(P02.NAOK == \"A2\"))");
    CHECK(limesurvey("department in [44, other]") ==
          "(!is_empty(P03.NAOK) and (P03.NAOK == \"A1\" or P03.NAOK == \"A2\"))");
    CHECK(limesurvey("annual_reviews == yes") == "(!is_empty(T2Q01.NAOK) and T2Q01.NAOK == \"Y\")");
    CHECK(limesurvey("training contains budget") ==
          "((T2Q02_A1.NAOK == \"Y\" or T2Q02_A2.NAOK == \"Y\" or T2Q02_A3.NAOK == \"Y\" or T2Q02_NONE.NAOK == \"Y\") "
          "and T2Q02_A2.NAOK == \"Y\")");
    CHECK(limesurvey("not answered(name)") == "!((!is_empty(P01.NAOK)))");
  }
}
