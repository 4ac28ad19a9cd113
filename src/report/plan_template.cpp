#include "report/plan_template.h"

#include "model/diagnostic.h"
#include "util/escape.h"
#include "util/bundled.h"
#include "util/errors.h"
#include "util/exit_codes.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <regex>

namespace autodiag::report {

namespace mustache = kainjow::mustache;

namespace {

mustache::data to_data(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data object(mustache::data::type::object);
      for (const auto& [key, item] : value.items()) object.set(key, to_data(item));
      return object;
    }
    case nlohmann::json::value_t::array: {
      mustache::data list(mustache::data::type::list);
      for (const auto& item : value) list.push_back(to_data(item));
      return list;
    }
    case nlohmann::json::value_t::string:
      // As in mustache.js: an empty text is false, so {{#comment}} works.
      if (value.get_ref<const std::string&>().empty()) return mustache::data(false);
      return mustache::data(value.get<std::string>());
    case nlohmann::json::value_t::boolean:
      return mustache::data(value.get<bool>());
    case nlohmann::json::value_t::null:
      return mustache::data(false);
    default:
      return mustache::data(value.dump());
  }
}

// kainjow reports a byte offset ("Unclosed tag at 12"); people need
// line:col. Offsets are asked for in increasing order, so the cursor moves
// forward only: positions for a whole template cost one pass.
class MarkCursor {
 public:
  explicit MarkCursor(std::string_view text) : m_text(text) {}
  Mark at(size_t offset) {
    if (offset < m_offset) *this = MarkCursor(m_text);
    for (; m_offset < offset && m_offset < m_text.size(); ++m_offset) {
      unsigned char c = static_cast<unsigned char>(m_text[m_offset]);
      if (c == '\n') {
        ++m_mark.line;
        m_mark.column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++m_mark.column;
      }
    }
    return m_mark;
  }

 private:
  std::string_view m_text;
  size_t m_offset = 0;
  Mark m_mark{1, 1};
};

Mark mark_at(std::string_view text, size_t offset) { return MarkCursor(text).at(offset); }

[[noreturn]] void fail_at(std::string_view template_text, const std::string& template_name, size_t offset,
                          Message message) {
  Diagnostic diagnostic{template_name, mark_at(template_text, offset), Severity::error, std::move(message)};
  throw Failure(exit_code::data_error, Message{format_diagnostic(diagnostic, Lang::fr),
                                               format_diagnostic(diagnostic, Lang::en)});
}

// kainjow renders by recursion and copies contexts per level: 10,000 nested
// sections take gigabytes. Sections are counted here first, following
// set-delimiter tags as Mustache does.
void check_template_limits(std::string_view text, const std::string& template_name) {
  if (text.size() > max_template_bytes) {
    fail_at(text, template_name, 0,
            msg("modèle trop gros ({} octets, {} au plus)", "template too large ({} bytes, at most {})", text.size(),
                max_template_bytes));
  }
  std::string open = "{{";
  std::string close = "}}";
  int depth = 0;
  for (size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at)) {
    size_t start = at + open.size();
    bool triple = open == "{{" && start < text.size() && text[start] == '{';
    size_t end = text.find(triple ? "}}}" : close, start);
    if (end == std::string_view::npos) return;  // kainjow reports the unclosed tag
    std::string_view tag = text.substr(start, end - start);
    size_t next = end + (triple ? 3 : close.size());
    size_t first = tag.find_first_not_of(" \t");
    char kind = first == std::string_view::npos ? ' ' : tag[first];
    if (kind == '#' || kind == '^') {
      if (++depth > max_template_depth) {
        fail_at(text, template_name, at,
                msg("sections imbriquées sur plus de {} niveaux", "sections nested more than {} levels deep",
                    max_template_depth));
      }
    } else if (kind == '/') {
      depth = std::max(depth - 1, 0);
    } else if (kind == '=' && tag.size() >= 2 && tag.back() == '=') {
      std::string_view inside = tag.substr(first + 1, tag.size() - first - 2);
      size_t a = inside.find_first_not_of(" \t");
      size_t a_end = inside.find_first_of(" \t", a);
      size_t b = a_end == std::string_view::npos ? a_end : inside.find_first_not_of(" \t", a_end);
      if (b == std::string_view::npos) return;  // kainjow reports the invalid tag
      size_t b_end = inside.find_first_of(" \t", b);
      open = inside.substr(a, a_end - a);
      close = inside.substr(b, b_end == std::string_view::npos ? b_end : b_end - b);
    }
    at = next;
  }
}

Message explain(const std::string& kainjow_message) {
  std::smatch m;
  static const std::regex unclosed_section(R"(Unclosed section \"(.*)\" at \d+)");
  static const std::regex unopened_section(R"(Unopened section \"(.*)\" at \d+)");
  if (std::regex_match(kainjow_message, m, unclosed_section)) {
    return msg("la section « {0} » n'est jamais fermée (il manque {{{{/{0}}}}})",
               "section \"{0}\" is never closed ({{{{/{0}}}}} is missing)", m[1].str());
  }
  if (std::regex_match(kainjow_message, m, unopened_section)) {
    return msg("{{{{/{0}}}}} ferme la section « {0} », qui n'est pas ouverte à cet endroit",
               "{{{{/{0}}}}} closes section \"{0}\", which is not open here", m[1].str());
  }
  if (kainjow_message.rfind("Unclosed tag", 0) == 0) {
    return msg("balise non fermée (il manque }}}})", "unclosed tag (}}}} is missing)");
  }
  if (kainjow_message.rfind("Invalid set delimiter", 0) == 0) {
    return msg("changement de délimiteurs invalide", "invalid set-delimiter tag");
  }
  return msg("modèle invalide : {}", "invalid template: {}", kainjow_message);
}

[[noreturn]] void fail(std::string_view template_text, const std::string& template_name,
                       const std::string& kainjow_message) {
  Diagnostic diagnostic;
  diagnostic.file = template_name;
  std::smatch m;
  static const std::regex at_offset(R"( at (\d+)$)");
  if (std::regex_search(kainjow_message, m, at_offset)) {
    diagnostic.mark = mark_at(template_text, std::stoul(m[1].str()));
  }
  diagnostic.message = explain(kainjow_message);
  throw Failure(exit_code::data_error, Message{format_diagnostic(diagnostic, Lang::fr),
                                               format_diagnostic(diagnostic, Lang::en)});
}

// kainjow 4.1 drops the line of a standalone section tag, except the line
// break after the closing tag of a section it skips: a false {{#x}} block
// leaves a blank line, which splits a Markdown list in two. So a marker is
// put after each standalone closing tag; the line it ends up alone on, in
// both cases, is then removed. Not done when the template changes its
// delimiters.
constexpr char end_marker = '\x01';

std::string mark_section_ends(std::string_view text) {
  if (text.find("{{=") != std::string_view::npos) return std::string(text);
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    size_t next = end == std::string_view::npos ? text.size() : end + 1;
    std::string_view line = text.substr(start, next - start);
    size_t first = line.find_first_not_of(" \t");
    size_t last = line.find_last_not_of(" \t\r\n");
    bool standalone_end = end != std::string_view::npos && first != std::string_view::npos &&
                          line.compare(first, 3, "{{/") == 0 && line.find("}}") == last - 1;
    if (standalone_end) {
      out += std::string(line.substr(0, last + 1)) + end_marker + std::string(line.substr(last + 1));
    } else {
      out += std::string(line);
    }
    start = next;
  }
  return out;
}

std::string drop_marker_lines(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    size_t next = end == std::string::npos ? text.size() : end + 1;
    std::string line = text.substr(start, next - start);
    bool marker_only = line.find(end_marker) != std::string::npos &&
                       line.find_first_not_of(std::string(" \t\r\n") + end_marker) == std::string::npos;
    if (!marker_only) {
      line.erase(std::remove(line.begin(), line.end(), end_marker), line.end());
      out += line;
    }
    start = next;
  }
  return out;
}

// Sections that render nothing leave blank lines behind; one blank line is
// all Markdown needs, so templates can stay airy.
std::string tidy_blank_lines(const std::string& text) {
  std::string out;
  size_t newlines = 2;  // drops blank lines at the start
  for (char c : text) {
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else if (c != '\r') {
      newlines = 0;
    }
    out += c;
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace

std::string render_template(std::string_view template_text, const nlohmann::json& model,
                            const std::string& template_name) {
  check_template_limits(template_text, template_name);
  // Parsed as written first, so that errors point into the user's file.
  if (mustache::mustache as_written{std::string(template_text)}; !as_written.is_valid()) {
    fail(template_text, template_name, as_written.error_message());
  }
  mustache::mustache tmpl{mark_section_ends(template_text)};
  tmpl.set_custom_escape([](const std::string& text) { return markdown_escape(text); });
  std::string out = tmpl.render(to_data(model));
  if (!tmpl.is_valid()) fail(template_text, template_name, tmpl.error_message());
  return tidy_blank_lines(drop_marker_lines(out));
}

void check_template_names(std::string_view text, const std::set<std::string>& known, const std::string& template_name) {
  check_template_limits(text, template_name);
  if (text.find("{{=") != std::string_view::npos) return;
  MarkCursor cursor(text);
  Message problems;
  for (size_t open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", open + 2)) {
    bool triple = open + 2 < text.size() && text[open + 2] == '{';
    size_t start = open + (triple ? 3 : 2);
    size_t close = text.find(triple ? "}}}" : "}}", start);
    if (close == std::string_view::npos) break;
    std::string name(text.substr(start, close - start));
    name.erase(0, name.find_first_not_of(" \t"));
    if (!name.empty() && std::string_view("!>/").find(name[0]) != std::string_view::npos) continue;
    if (!name.empty() && (name[0] == '#' || name[0] == '^' || name[0] == '&')) name.erase(0, 1);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    if (name == ".") continue;
    bool ok = !name.empty();
    for (size_t part = 0; ok && part <= name.size();) {
      size_t dot = name.find('.', part);
      if (dot == std::string::npos) dot = name.size();
      ok = known.count(name.substr(part, dot - part)) > 0;
      part = dot + 1;
    }
    if (ok) continue;
    Diagnostic diagnostic{template_name, cursor.at(open), Severity::error,
                          msg("variable inconnue « {} » (les variables sont décrites dans docs/templates.md)",
                              "unknown variable '{}' (the variables are listed in docs/templates.md)", name)};
    problems.fr += (problems.fr.empty() ? "" : "\n") + format_diagnostic(diagnostic, Lang::fr);
    problems.en += (problems.en.empty() ? "" : "\n") + format_diagnostic(diagnostic, Lang::en);
  }
  if (!problems.fr.empty()) throw Failure(exit_code::data_error, problems);
}

std::string_view bundled_plan_template(std::string_view lang_code) {
  std::string name = lang_code == "en" ? "templates/plan.en.md.mustache" : "templates/plan.md.mustache";
  const bundled::File* file = bundled::find(name);
  if (!file) throw Failure(exit_code::internal, msg("modèle intégré absent : {}", "bundled template missing: {}", name));
  return file->content;
}

}  // namespace autodiag::report
