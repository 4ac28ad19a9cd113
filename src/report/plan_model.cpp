#include "report/plan_model.h"

#include "model/profile.h"
#include "report/compare.h"
#include "report/numbers.h"
#include "report/plan_divergent.h"
#include "report/plan_facts.h"
#include "report/plan_objectives.h"
#include "report/plan_text.h"

#include <fmt/format.h>

namespace autodiag::report {

namespace {

// Percent-encodes what would end a Markdown link destination early.
std::string link_target(const std::string& file) {
  std::string out;
  for (char c : file) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '%' || c == '\\' || u >= 0x80) {
      out += fmt::format("%{:02X}", u);
    } else {
      out += c;
    }
  }
  return out;
}

std::string organisation_of(const PlanFacts& f) {
  if (!f.request.organisation_override.empty()) return f.request.organisation_override;
  if (f.request.anonymize) return f.say("Structure anonymisée", "Anonymised organisation");
  std::string name = model::organisation_name(f.questionnaire, f.response.answers);
  return name.empty() ? f.say("Structure sans nom", "Unnamed organisation") : name;
}

void plan_objectives(PlanFacts& f) {
  for (size_t i = 0; i < f.gaps.size(); ++i) {
    const score::QuestionScore& s = *f.gaps[i].question;
    std::vector<Step> steps = steps_above(*s.question, *s.answer, s.points, f.lang, f.fallback);
    if (steps.empty()) continue;
    if (i < priority_count) {
      f.one_year[s.question] = steps.front().points;
      f.three_years[s.question] = steps[std::min<size_t>(1, steps.size() - 1)].points;
    } else {
      f.three_years[s.question] = steps.front().points;
    }
  }
}

nlohmann::json header(const PlanFacts& f) {
  std::vector<std::string> assessed;
  std::vector<std::string> not_addressed;
  for (const score::ThemeScore& t : f.result.themes) {
    (t.addressed ? assessed : not_addressed).push_back(f.text(t.theme->label()));
  }
  const model::Response& r = f.response.response;
  std::string date = !r.updated.empty() ? r.updated : r.created;
  return {{"lang", f.code},
          {"date", date.substr(0, 10)},
          {"date_text", long_date(date, f.lang)},
          {"organisation", organisation_of(f)},
          {"anonymized", f.request.anonymize},
          {"questionnaire", {{"id", f.questionnaire.id},
                             {"title", f.text(f.questionnaire.title)},
                             {"version", f.questionnaire.version.text},
                             {"intro", f.text(f.questionnaire.intro)}}},
          {"complete", r.status == model::Status::complete},
          {"draft", r.status != model::Status::complete},
          {"status", status_text(r, f.lang)},
          {"short_path", r.short_path},
          {"completion", show_percent(f.result.completion, f.lang == Lang::fr)},
          // Commas only: "et" would blur labels such as "Diversité et égalité".
          {"themes_assessed_text", join_list(assessed)},
          {"themes_assessed_count", std::to_string(assessed.size())},
          {"themes_total_count", std::to_string(f.result.themes.size())},
          {"themes_not_addressed_text", join_list(not_addressed)},
          {"has_not_addressed", !not_addressed.empty()}};
}

nlohmann::json overall(const PlanFacts& f) {
  const score::Result& r = f.result;
  return {{"scored", r.scored},
          {"score", r.scored ? show_score(r.overall) : "—"},
          {"score_exact", r.scored ? nlohmann::json(r.overall) : nlohmann::json()},
          {"level", r.level ? f.text(r.level->label) : "—"},
          {"level_id", r.level ? r.level->id : ""},
          {"message", r.level ? f.text(r.level->message) : ""}};
}

nlohmann::json chart(const PlanFacts& f, const std::string& chart_file) {
  std::string alt = f.previous ? f.say("Graphique en barres : score de chaque thème sur 100, cette année et l'année "
                                       "précédente. Les mêmes chiffres figurent dans le tableau qui suit.",
                                       "Bar chart: each theme's score out of 100, this year and last year. The same "
                                       "figures are in the table below.")
                               : f.say("Graphique en barres : score de chaque thème sur 100. Les mêmes chiffres "
                                       "figurent dans le tableau qui suit.",
                                       "Bar chart: each theme's score out of 100. The same figures are in the table "
                                       "below.");
  return {{"has_file", !chart_file.empty()}, {"file", chart_file}, {"file_url", link_target(chart_file)}, {"alt", alt}};
}

nlohmann::json evolution(const PlanFacts& f) {
  if (!f.evolution) return nlohmann::json();
  const Evolution& e = *f.evolution;
  nlohmann::json out = evolution_json(e, f.request.previous->response, f.response.response, f.lang, f.fallback);
  out["has_closed"] = !e.closed.empty();
  out["has_improved"] = !e.improved.empty();
  out["has_regressions"] = !e.regressions.empty();
  return out;
}

}  // namespace

PlanFacts gather_facts(const PlanRequest& request) {
  const model::Questionnaire& q = *request.questionnaire;
  PlanFacts f{request,       q,  *request.response,
              request.lang,  std::string(lang_code(request.lang)),
              q.default_language(),
              score::compute(q, request.response->response, request.response->answers),
              std::nullopt,  std::nullopt, {}, {}, {}, {}};
  if (request.previous) {
    check_comparable(request.previous->response, request.response->response);
    f.previous = score::compute(q, request.previous->response, request.previous->answers);
    f.evolution = compare_results(*f.previous, f.result);
  }
  f.gaps = ranked_gaps(f.result, priority_count);
  plan_objectives(f);
  f.terms = resolve_terms(f);
  return f;
}

std::string action_text(const PlanFacts& f, const PlanGap& gap) {
  if (gap.action) return f.worded(*gap.action);
  return f.say("Progresser sur : ", "Make progress on: ") + quote(f.text(gap.question->question->text), f.lang);
}

nlohmann::json plan_model(const PlanRequest& request, const std::string& chart_file) {
  PlanFacts f = gather_facts(request);
  nlohmann::json model = header(f);
  model["terms"] = f.terms;
  model["overall"] = overall(f);
  model["scores"] = scores_section(f);
  model["summary"] = summary_section(f);
  model["chart"] = chart(f, chart_file);
  model["benchmark"] = benchmark_section(f);
  model["themes"] = themes_section(f);
  nlohmann::json actions = actions_section(f);
  model["actions"] = actions["all"];
  model["action_table"] = actions["table"];
  model["has_actions"] = !actions["all"].empty();
  model["other_actions_count"] = actions["others"];
  model["obligations"] = obligations_section(f);
  model["has_obligations"] = !model["obligations"].empty();
  model["objectives"] = objectives_section(f);
  nlohmann::json support = support_section(f);
  model["support"] = support["shown"];
  model["has_support"] = !support["shown"].empty();
  model["other_support"] = support["others"];
  model["has_previous"] = f.previous.has_value();
  model["evolution"] = evolution(f);
  model["divergent"] = divergent_section(f);
  model["has_divergent"] = !model["divergent"].empty();
  model["consensus"] = consensus_section(f);
  model["appendix"] = appendix_section(f);
  model["method"] = method_section(f);
  model["follow_up"] = follow_up_section(request.followed_actions, request.lang);
  std::string followed = follow_up_read_aloud(request.followed_actions, request.lang);
  if (!followed.empty()) model["summary"]["read_aloud"] = followed + " " + model["summary"]["read_aloud"].get<std::string>();
  return model;
}

const std::set<std::string>& plan_variable_names() {
  static const std::set<std::string> names = [] {
    std::set<std::string> out = {
        "achievements", "action", "action_table", "actions", "addressed", "after", "after_date", "after_exact", "alt",
        "anonymized", "answer", "appendix", "before", "benchmark", "has_questions", "note", "position", "range", "share", "before_date", "before_exact", "chart", "closed", "comment",
        "complete", "completion", "consensus", "counted", "counted_weight", "date", "date_text", "debate_questions", "delta",
        "description", "detail", "divergent", "draft", "due", "evolution", "file", "file_url", "follow_up", "fragile", "gaps", "given", "groups_text", "has_achievements",
        "has_actions", "has_closed", "has_divergent", "has_file", "has_gaps", "has_improved", "has_not_addressed", "has_obligations",
        "has_previous", "has_priorities", "has_read_aloud", "has_regressions", "has_strengths", "has_support",
        "has_unanswered", "hidden", "id", "improved", "intro", "label", "lang", "level", "level_id", "max", "message",
        "method", "name", "not_applicable", "not_asked", "objective_one_year", "objective_three_years", "objectives",
        "obligations", "one_year", "organisation", "other_actions_count", "other_support", "overall", "owner", "points",
        "previous", "previous_exact", "priorities", "priority", "profile", "question", "question_id", "questionnaire",
        "questions", "rank", "reached", "read_aloud", "regressions", "respondents", "score", "score_exact", "scored", "scores",
        "set_by_organisation", "short_path", "source", "statement", "status", "strengths", "summary", "support",
        "terms", "text", "theme", "themes", "themes_assessed_count", "themes_assessed_text",
        "themes_not_addressed_text", "themes_total_count", "three_years", "title", "total_weight", "unanswered", "url",
        "version", "weight", "why"};
    for (const std::string& id : plan_term_ids()) out.insert(id);
    return out;
  }();
  return names;
}

}  // namespace autodiag::report
