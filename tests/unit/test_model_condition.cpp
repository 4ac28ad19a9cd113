// model::evaluate: precedence, in, contains, answered(), and what a
// comparison gives on an unanswered or N/A field.

#include "load/condition_parser.h"
#include "model/condition.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

using namespace autodiag;
using model::Answer;

namespace {

// Fields a..e and the answers given to them (absent: unanswered).
class Answers {
 public:
  Answers& option(const std::string& field, const std::string& id) {
    Answer a{Answer::Kind::option};
    a.option = id;
    m_answers[index(field)] = a;
    return *this;
  }
  Answers& options(const std::string& field, std::vector<std::string> ids) {
    Answer a{Answer::Kind::options};
    a.options = std::move(ids);
    m_answers[index(field)] = a;
    return *this;
  }
  Answers& number(const std::string& field, double value) {
    Answer a{Answer::Kind::number};
    a.number = value;
    m_answers[index(field)] = a;
    return *this;
  }
  Answers& text(const std::string& field, const std::string& value) {
    Answer a{Answer::Kind::text};
    a.text = value;
    m_answers[index(field)] = a;
    return *this;
  }
  Answers& na(const std::string& field) {
    m_answers[index(field)] = Answer{Answer::Kind::na};
    return *this;
  }

  // Parses `source`, resolves its fields by name and evaluates it.
  bool eval(const std::string& source) const {
    load::ConditionError error;
    auto condition = load::parse_condition(source, error);
    REQUIRE_MESSAGE(condition.has_value(), error.message.en);
    std::vector<model::Condition*> leaves;
    model::collect_fields(*condition, leaves);
    for (model::Condition* leaf : leaves) leaf->field_index = index(leaf->field);
    return model::evaluate(*condition, [this](size_t i) -> const Answer* {
      auto it = m_answers.find(i);
      return it == m_answers.end() ? nullptr : &it->second;
    });
  }

 private:
  static size_t index(const std::string& field) {
    static const std::map<std::string, size_t> indexes = {
        {"a", 0}, {"b", 1}, {"c", 2}, {"dept", 3}, {"tools", 4}, {"n", 5}, {"member", 6}, {"name", 7}};
    auto it = indexes.find(field);
    REQUIRE_MESSAGE(it != indexes.end(), field);
    return it->second;
  }
  std::map<size_t, Answer> m_answers;
};

}  // namespace

TEST_CASE("evaluate: and binds tighter than or") {
  CHECK(Answers().number("a", 1).number("b", 0).number("c", 0).eval("a == 1 or b == 1 and c == 1"));
  CHECK_FALSE(Answers().number("a", 0).number("b", 1).number("c", 0).eval("a == 1 or b == 1 and c == 1"));
  CHECK(Answers().number("a", 0).number("b", 1).number("c", 1).eval("a == 1 or b == 1 and c == 1"));
  CHECK(Answers().number("a", 0).number("b", 0).number("c", 1).eval("b == 1 and c == 1 or c == 1"));
}

TEST_CASE("evaluate: parentheses group") {
  CHECK_FALSE(Answers().number("a", 1).number("b", 0).number("c", 0).eval("(a == 1 or b == 1) and c == 1"));
  CHECK(Answers().number("a", 1).number("b", 0).number("c", 1).eval("(a == 1 or b == 1) and c == 1"));
}

TEST_CASE("evaluate: not binds tighter than and and or") {
  // (not a == 1) and b == 1, not not (a == 1 and b == 1)
  CHECK_FALSE(Answers().number("a", 2).number("b", 0).eval("not a == 1 and b == 1"));
  CHECK(Answers().number("a", 2).number("b", 0).eval("not (a == 1 and b == 1)"));
  CHECK(Answers().number("a", 1).number("b", 0).eval("not a == 2 or b == 1"));
  CHECK(Answers().number("a", 1).eval("not not a == 1"));
  CHECK_FALSE(Answers().number("a", 1).eval("not not not a == 1"));
}

TEST_CASE("evaluate: chains of or and of and") {
  CHECK(Answers().number("c", 1).eval("a == 1 or b == 1 or c == 1"));
  CHECK_FALSE(Answers().number("a", 1).number("b", 1).eval("a == 1 and b == 1 and c == 1"));
  CHECK(Answers().number("a", 1).number("b", 1).number("c", 1).eval("a == 1 and b == 1 and c == 1"));
}

TEST_CASE("evaluate: in") {
  CHECK(Answers().option("dept", "72").eval("dept in [44, 72, 85]"));
  CHECK_FALSE(Answers().option("dept", "49").eval("dept in [44, 72, 85]"));
  CHECK(Answers().option("a", "scic").eval("a in [scop, scic]"));
  CHECK(Answers().number("n", 2).eval("n in [1, 2]"));
  CHECK_FALSE(Answers().number("n", 3).eval("n in [1, 2]"));
  CHECK_FALSE(Answers().eval("dept in [44, 72]"));
  CHECK(Answers().eval("not dept in [44, 72]"));
}

TEST_CASE("evaluate: contains") {
  CHECK(Answers().options("tools", {"crm", "erp"}).eval("tools contains erp"));
  CHECK_FALSE(Answers().options("tools", {"crm"}).eval("tools contains erp"));
  CHECK_FALSE(Answers().options("tools", {}).eval("tools contains erp"));
  CHECK_FALSE(Answers().eval("tools contains erp"));
  CHECK(Answers().eval("not tools contains erp"));
  CHECK_FALSE(Answers().na("tools").eval("tools contains erp"));
  // contains does not apply to a single choice.
  CHECK_FALSE(Answers().option("tools", "erp").eval("tools contains erp"));
}

TEST_CASE("evaluate: answered()") {
  CHECK(Answers().option("a", "x").eval("answered(a)"));
  CHECK(Answers().options("tools", {}).eval("answered(tools)"));
  CHECK(Answers().text("name", "").eval("answered(name)"));
  CHECK_FALSE(Answers().eval("answered(a)"));
  CHECK_FALSE(Answers().na("a").eval("answered(a)"));
  CHECK(Answers().na("a").eval("not answered(a)"));
}

TEST_CASE("evaluate: every comparison with an unanswered field is false, != included") {
  const Answers none;
  for (const char* source : {"a == x", "a != x", "n < 3", "n <= 3", "n > 3", "n >= 3", "a in [x, y]", "n == 0"}) {
    CAPTURE(source);
    CHECK_FALSE(none.eval(source));
  }
  CHECK(none.eval("not (a == x)"));
  CHECK(none.eval("not a != x"));
  CHECK(none.eval("not answered(n) or n < 20"));
}

TEST_CASE("evaluate: every comparison with an N/A answer is false") {
  Answers answers;
  answers.na("a").na("n");
  for (const char* source : {"a == na", "a == x", "a != x", "n < 3", "n >= 0", "n != 3", "a in [x, na]"}) {
    CAPTURE(source);
    CHECK_FALSE(answers.eval(source));
  }
  CHECK(answers.eval("not n >= 0"));
}

TEST_CASE("evaluate: option ids that look like numbers") {
  Answers answers;
  answers.option("dept", "44");
  CHECK(answers.eval("dept == 44"));
  CHECK(answers.eval("dept == '44'"));
  CHECK_FALSE(answers.eval("dept != 44"));
  CHECK(answers.eval("dept in [72, 44]"));
  // The option is compared as written: 44.0 and 044 are other ids.
  CHECK_FALSE(answers.eval("dept == 44.0"));
  CHECK_FALSE(answers.eval("dept == 044"));
  CHECK(Answers().option("dept", "2A").eval("dept == 2A"));
  CHECK_FALSE(Answers().option("dept", "2A").eval("dept == 2a"));
}

TEST_CASE("evaluate: numbers compare as numbers") {
  Answers answers;
  answers.number("n", 44);
  CHECK(answers.eval("n == 44"));
  CHECK(answers.eval("n == 44.0"));
  CHECK(answers.eval("n == 044"));
  CHECK(answers.eval("n != 45"));
  CHECK_FALSE(answers.eval("n == '44'"));  // a quoted text is not a number
  CHECK(answers.eval("n < 44.5"));
  CHECK_FALSE(answers.eval("n < 44"));
  CHECK(answers.eval("n <= 44"));
  CHECK(answers.eval("n >= 44"));
  CHECK_FALSE(answers.eval("n > 44"));
  CHECK(answers.eval("n > -1"));
  CHECK(Answers().number("n", 18.5).eval("n > 18 and n < 19"));
  CHECK(Answers().number("n", -3).eval("n < -2.5"));
  // <, >… on an answer that is not a number are false.
  CHECK_FALSE(Answers().option("n", "44").eval("n > 1"));
  CHECK_FALSE(Answers().text("n", "44").eval("n >= 44"));
}

TEST_CASE("evaluate: yes/no, options and texts") {
  CHECK(Answers().option("member", "yes").eval("member == yes"));
  CHECK_FALSE(Answers().option("member", "no").eval("member == yes"));
  CHECK(Answers().option("member", "no").eval("member != yes"));
  CHECK(Answers().option("a", "association").eval("a != scop"));
  CHECK(Answers().text("name", "Les Amis").eval("name == 'Les Amis'"));
  CHECK_FALSE(Answers().text("name", "les amis").eval("name == 'Les Amis'"));
  CHECK(Answers().text("name", "x").eval("name == x"));
  CHECK_FALSE(Answers().options("tools", {"x"}).eval("tools == x"));
}
