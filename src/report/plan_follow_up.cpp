#include "report/plan_follow_up.h"

#include <array>
#include <fmt/format.h>

namespace autodiag::report {

namespace {

using Counts = std::array<size_t, 4>;  // indexed by ActionStatus

Counts count(const std::vector<FollowedAction>& actions) {
  Counts counts{};
  for (const FollowedAction& a : actions) ++counts[static_cast<size_t>(a.status)];
  return counts;
}

size_t at(const Counts& counts, ActionStatus status) { return counts[static_cast<size_t>(status)]; }

// "3 faites", "1 abandonnée": the participle agrees with "action".
std::string counted(size_t n, std::string_view one_fr, std::string_view many_fr, std::string_view en, Lang lang) {
  if (lang == Lang::en) return fmt::format("{} {}", n, en);
  return fmt::format("{} {}", n, n > 1 ? many_fr : one_fr);
}

std::string join_parts(const std::vector<std::string>& parts, Lang lang) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? std::string(tr(lang, " et ", " and ")) : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace

std::string_view status_label(ActionStatus status, Lang lang) {
  switch (status) {
    case ActionStatus::to_do: return tr(lang, "à faire", "to do");
    case ActionStatus::in_progress: return tr(lang, "en cours", "in progress");
    case ActionStatus::done: return tr(lang, "fait", "done");
    case ActionStatus::dropped: return tr(lang, "abandonné", "dropped");
  }
  return "";
}

nlohmann::json follow_up_section(const std::optional<std::vector<FollowedAction>>& actions, Lang lang) {
  nlohmann::json out = {{"given", actions.has_value()}, {"text", ""}, {"actions", nlohmann::json::array()}};
  if (!actions) return out;
  Counts n = count(*actions);
  std::vector<std::string> parts;
  if (at(n, ActionStatus::done) > 0) parts.push_back(counted(at(n, ActionStatus::done), "faite", "faites", "done", lang));
  if (at(n, ActionStatus::in_progress) > 0) {
    parts.push_back(counted(at(n, ActionStatus::in_progress), "en cours", "en cours", "in progress", lang));
  }
  if (at(n, ActionStatus::dropped) > 0) {
    parts.push_back(counted(at(n, ActionStatus::dropped), "abandonnée", "abandonnées", "dropped", lang));
  }
  if (at(n, ActionStatus::to_do) > 0) {
    parts.push_back(counted(at(n, ActionStatus::to_do), "encore à faire", "encore à faire", "still to do", lang));
  }
  out["text"] = actions->empty()
                    ? std::string(tr(lang, "Le tableau de suivi de l'an dernier ne contient aucune action.",
                                     "Last year's tracking sheet holds no action."))
                    : fmt::format(fmt::runtime(tr(lang, "Sur les {} actions du tableau de suivi de l'an dernier : {}.",
                                                  "Of the {} actions in last year's tracking sheet: {}.")),
                                  actions->size(), join_parts(parts, lang));
  // Done first, then in progress, then dropped: what the assembly asks about.
  for (ActionStatus status : {ActionStatus::done, ActionStatus::in_progress, ActionStatus::dropped}) {
    for (const FollowedAction& a : *actions) {
      if (a.status != status) continue;
      out["actions"].push_back({{"action", a.action},
                                {"theme", a.theme},
                                {"status", std::string(status_label(a.status, lang))},
                                {"owner", a.owner},
                                {"due", a.due},
                                {"comment", a.comment}});
    }
  }
  out["has_actions"] = !out["actions"].empty();
  return out;
}

std::string follow_up_read_aloud(const std::optional<std::vector<FollowedAction>>& actions, Lang lang) {
  if (!actions || actions->empty()) return "";
  Counts n = count(*actions);
  size_t done = at(n, ActionStatus::done), going = at(n, ActionStatus::in_progress),
         dropped = at(n, ActionStatus::dropped);
  if (done + going + dropped == 0) {
    return std::string(tr(lang, "Aucune des actions prévues l'an dernier n'a encore été engagée.",
                          "None of the actions planned last year has been started yet."));
  }
  std::vector<std::string> parts;
  if (lang == Lang::en) {
    if (done > 0) parts.push_back(fmt::format("{} {} been completed", done, done > 1 ? "have" : "has"));
    if (going > 0) parts.push_back(fmt::format("{} {} under way", going, going > 1 ? "are" : "is"));
    if (dropped > 0) parts.push_back(fmt::format("{} {} been dropped", dropped, dropped > 1 ? "have" : "has"));
    return fmt::format("Of the {} actions planned last year, {}.", actions->size(), join_parts(parts, lang));
  }
  if (done > 0) parts.push_back(fmt::format("{} {}", done, done > 1 ? "ont été menées à bien" : "a été menée à bien"));
  if (going > 0) parts.push_back(fmt::format("{} {}", going, going > 1 ? "sont en cours" : "est en cours"));
  if (dropped > 0) parts.push_back(fmt::format("{} {}", dropped, dropped > 1 ? "ont été abandonnées" : "a été abandonnée"));
  return fmt::format("Sur les {} actions prévues l'an dernier, {}.", actions->size(), join_parts(parts, lang));
}

}  // namespace autodiag::report
