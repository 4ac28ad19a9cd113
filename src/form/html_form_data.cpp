#include "form/html_form.h"
#include "form/html_form_script.h"
#include "load/response_writer.h"

#include <set>
#include <sstream>

namespace autodiag::form {

namespace {

using nlohmann::json;

std::string script_safe(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out += c;
    }
  }
  return out;
}

// How the response writer spells each identifier, alone and inside a flow
// list: asked of load::write_response itself, so that the page's file cannot
// drift from the terminal's (yaml-cpp quotes "null", for one).
json yaml_spellings(const std::set<std::string>& tokens) {
  model::Response probe;
  model::RawValue list;
  list.is_list = true;
  for (const std::string& token : tokens) {
    model::RawValue plain;
    plain.scalar = token;
    probe.answers.emplace_back("k", plain);
    list.items.push_back(token);
  }
  probe.profile.emplace_back("k", list);
  std::istringstream lines(load::write_response(probe));
  std::vector<std::string> plain_forms;
  std::string flow_form;
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("  k: ")) continue;
    std::string value = line.substr(5);
    if (value.starts_with('[')) {
      flow_form = value.substr(1, value.size() - 2);
    } else {
      plain_forms.push_back(value);
    }
  }
  json block = json::object();
  json flow = json::object();
  size_t i = 0;
  size_t start = 0;
  for (const std::string& token : tokens) {
    block[token] = i < plain_forms.size() ? plain_forms[i] : token;
    size_t end = std::min(flow_form.find(", ", start), flow_form.size());
    flow[token] = flow_form.substr(start, end - start);
    start = end + 2;
    ++i;
  }
  return {{"block", block}, {"flow", flow}};
}

json text_in(const model::Text& text, const model::Questionnaire& questionnaire, Lang lang) {
  if (text.empty()) return nullptr;
  return text.get(lang_code(lang), questionnaire.default_language());
}

json question_json(const model::Question& q, const model::Questionnaire& questionnaire, Lang lang) {
  json options = json::array();
  for (const model::Option& o : q.options) {
    options.push_back({{"id", o.id},
                       {"label", text_in(o.label, questionnaire, lang)},
                       {"help", text_in(o.help, questionnaire, lang)},
                       {"score", o.score}});
  }
  json bands = json::array();
  for (const model::Band& b : q.bands) bands.push_back({{"from", b.from}, {"to", b.to}, {"score", b.score}});
  return {{"id", q.id},
          {"type", model::type_name(q.type)},
          {"text", text_in(q.text, questionnaire, lang)},
          {"help", text_in(q.help, questionnaire, lang)},
          {"unit", text_in(q.unit, questionnaire, lang)},
          {"theme", q.theme_index},
          {"organisation", q.role == model::Role::organisation},
          {"required", q.required},
          {"na", q.na_allowed},
          {"core", q.core},
          {"conditional", q.when.has_value()},
          {"weight", q.weight},
          {"max_points", q.max_points()},
          {"yes_score", q.yes_score},
          {"no_score", q.no_score},
          {"min", q.min ? json(*q.min) : json(nullptr)},
          {"max", q.max ? json(*q.max) : json(nullptr)},
          {"integer", q.integer},
          {"options", options},
          {"bands", bands}};
}

}  // namespace

std::string script_json(const json& value) { return script_safe(value.dump()); }

json html_form_data(const model::Questionnaire& questionnaire, const HtmlFormOptions& options) {
  Lang lang = options.lang;
  std::set<std::string> tokens = {"yes", "no", "na", questionnaire.id, questionnaire.version.text,
                                  std::string(lang_code(lang))};
  json questions = json::array();
  for (size_t i = 0; i < questionnaire.question_count(); ++i) {
    const model::Question& q = questionnaire.question(i);
    tokens.insert(q.id);
    for (const model::Option& o : q.options) tokens.insert(o.id);
    questions.push_back(question_json(q, questionnaire, lang));
  }
  json themes = json::array();
  for (const model::Theme& t : questionnaire.themes) {
    tokens.insert(t.id);
    json indexes = json::array();
    for (const model::Question& q : t.questions) indexes.push_back(q.index);
    themes.push_back({{"id", t.id},
                      {"title", text_in(t.title, questionnaire, lang)},
                      {"short_title", text_in(t.label(), questionnaire, lang)},
                      {"summary", text_in(t.summary, questionnaire, lang)},
                      {"weight", t.weight},
                      {"questions", indexes}});
  }
  json levels = json::array();
  for (const model::Level& l : questionnaire.levels) {
    levels.push_back({{"id", l.id}, {"from", l.from}, {"to", l.to}, {"label", text_in(l.label, questionnaire, lang)}});
  }
  json prefill = json::array();
  for (const auto& [id, value] : options.prefill) {
    prefill.push_back({{"id", id}, {"list", value.is_list}, {"scalar", value.scalar}, {"items", value.items}});
  }
  return {{"lang", lang_code(lang)},
          {"short", options.short_path},
          {"questionnaire", {{"id", questionnaire.id}, {"version", questionnaire.version.text}}},
          {"title", text_in(questionnaire.title, questionnaire, lang)},
          {"description", text_in(questionnaire.description, questionnaire, lang)},
          {"intro", text_in(questionnaire.intro, questionnaire, lang)},
          {"profile_count", questionnaire.profile.size()},
          {"questions", questions},
          {"themes", themes},
          {"levels", levels},
          {"prefill", prefill},
          {"yaml", yaml_spellings(tokens)}};
}

}  // namespace autodiag::form
