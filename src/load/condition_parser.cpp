#include "load/condition_parser.h"

#include "load/reader.h"

#include <cctype>

namespace autodiag::load {

namespace {

using model::Condition;
using model::ConditionValue;

struct Token {
  enum class Kind { end, word, string, symbol };
  Kind kind = Kind::end;
  std::string text;
  size_t offset = 0;
};

bool is_word_char(char c) {
  return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
         c == '_' || c == '-' || c == '.' || std::isupper(static_cast<unsigned char>(c));
}

struct Failed {};

class Parser {
 public:
  Parser(std::string_view source, ConditionError& error) : m_source(source), m_error(error) { advance(); }

  Condition parse() {
    Condition c = parse_or();
    if (m_token.kind != Token::Kind::end) {
      fail(msg("« {} » inattendu", "unexpected '{}'", m_token.text));
    }
    return c;
  }

 private:
  [[noreturn]] void fail(Message message) { fail_at(m_token.offset, std::move(message)); }
  [[noreturn]] void fail_at(size_t offset, Message message) {
    m_error = {offset, std::move(message)};
    throw Failed{};
  }

  void advance() {
    size_t i = m_position;
    while (i < m_source.size() && std::isspace(static_cast<unsigned char>(m_source[i]))) ++i;
    m_token = Token{Token::Kind::end, "", i};
    if (i >= m_source.size()) {
      m_position = i;
      return;
    }
    char c = m_source[i];
    if (c == '\'') {
      size_t end = m_source.find('\'', i + 1);
      if (end == std::string_view::npos) {
        fail_at(i, msg("texte entre apostrophes non terminé", "unterminated quoted text"));
      }
      m_token = {Token::Kind::string, std::string(m_source.substr(i + 1, end - i - 1)), i};
      m_position = end + 1;
      return;
    }
    if (is_word_char(c)) {
      size_t end = i;
      while (end < m_source.size() && is_word_char(m_source[end])) ++end;
      m_token = {Token::Kind::word, std::string(m_source.substr(i, end - i)), i};
      m_position = end;
      return;
    }
    for (std::string_view symbol : {"==", "!=", "<=", ">=", "<", ">", "(", ")", "[", "]", ","}) {
      if (m_source.substr(i).starts_with(symbol)) {
        m_token = {Token::Kind::symbol, std::string(symbol), i};
        m_position = i + symbol.size();
        return;
      }
    }
    // Quote the whole character, not the first byte of an accented one.
    auto lead = static_cast<unsigned char>(c);
    size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    fail_at(i, msg("caractère inattendu « {} »", "unexpected character '{}'", m_source.substr(i, length)));
  }

  bool accept_word(std::string_view word) {
    if (m_token.kind == Token::Kind::word && m_token.text == word) {
      advance();
      return true;
    }
    return false;
  }

  void expect_symbol(std::string_view symbol) {
    if (m_token.kind != Token::Kind::symbol || m_token.text != symbol) {
      fail(msg("« {} » attendu", "'{}' expected", symbol));
    }
    advance();
  }

  Condition parse_or() {
    Condition first = parse_and();
    if (m_token.kind != Token::Kind::word || m_token.text != "or") return first;
    Condition any;
    any.op = Condition::Op::any_of;
    any.operands.push_back(std::move(first));
    while (accept_word("or")) any.operands.push_back(parse_and());
    return any;
  }

  Condition parse_and() {
    Condition first = parse_unary();
    if (m_token.kind != Token::Kind::word || m_token.text != "and") return first;
    Condition all;
    all.op = Condition::Op::all_of;
    all.operands.push_back(std::move(first));
    while (accept_word("and")) all.operands.push_back(parse_unary());
    return all;
  }

  Condition parse_unary() {
    if (++m_depth > max_depth) fail(msg("condition trop imbriquée", "condition nested too deeply"));
    Condition c = parse_unary_inner();
    --m_depth;
    return c;
  }

  Condition parse_unary_inner() {
    if (accept_word("not")) {
      Condition negation;
      negation.op = Condition::Op::negation;
      negation.operands.push_back(parse_unary());
      return negation;
    }
    return parse_primary();
  }

  std::string field_name() {
    if (m_token.kind != Token::Kind::word || !is_valid_id(m_token.text) || is_keyword(m_token.text)) {
      fail(m_token.kind == Token::Kind::end
               ? msg("identifiant de question attendu à la fin de la condition",
                     "question id expected at the end of the condition")
               : msg("identifiant de question attendu, pas « {} »", "question id expected, not '{}'",
                     m_token.text));
    }
    std::string name = m_token.text;
    advance();
    return name;
  }

  static bool is_keyword(std::string_view word) {
    return word == "and" || word == "or" || word == "not" || word == "in" || word == "contains";
  }

  Condition parse_primary() {
    if (m_token.kind == Token::Kind::symbol && m_token.text == "(") {
      advance();
      Condition inner = parse_or();
      expect_symbol(")");
      return inner;
    }
    if (m_token.kind == Token::Kind::word && m_token.text == "answered") {
      advance();
      expect_symbol("(");
      Condition c;
      c.op = Condition::Op::answered;
      c.field_offset = m_token.offset;
      c.field = field_name();
      expect_symbol(")");
      return c;
    }
    Condition c;
    c.field_offset = m_token.offset;
    c.field = field_name();
    if (accept_word("in")) {
      c.op = Condition::Op::in;
      expect_symbol("[");
      c.values.push_back(value());
      while (m_token.kind == Token::Kind::symbol && m_token.text == ",") {
        advance();
        c.values.push_back(value());
      }
      expect_symbol("]");
      return c;
    }
    if (accept_word("contains")) {
      c.op = Condition::Op::contains;
      c.values.push_back(value());
      return c;
    }
    static constexpr std::pair<std::string_view, Condition::Op> operators[] = {
        {"==", Condition::Op::eq}, {"!=", Condition::Op::ne}, {"<", Condition::Op::lt},
        {"<=", Condition::Op::le}, {">", Condition::Op::gt},  {">=", Condition::Op::ge}};
    for (const auto& [symbol, op] : operators) {
      if (m_token.kind == Token::Kind::symbol && m_token.text == symbol) {
        advance();
        c.op = op;
        c.values.push_back(value());
        return c;
      }
    }
    fail(msg("opérateur attendu après « {} » (==, !=, <, <=, >, >=, in, contains)",
             "operator expected after '{}' (==, !=, <, <=, >, >=, in, contains)", c.field));
  }

  ConditionValue value() {
    ConditionValue v;
    v.offset = m_token.offset;
    if (m_token.kind == Token::Kind::string) {
      v.token = m_token.text;
    } else if (m_token.kind == Token::Kind::word) {
      v.token = m_token.text;
      v.number = parse_number(v.token);
    } else {
      fail(msg("valeur attendue", "value expected"));
    }
    advance();
    return v;
  }

  std::string_view m_source;
  ConditionError& m_error;
  size_t m_position = 0;
  Token m_token;
  int m_depth = 0;
  static constexpr int max_depth = 32;
};

}  // namespace

std::optional<Condition> parse_condition(std::string_view source, ConditionError& error) {
  // Real conditions are a few dozen characters; the bound keeps loading
  // (a position is found for every leaf) fast whatever the file holds.
  if (source.size() > max_condition_bytes) {
    error = {0, msg("condition trop longue ({} octets, {} au plus)", "condition too long ({} bytes, at most {})",
                    source.size(), max_condition_bytes)};
    return std::nullopt;
  }
  try {
    Parser parser(source, error);
    return parser.parse();
  } catch (const Failed&) {
    return std::nullopt;
  }
}

}  // namespace autodiag::load
