#include "report/questionnaire_json.h"

#include "load/reader.h"

namespace autodiag::report {

namespace {

using nlohmann::json;

std::string_view role_name(model::Role role) {
  switch (role) {
    case model::Role::organisation: return "organisation";
    case model::Role::legal_form: return "legal_form";
    case model::Role::employees: return "employees";
    case model::Role::department: return "department";
    case model::Role::region: return "region";
    case model::Role::debate_topics: return "debate_topics";
    case model::Role::none: return "";
  }
  return "";
}

json question_json(const model::Question& q, const model::Questionnaire& qn) {
  json j = {{"id", q.id}, {"type", model::type_name(q.type)}, {"text", text_json(q.text, qn)}};
  if (!q.help.empty()) j["help"] = text_json(q.help, qn);
  j["required"] = q.required;
  if (!q.when_source.empty()) j["when"] = q.when_source;
  if (q.role != model::Role::none) j["role"] = role_name(q.role);
  if (!q.is_profile()) {
    j["weight"] = q.weight;
    j["na"] = q.na_allowed;
    j["core"] = q.core;
    j["max_points"] = q.max_points();
  }
  if (!q.scale_id.empty()) j["scale"] = q.scale_id;
  if (!q.options.empty()) {
    json options = json::array();
    for (const auto& o : q.options) {
      json option = {{"id", o.id}, {"label", text_json(o.label, qn)}};
      if (!q.is_profile()) option["score"] = o.score;
      if (!o.help.empty()) option["help"] = text_json(o.help, qn);
      if (!o.region.empty()) option["region"] = o.region;
      options.push_back(option);
    }
    j["options"] = options;
  }
  if (q.cap) j["cap"] = *q.cap;
  if (q.type == model::QuestionType::yesno && !q.is_profile()) j["scores"] = {{"yes", q.yes_score}, {"no", q.no_score}};
  if (q.min) j["min"] = *q.min;
  if (q.max) j["max"] = *q.max;
  if (q.type == model::QuestionType::number) j["integer"] = q.integer;
  if (!q.unit.empty()) j["unit"] = text_json(q.unit, qn);
  if (!q.bands.empty()) {
    json bands = json::array();
    for (const auto& b : q.bands) bands.push_back({{"from", b.from}, {"to", b.to}, {"score", b.score}});
    j["bands"] = bands;
  }
  if (!q.actions.empty()) {
    json actions = json::object();
    for (const auto& [points, text] : q.actions) actions[load::format_number(points)] = text_json(text, qn);
    j["actions"] = actions;
  }
  if (!q.objectives.empty()) {
    json objectives = json::object();
    for (const auto& [points, text] : q.objectives) objectives[load::format_number(points)] = text_json(text, qn);
    j["objectives"] = objectives;
  }
  if (q.obligation) j["obligation"] = true;
  return j;
}

}  // namespace

json text_json(const model::Text& text, const model::Questionnaire& qn) {
  json j = json::object();
  for (const std::string& lang : qn.languages) j[lang] = text.get(lang, qn.default_language());
  return j;
}

json questionnaire_json(const model::Questionnaire& qn) {
  json j = {{"format", "autodiag-questionnaire/1"},
            {"id", qn.id},
            {"version", qn.version.text},
            {"languages", qn.languages},
            {"title", text_json(qn.title, qn)}};
  if (!qn.description.empty()) j["description"] = text_json(qn.description, qn);
  if (!qn.intro.empty()) j["intro"] = text_json(qn.intro, qn);
  json profile = json::array();
  for (const auto& q : qn.profile) profile.push_back(question_json(q, qn));
  j["profile"] = profile;
  json levels = json::array();
  for (const auto& l : qn.levels) {
    levels.push_back({{"id", l.id}, {"from", l.from}, {"to", l.to}, {"label", text_json(l.label, qn)},
                      {"message", text_json(l.message, qn)}});
  }
  j["levels"] = levels;
  json themes = json::array();
  for (const auto& t : qn.themes) {
    json theme = {{"id", t.id}, {"title", text_json(t.title, qn)}, {"weight", t.weight}};
    theme["short_title"] = text_json(t.label(), qn);
    if (!t.summary.empty()) theme["summary"] = text_json(t.summary, qn);
    json messages = json::object();
    for (const auto& [level, text] : t.messages) messages[level] = text_json(text, qn);
    theme["messages"] = messages;
    json questions = json::array();
    for (const auto& q : t.questions) questions.push_back(question_json(q, qn));
    theme["questions"] = questions;
    themes.push_back(theme);
  }
  j["themes"] = themes;
  json support = json::array();
  for (const auto& s : qn.support) {
    json option = {{"id", s.id}, {"name", text_json(s.name, qn)}, {"description", text_json(s.description, qn)},
                   {"themes", s.themes}, {"regions", s.regions}, {"legal_forms", s.legal_forms}};
    if (!s.url.empty()) option["url"] = s.url;
    if (!s.eligible_source.empty()) option["eligible"] = s.eligible_source;
    support.push_back(option);
  }
  j["support"] = support;
  return j;
}

}  // namespace autodiag::report
