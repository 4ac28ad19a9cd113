#include "load/response_check.h"

#include "load/reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace autodiag::load {

namespace {

using model::Answer;
using model::Presence;
using model::Question;
using model::QuestionType;
using model::RawValue;

std::optional<Answer> fail(Message& why, Message message) {
  why = std::move(message);
  return std::nullopt;
}

// Where a question sets no bound, an answer stays within 15 digits: what the
// session lets a person type, and what a double keeps exactly. A file is held
// to the same bounds, so that "1.1e299" at a head count is refused there too.
constexpr double largest_number = 999'999'999'999'999.0;

// A number too large even for a double ("1e400", 400 digits): still a number,
// and out of any range.
bool beyond_double(std::string_view text) {
  if (text.starts_with('+')) text.remove_prefix(1);
  long double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() && std::isfinite(value) &&
         std::fabs(value) > largest_number;
}

std::optional<Answer> interpret_number(const Question& q, const RawValue& value, Message& why) {
  const double low = std::max(q.min.value_or(-largest_number), -largest_number);
  const double high = std::min(q.max.value_or(largest_number), largest_number);
  auto number = parse_number(value.scalar);
  if ((number && (*number < low || *number > high)) || (!number && beyond_double(value.scalar))) {
    return fail(why, msg("{} est hors de l'intervalle permis ({} … {})", "{} is outside the allowed range ({} … {})",
                         shorten(value.scalar), format_number(low), format_number(high)));
  }
  if (!number) {
    return fail(why, msg("un nombre est attendu, pas « {} »", "a number is expected, not '{}'", shorten(value.scalar)));
  }
  if (q.integer && std::floor(*number) != *number) {
    return fail(why, msg("un nombre entier est attendu, pas {}", "a whole number is expected, not {}", shorten(value.scalar)));
  }
  if (!q.is_profile() && !q.bands.empty() &&
      (*number < q.bands.front().from || *number > q.bands.back().to)) {
    return fail(why, msg("{} n'entre dans aucune tranche ({} … {})", "{} falls in no band ({} … {})", value.scalar,
                         format_number(q.bands.front().from), format_number(q.bands.back().to)));
  }
  Answer a{Answer::Kind::number};
  a.number = *number;
  return a;
}

std::string option_list(const Question& q) {
  std::string list;
  for (const auto& o : q.options) list += (list.empty() ? "" : ", ") + o.id;
  return list;
}

}  // namespace

std::optional<Answer> interpret(const Question& q, const RawValue& value, Message& why) {
  // JSON quotes every string, so a quoted "na" is N/A too, except for a text
  // question, where only the bare word means N/A.
  bool text_question = q.type == QuestionType::text;
  if (!value.is_list && value.scalar == "na" && !(text_question && value.quoted)) {
    if (!q.na_allowed) {
      return fail(why, msg("« non applicable » n'est pas proposé pour cette question",
                           "'not applicable' is not offered for this question"));
    }
    return Answer{Answer::Kind::na};
  }
  if (value.is_list != (q.type == QuestionType::multi)) {
    return fail(why, value.is_list ? msg("une seule valeur est attendue, pas une liste", "a single value is expected, not a list")
                                   : msg("une liste d'options est attendue, ex. [{}]", "a list of options is expected, e.g. [{}]",
                                         q.options.empty() ? std::string() : q.options.front().id));
  }
  switch (q.type) {
    case QuestionType::choice: {
      if (q.find_option(value.scalar) == nullptr) {
        return fail(why, msg("option « {} » inconnue (options : {})", "unknown option '{}' (options: {})", value.scalar,
                             option_list(q)));
      }
      Answer a{Answer::Kind::option};
      a.option = value.scalar;
      return a;
    }
    case QuestionType::multi: {
      Answer a{Answer::Kind::options};
      for (const std::string& item : value.items) {
        if (q.find_option(item) == nullptr) {
          return fail(why, msg("option « {} » inconnue (options : {})", "unknown option '{}' (options: {})", item,
                               option_list(q)));
        }
        if (std::find(a.options.begin(), a.options.end(), item) != a.options.end()) {
          return fail(why, msg("option « {} » donnée deux fois", "option '{}' given twice", item));
        }
        a.options.push_back(item);
      }
      return a;
    }
    case QuestionType::yesno: {
      // JSON booleans, and YAML 1.1 tools that turn yes/no into true/false.
      bool boolean = !value.quoted && (value.scalar == "true" || value.scalar == "false");
      if (boolean) {
        Answer a{Answer::Kind::option};
        a.option = value.scalar == "true" ? "yes" : "no";
        return a;
      }
      if (value.scalar != "yes" && value.scalar != "no") {
        return fail(why, msg("yes ou no est attendu, pas « {} »", "yes or no is expected, not '{}'", value.scalar));
      }
      Answer a{Answer::Kind::option};
      a.option = value.scalar;
      return a;
    }
    case QuestionType::number:
      return interpret_number(q, value, why);
    case QuestionType::text: {
      Answer a{Answer::Kind::text};
      a.text = value.scalar;
      return a;
    }
  }
  return std::nullopt;
}

RawValue to_raw(const Answer& answer) {
  RawValue raw;
  switch (answer.kind) {
    case Answer::Kind::na: raw.scalar = "na"; break;
    case Answer::Kind::option: raw.scalar = answer.option; break;
    case Answer::Kind::options:
      raw.is_list = true;
      raw.items = answer.options;
      break;
    case Answer::Kind::number: raw.scalar = format_number(answer.number); break;
    case Answer::Kind::text:
      raw.scalar = answer.text;
      raw.quoted = true;
      break;
  }
  return raw;
}

bool check_version(const model::Questionnaire& q, const model::Response& r, Diagnostics& d) {
  Mark mark = r.questionnaire_mark;
  if (r.questionnaire_id != q.id) {
    d.error(mark, msg("cette réponse concerne le questionnaire « {} », pas « {} »",
                      "this response is for questionnaire '{}', not '{}'", r.questionnaire_id, q.id));
    return false;
  }
  int major = -1;
  int minor = -1;
  if (std::sscanf(r.questionnaire_version.c_str(), "%d.%d", &major, &minor) != 2) {
    d.error(mark, msg("version « {} » invalide", "invalid version '{}'", r.questionnaire_version));
    return false;
  }
  if (major != q.version.major) {
    d.error(mark, msg("cette réponse a été faite avec la version {} du questionnaire, incompatible avec la version {} "
                      "chargée (version majeure différente)",
                      "this response was made with version {} of the questionnaire, which is incompatible with the "
                      "loaded version {} (different major version)",
                      r.questionnaire_version, q.version.text));
    return false;
  }
  if (minor != q.version.minor) {
    d.warning(mark, msg("cette réponse a été faite avec la version {} du questionnaire ; la version chargée est {}",
                        "this response was made with version {} of the questionnaire; the loaded version is {}",
                        r.questionnaire_version, q.version.text));
  }
  return true;
}

std::optional<model::AnswerSet> check_response(const model::Questionnaire& q, const model::Response& r, Diagnostics& d) {
  size_t errors_before = d.count(Severity::error);
  if (!check_version(q, r, d)) return std::nullopt;
  model::AnswerSet set;
  set.answers.resize(q.question_count());
  auto read_section = [&](const auto& values, bool profile) {
    for (const auto& [id, value] : values) {
      const Question* question = q.find_question(id);
      if (question == nullptr) {
        d.error(value.mark, profile ? msg("champ de profil « {} » inconnu", "unknown profile field '{}'", id)
                                    : msg("question « {} » inconnue", "unknown question '{}'", id));
        continue;
      }
      if (question->is_profile() != profile) {
        d.error(value.mark, profile ? msg("« {} » est une question, pas un champ du profil : placez-la sous « answers »",
                                          "'{}' is a question, not a profile field: put it under 'answers'", id)
                                    : msg("« {} » est un champ du profil : placez-le sous « profile »",
                                          "'{}' is a profile field: put it under 'profile'", id));
        continue;
      }
      Message why;
      if (auto answer = interpret(*question, value, why)) {
        set.answers[question->index] = std::move(answer);
      } else {
        d.error(value.mark, msg("réponse à « {0} » : {1}", "answer to '{0}': {2}", id, why.fr, why.en));
      }
    }
  };
  read_section(r.profile, true);
  read_section(r.answers, false);
  for (size_t i = 0; i < r.not_addressed.size(); ++i) {
    if (q.find_theme(r.not_addressed[i]) == nullptr) {
      d.error(r.not_addressed_marks[i], msg("thème « {} » inconnu", "unknown theme '{}'", r.not_addressed[i]));
    }
  }
  for (size_t i = 0; i < r.comments.size(); ++i) {
    if (q.find_question(r.comments[i].first) == nullptr) {
      d.error(r.comment_marks[i], msg("commentaire sur « {} », qui n'existe pas", "comment on '{}', which does not exist",
                                      r.comments[i].first));
    }
  }
  if (r.consensus) {
    for (size_t i = 0; i < r.consensus->divergent.size(); ++i) {
      const Question* question = q.find_question(r.consensus->divergent[i]);
      if (question == nullptr || question->is_profile()) {
        d.error(r.consensus->divergent_marks[i],
                msg("question divergente « {} » inconnue", "unknown divergent question '{}'", r.consensus->divergent[i]));
      }
    }
  }
  for (const auto& target : r.targets) {
    if (q.find_theme(target.theme) == nullptr) {
      d.error(target.mark, msg("objectif pour le thème « {} », qui n'existe pas", "target for theme '{}', which does not exist",
                               target.theme));
    }
  }
  set.presence = model::compute_presence(q, set.answers, r.not_addressed);
  for (const auto& [id, value] : r.answers) {
    const Question* question = q.find_question(id);
    if (question == nullptr || !set.answers[question->index]) continue;
    Presence presence = set.presence[question->index];
    if (presence == Presence::hidden) {
      d.warning(value.mark, msg("« {} » a une réponse mais sa condition ({}) est fausse : la réponse est ignorée",
                                "'{}' is answered but its condition ({}) is false: the answer is ignored", id,
                                question->when_source, question->when_source));
    } else if (presence == Presence::not_addressed) {
      d.warning(value.mark, msg("« {} » a une réponse mais son thème n'est pas abordé cette année : la réponse est ignorée",
                                "'{}' is answered but its theme is not addressed this year: the answer is ignored", id));
    }
  }
  if (r.status == model::Status::complete) {
    for (size_t index : model::missing_required(q, set)) {
      d.error(r.status_mark, msg("la réponse est marquée complète mais la question obligatoire « {} » n'a pas de réponse",
                  "the response is marked complete but required question '{}' is unanswered", q.question(index).id));
    }
  }
  if (d.count(Severity::error) > errors_before) return std::nullopt;
  return set;
}

}  // namespace autodiag::load
