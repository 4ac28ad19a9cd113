#include "load/migrate.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace autodiag::load {

namespace {

using Entries = std::vector<std::pair<std::string, model::RawValue>>;

class Migrator {
 public:
  Migrator(const model::Migration& m, const model::Response& r, Diagnostics& notes)
      : m_m(m), m_from(r.questionnaire_version), m_notes(notes) {}

  Entries run(const Entries& entries) {
    Entries out;
    for (const auto& [id, value] : entries) {
      if (auto removed = m_m.removed.find(id); removed != m_m.removed.end()) {
        note(value.mark, Message{fmt::format("« {} » (version {}) n'est pas repris : {}", id, m_from,
                                             removed->second.get("fr")),
                                 fmt::format("'{}' (version {}) is not carried over: {}", id, m_from,
                                             removed->second.get("en", "fr"))});
        continue;
      }
      std::vector<std::string> targets = {id};
      if (auto renamed = m_m.renamed.find(id); renamed != m_m.renamed.end()) targets = {renamed->second};
      if (auto split = m_m.split.find(id); split != m_m.split.end()) {
        targets = split->second;
        std::string list;
        for (const std::string& t : targets) list += (list.empty() ? "" : ", ") + t;
        note(value.mark, msg("« {} » (version {}) est devenue {} questions ({}) : la même réponse est reprise pour "
                             "chacune, vérifiez-la",
                             "'{}' (version {}) became {} questions ({}): the same answer is carried over to each, "
                             "check it",
                             id, m_from, targets.size(), list));
      }
      for (const std::string& target : targets) {
        if (auto value_now = carried(target, value)) out.emplace_back(target, std::move(*value_now));
      }
    }
    return out;
  }

 private:
  // The value as the current question `id` reads it, or nullopt (with a
  // note) when the migration says an old option has no equivalent. Anything
  // the migration does not mention is kept as written, so that the check
  // against the current version still reports a misspelt id or option.
  std::optional<model::RawValue> carried(const std::string& id, model::RawValue value) {
    auto mapping = m_m.options.find(id);
    if (mapping == m_m.options.end()) return value;
    auto convert = [&](const std::string& option) -> std::optional<std::string> {
      auto it = mapping->second.find(option);
      if (it == mapping->second.end()) return option;
      if (!it->second) {
        note(value.mark, msg("la réponse « {} » à « {} » (version {}) n'a pas d'équivalent et n'est pas reprise",
                             "answer '{}' to '{}' (version {}) has no equivalent and is not carried over", option, id,
                             m_from));
      }
      return it->second;
    };
    if (value.is_list) {
      std::vector<std::string> items;
      for (const std::string& item : value.items) {
        if (auto now = convert(item)) items.push_back(*now);
      }
      value.items = std::move(items);
      return value;
    }
    auto now = convert(value.scalar);
    if (!now) return std::nullopt;
    value.scalar = *now;
    return value;
  }

  void note(Mark mark, Message message) { m_notes.warning(mark, std::move(message)); }

  const model::Migration& m_m;
  std::string m_from;
  Diagnostics& m_notes;
};

int major_of(const std::string& version) {
  int major = -1;
  if (std::sscanf(version.c_str(), "%d", &major) != 1) return -1;
  return major;
}

}  // namespace

bool migrate_response(const model::Questionnaire& q, model::Response& r, Diagnostics& notes) {
  int major = major_of(r.questionnaire_version);
  if (r.questionnaire_id != q.id || major < 0 || major == q.version.major) return false;
  auto m = std::find_if(q.migrations.begin(), q.migrations.end(), [&](const auto& x) { return x.from_major == major; });
  if (m == q.migrations.end()) return false;
  notes.warning(r.questionnaire_mark,
                msg("réponse faite avec la version {} du questionnaire, lue avec la version {}",
                    "response made with version {} of the questionnaire, read with version {}", r.questionnaire_version,
                    q.version.text));
  Migrator migrator(*m, r, notes);
  r.profile = migrator.run(r.profile);
  r.answers = migrator.run(r.answers);
  std::vector<std::pair<std::string, std::string>> comments;
  std::vector<Mark> comment_marks;
  for (size_t i = 0; i < r.comments.size(); ++i) {
    const std::string& id = r.comments[i].first;
    auto renamed = m->renamed.find(id);
    std::string now = renamed != m->renamed.end() ? renamed->second : id;
    if (auto split = m->split.find(id); split != m->split.end()) now = split->second.front();
    if (q.find_question(now) == nullptr) continue;
    comments.emplace_back(now, r.comments[i].second);
    comment_marks.push_back(i < r.comment_marks.size() ? r.comment_marks[i] : Mark{});
  }
  r.comments = std::move(comments);
  r.comment_marks = std::move(comment_marks);
  r.questionnaire_version = q.version.text;
  return true;
}

}  // namespace autodiag::load
