#include "load/timestamp.h"

#include <cstddef>

namespace autodiag::load {

namespace {

// Reads between `min_digits` and `max_digits` digits at `at`.
bool number(std::string_view text, size_t& at, size_t min_digits, size_t max_digits, int& value) {
  size_t start = at;
  value = 0;
  while (at < text.size() && at - start < max_digits && text[at] >= '0' && text[at] <= '9') {
    value = value * 10 + (text[at] - '0');
    ++at;
  }
  return at - start >= min_digits;
}

bool accept(std::string_view text, size_t& at, char c) {
  if (at < text.size() && text[at] == c) {
    ++at;
    return true;
  }
  return false;
}

void skip_blanks(std::string_view text, size_t& at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

}  // namespace

bool is_timestamp(std::string_view text) {
  size_t at = 0;
  int year = 0, month = 0, day = 0;
  if (!number(text, at, 4, 4, year) || !accept(text, at, '-') || !number(text, at, 1, 2, month) ||
      !accept(text, at, '-') || !number(text, at, 1, 2, day)) {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return false;
  if (at == text.size()) return true;  // a date alone
  if (text[at] == 'T' || text[at] == 't') {
    ++at;
  } else if (text[at] == ' ' || text[at] == '\t') {
    skip_blanks(text, at);
  } else {
    return false;
  }
  int hour = 0, minute = 0, second = 0;
  if (!number(text, at, 1, 2, hour) || !accept(text, at, ':') || !number(text, at, 2, 2, minute) ||
      !accept(text, at, ':') || !number(text, at, 2, 2, second)) {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60) return false;  // 60: a leap second
  if (accept(text, at, '.')) {
    int ignored = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') number(text, at, 1, 1, ignored);
  }
  skip_blanks(text, at);
  if (at == text.size()) return true;
  if (accept(text, at, 'Z')) return at == text.size();
  if (!accept(text, at, '+') && !accept(text, at, '-')) return false;
  int offset_hours = 0, offset_minutes = 0;
  if (!number(text, at, 1, 2, offset_hours) || offset_hours > 23) return false;
  if (accept(text, at, ':') && (!number(text, at, 2, 2, offset_minutes) || offset_minutes > 59)) return false;
  return at == text.size();
}

}  // namespace autodiag::load
