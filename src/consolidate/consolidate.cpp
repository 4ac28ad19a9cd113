#include "consolidate/consolidate.h"

#include "consolidate/comments.h"
#include "load/response_check.h"
#include "model/profile.h"
#include "model/respondent.h"
#include "util/errors.h"
#include "util/exit_codes.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace autodiag::consolidate {

namespace {

using model::Answer;
using model::Question;
using model::QuestionType;

void check_inputs(const model::Questionnaire& q, const std::vector<Input>& inputs) {
  std::map<std::string, std::vector<std::string>> by_name;  // spelling → files
  std::map<std::string, std::string> spelling_of;           // key → first spelling
  for (const Input& input : inputs) {
    if (input.response.response.consensus) {
      throw Failure(exit_code::data_error,
                    msg("{} est déjà une réponse consolidée : donnez les réponses individuelles",
                        "{} is already a consolidated response: give the individual responses", input.file));
    }
    std::string name = model::organisation_name(q, input.response.answers);
    if (name.empty()) {
      throw Failure(exit_code::data_error,
                    msg("{} : le nom de la structure manque (profil) : impossible de vérifier que toutes les réponses "
                        "concernent la même structure",
                        "{}: the organisation's name is missing (profile): cannot check that every response is for "
                        "the same organisation",
                        input.file));
    }
    auto [it, added] = spelling_of.emplace(model::organisation_key(name), name);
    by_name[it->second].push_back(input.file);
  }
  if (by_name.size() == 1) return;
  std::string list_fr;
  std::string list_en;
  for (const auto& [name, files] : by_name) {
    std::string joined;
    for (const std::string& f : files) joined += (joined.empty() ? "" : ", ") + f;
    list_fr += fmt::format("\n  « {} » : {}", name, joined);
    list_en += fmt::format("\n  \"{}\": {}", name, joined);
  }
  throw Failure(exit_code::data_error,
                msg("ces réponses ne concernent pas la même structure :{0}\nCorrigez le nom dans le profil des réponses "
                    "concernées, ou consolidez chaque structure à part.",
                    "these responses are not for the same organisation:{1}\nCorrect the name in the profile of the "
                    "responses concerned, or consolidate each organisation on its own.",
                    list_fr, list_en));
}

// Options in order of score: the steps of the question's scale.
std::vector<std::string> ordered_options(const Question& q) {
  if (q.type == QuestionType::yesno) {
    return q.yes_score >= q.no_score ? std::vector<std::string>{"no", "yes"} : std::vector<std::string>{"yes", "no"};
  }
  std::vector<const model::Option*> options;
  for (const auto& o : q.options) options.push_back(&o);
  std::stable_sort(options.begin(), options.end(), [](auto* a, auto* b) { return a->score < b->score; });
  std::vector<std::string> ids;
  for (const auto* o : options) ids.push_back(o->id);
  return ids;
}

int band_of(const Question& q, double value) {
  for (size_t i = 0; i < q.bands.size(); ++i) {
    if (value < q.bands[i].to || i + 1 == q.bands.size()) return static_cast<int>(i);
  }
  return 0;
}

// The lower median, except that with an even count the middle value with the
// lower score is kept: on a scale where a lower number scores better (a pay
// ratio), the lower value would overstate the practice.
double cautious_median(const Question& q, std::vector<double>& values) {
  double median = lower_median(values);
  if (values.size() % 2 == 0 && !q.bands.empty()) {
    double upper = values[values.size() / 2];
    auto score = [&](double x) { return q.bands[static_cast<size_t>(band_of(q, x))].score; };
    if (score(upper) < score(median)) median = upper;
  }
  return median;
}

std::optional<Answer> retain_multi(const QuestionView& v, const Consolidation& c, size_t index) {
  const Question& q = *v.question;
  std::map<std::string, int> chosen;
  int answered = v.count(Position::answered);
  for (size_t i = 0; i < c.inputs.size(); ++i) {
    if (const Answer* a = c.answer(i, index); a && !a->is_na()) {
      for (const std::string& o : a->options) ++chosen[o];
    }
  }
  if (v.agreement.na_retained) return Answer(Answer::Kind::na);
  if (answered == 0) return std::nullopt;
  Answer out(Answer::Kind::options);
  for (const auto& o : q.options) {
    if (2 * chosen[o.id] > answered) out.options.push_back(o.id);
  }
  return out;
}

// A multiple choice agrees when, for every option, at least 70 % of the
// people who answered agree on whether it applies.
bool multi_diverges(const QuestionView& v, const Consolidation& c, size_t index) {
  int answered = v.count(Position::answered);
  if (answered == 0) return false;
  for (const auto& o : v.question->options) {
    int chosen = 0;
    for (size_t i = 0; i < c.inputs.size(); ++i) {
      const Answer* a = c.answer(i, index);
      if (a && !a->is_na() && std::find(a->options.begin(), a->options.end(), o.id) != a->options.end()) ++chosen;
    }
    if (100 * std::max(chosen, answered - chosen) < consensus_percent * answered) return true;
  }
  return false;
}

void consolidate_question(QuestionView& v, const Consolidation& c, size_t index) {
  const Question& q = *v.question;
  std::vector<int> ranks;
  std::vector<double> numbers;
  std::vector<std::string> texts;
  std::vector<std::string> order = ordered_options(q);
  for (size_t i = 0; i < c.inputs.size(); ++i) {
    const Answer* a = c.answer(i, index);
    if (a == nullptr || a->is_na()) continue;
    if (a->kind == Answer::Kind::option) {
      ranks.push_back(static_cast<int>(std::find(order.begin(), order.end(), a->option) - order.begin()));
    } else if (a->kind == Answer::Kind::number) {
      ranks.push_back(band_of(q, a->number));
      numbers.push_back(a->number);
    } else if (a->kind == Answer::Kind::text) {
      texts.push_back(a->text);
    } else {
      ranks.push_back(0);  // multi: the rule is per option (multi_diverges)
    }
  }
  v.agreement = agree(ranks, v.count(Position::not_applicable));
  if (q.type == QuestionType::multi) {
    v.agreement.weak_mode = v.agreement.weak_mode || multi_diverges(v, c, index);
    v.retained = retain_multi(v, c, index);
  } else if (v.agreement.na_retained) {
    v.retained = Answer(Answer::Kind::na);
  } else if (!numbers.empty()) {
    v.retained = Answer(Answer::Kind::number);
    v.retained->number = cautious_median(q, numbers);
  } else if (v.agreement.median_rank) {
    v.retained = Answer(Answer::Kind::option);
    v.retained->option = order[static_cast<size_t>(*v.agreement.median_rank)];
  } else if (!texts.empty() && q.is_profile()) {
    // The organisation's name and other profile texts: the most common spelling.
    std::map<std::string, int> n;
    for (const auto& t : texts) ++n[t];
    auto best = std::max_element(texts.begin(), texts.end(), [&](auto& a, auto& b) { return n[a] < n[b]; });
    v.retained = Answer(Answer::Kind::text);
    v.retained->text = *best;
  }
  if (q.type == QuestionType::text) v.agreement.weak_mode = false;
  if (q.is_profile()) {
    // A fact about the organisation: any difference is worth checking.
    bool differ = v.agreement.min_rank != v.agreement.max_rank ||
                  std::adjacent_find(numbers.begin(), numbers.end(), std::not_equal_to<>()) != numbers.end() ||
                  (v.agreement.not_applicable > 0 && v.agreement.not_applicable < v.agreement.answers);
    v.divergent = differ || (v.count(Position::skipped) > 0 && v.agreement.answers > 0);
  } else {
    v.divergent = q.type != QuestionType::text && v.agreement.divergent();
  }
}

Position position_of(const model::AnswerSet& set, size_t index) {
  if (set.presence[index] != model::Presence::shown) return Position::not_asked;
  const auto& a = set.answers[index];
  if (!a) return Position::skipped;
  return a->is_na() ? Position::not_applicable : Position::answered;
}

}  // namespace

std::vector<std::pair<std::string, int>> composition(const Consolidation& c) {
  std::vector<std::pair<std::string, int>> out;
  for (const auto& info : model::respondent_groups()) {
    int n = 0;
    for (const Input& in : c.inputs) {
      const auto& who = in.response.response.respondent;
      n += (who ? who->group : "other") == info.id;
    }
    if (n > 0) out.emplace_back(info.id, n);
  }
  return out;
}

namespace {

// Most divergent first: the widest spread, then the weakest agreement.
bool more_divergent(const QuestionView& a, const QuestionView& b) {
  if (a.agreement.spread() != b.agreement.spread()) return a.agreement.spread() > b.agreement.spread();
  long left = static_cast<long>(a.agreement.mode_count) * b.agreement.answers;
  long right = static_cast<long>(b.agreement.mode_count) * a.agreement.answers;
  if (left != right) return left < right;
  return a.question->index < b.question->index;
}

model::Response build_response(const Consolidation& c, const Options& options,
                               const std::vector<std::string>& not_addressed) {
  const model::Questionnaire& q = *c.questionnaire;
  model::Response r;
  r.questionnaire_id = q.id;
  r.questionnaire_version = q.version.text;
  r.language = std::string(lang_code(options.lang));
  r.created = options.now;
  r.updated = options.now;
  for (const QuestionView& v : c.questions) {
    if (v.retained && v.shown) r.set_value(v.question->id, v.question->is_profile(), load::to_raw(*v.retained));
    std::string comment = joined_comments(c, v.question->index, options.lang);
    if (!comment.empty()) r.set_comment(v.question->id, comment);
  }
  r.not_addressed = not_addressed;
  model::Consensus consensus;
  consensus.respondents = static_cast<int>(c.inputs.size());
  consensus.groups = composition(c);
  std::vector<const QuestionView*> divergent;
  for (const QuestionView& v : c.questions) {
    if (v.divergent && v.shown && !v.question->is_profile()) divergent.push_back(&v);
  }
  std::sort(divergent.begin(), divergent.end(), [](auto* a, auto* b) { return more_divergent(*a, *b); });
  for (const QuestionView* v : divergent) consensus.divergent.push_back(v->question->id);
  if (options.names) {
    for (const Input& in : c.inputs) {
      const auto& who = in.response.response.respondent;
      consensus.sources.push_back({in.file, who ? who->group : "", who ? who->name : ""});
    }
  }
  r.consensus = std::move(consensus);
  return r;
}

}  // namespace

int QuestionView::count(Position position) const {
  return static_cast<int>(std::count(positions.begin(), positions.end(), position));
}

bool QuestionView::asked_to_some() const {
  int not_asked = count(Position::not_asked);
  return shown ? not_asked > 0 : not_asked < static_cast<int>(positions.size());
}

const model::Answer* Consolidation::answer(size_t input, size_t index) const {
  const model::AnswerSet& set = inputs[input].response.answers;
  if (set.presence[index] != model::Presence::shown || !set.answers[index]) return nullptr;
  return &*set.answers[index];
}

Consolidation consolidate(const model::Questionnaire& q, std::vector<Input> inputs, const Options& options) {
  check_inputs(q, inputs);
  Consolidation c;
  c.questionnaire = &q;
  c.names = options.names;
  c.inputs = std::move(inputs);
  std::vector<std::string> groups;
  for (const Input& in : c.inputs) {
    const auto& who = in.response.response.respondent;
    groups.push_back(who ? who->group : "other");
  }
  c.buckets = make_buckets(groups, c.bucket_of);
  std::vector<std::optional<Answer>> retained(q.question_count());
  for (size_t index = 0; index < q.question_count(); ++index) {
    QuestionView v;
    v.question = &q.question(index);
    v.theme = v.question->is_profile() ? nullptr : &q.themes[static_cast<size_t>(v.question->theme_index)];
    for (const Input& in : c.inputs) v.positions.push_back(position_of(in.response.answers, index));
    consolidate_question(v, c, index);
    retained[index] = v.retained;
    c.questions.push_back(std::move(v));
  }
  // A theme is left aside when everyone left it aside. What the
  // organisation is asked follows the consolidated profile and
  // answers, exactly as for a single response (docs/consolidate.md).
  std::vector<std::string> not_addressed;
  for (const model::Theme& theme : q.themes) {
    if (std::all_of(c.inputs.begin(), c.inputs.end(),
                    [&](const Input& in) { return in.response.response.is_not_addressed(theme.id); })) {
      not_addressed.push_back(theme.id);
    }
  }
  std::vector<model::Presence> presence = model::compute_presence(q, retained, not_addressed);
  for (size_t index = 0; index < q.question_count(); ++index) {
    c.questions[index].shown = presence[index] == model::Presence::shown;
  }
  model::Response response = build_response(c, options, not_addressed);
  Diagnostics diagnostics;
  model::AnswerSet set;
  set.answers = retained;
  set.presence = presence;
  response.status = model::missing_required(q, set).empty() ? model::Status::complete : model::Status::in_progress;
  auto checked = load::check_response(q, response, diagnostics);
  if (!checked || diagnostics.has_errors()) {
    throw std::logic_error("the consolidated response does not check: " +
                           (diagnostics.items().empty() ? std::string() : diagnostics.items().front().message.en));
  }
  c.result = load::CheckedResponse{std::move(response), std::move(*checked)};
  return c;
}

}  // namespace autodiag::consolidate
