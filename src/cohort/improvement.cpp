#include "cohort/improvement.h"

#include <algorithm>

namespace autodiag::cohort {

namespace {

// Ratios are points over a maximum: a top answer may come out a hair under 1.
constexpr double top = 1 - 1e-9;

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

SharedGaps::SharedGaps(const model::Questionnaire& q)
    : m_counted(q.question_count()), m_short(q.question_count()), m_missing(q.question_count()), m_open(q.support.size()) {}

void SharedGaps::add(const std::vector<size_t>& counted, const std::vector<double>& ratios,
                     const std::vector<size_t>& supports, const std::string& region) {
  ++m_organisations;
  for (size_t i = 0; i < counted.size(); ++i) {
    ++m_counted[counted[i]];
    if (ratios[i] < top) ++m_short[counted[i]];
    m_missing[counted[i]] += 1 - std::min(ratios[i], 1.0);
  }
  for (size_t s : supports) ++m_open[s][region];
}

namespace {

std::vector<QuestionGap> largest_gaps(const model::Questionnaire& q, const SharedGaps& gaps, size_t min_group,
                                      size_t shown) {
  std::vector<QuestionGap> all;
  for (size_t i = 0; i < q.question_count(); ++i) {
    // Fewer than min_group answers would tell about each of them.
    if (gaps.counted(i) < min_group || gaps.short_of_top(i) == 0) continue;
    double n = static_cast<double>(gaps.counted(i));
    all.push_back({&q.question(i), gaps.counted(i), gaps.short_of_top(i), gaps.missing(i) / n});
  }
  auto share = [](const QuestionGap& g) { return static_cast<double>(g.short_of_top) / static_cast<double>(g.counted); };
  std::stable_sort(all.begin(), all.end(), [&](const QuestionGap& a, const QuestionGap& b) {
    if (share(a) != share(b)) return share(a) > share(b);
    return a.missing_share > b.missing_share;
  });
  if (all.size() > shown) all.resize(shown);
  return all;
}

NamedSupport named(const model::SupportOption& option, const std::map<std::string, size_t>& open,
                   const std::vector<std::string>& shown_regions) {
  NamedSupport s;
  s.option = &option;
  for (const auto& [region, count] : open) s.open_to += count;
  s.regional = !option.regions.empty();
  if (!s.regional) return s;
  // Naming a region the summary withholds would tell that a few of the
  // cohort's organisations are there.
  bool all_shown = std::all_of(open.begin(), open.end(), [&](const auto& entry) {
    return entry.second == 0 || contains(shown_regions, entry.first);
  });
  if (!all_shown) return s;
  for (const std::string& region : option.regions) {
    auto found = open.find(region);
    if (found != open.end() && found->second > 0) s.regions.push_back(region);
  }
  return s;
}

}  // namespace

Improvement improvement(const model::Questionnaire& q, const SharedGaps& gaps, size_t min_group,
                        const std::vector<std::string>& shown_regions, size_t shown) {
  Improvement out;
  out.organisations = gaps.organisations();
  std::vector<NamedSupport> specific;  // catalogue order
  for (size_t s = 0; s < q.support.size(); ++s) {
    NamedSupport support = named(q.support[s], gaps.open_to(s), shown_regions);
    if (support.open_to == 0) continue;
    if (support.open_to < min_group) {
      ++out.unnamed_supports;
    } else if (q.support[s].themes.empty()) {
      out.general.push_back(std::move(support));
    } else {
      specific.push_back(std::move(support));
    }
  }
  // Most specific first, as in the plans (sector and network, department,
  // region, national); catalogue order within a scope.
  std::stable_sort(specific.begin(), specific.end(), [](const NamedSupport& a, const NamedSupport& b) {
    return a.option->scope < b.option->scope;
  });
  // Entries tie to themes, so the questions of one theme share their
  // entries; themes with the same entries make one group.
  std::map<std::vector<size_t>, size_t> group_of;  // indexes in `specific` → index in out.groups
  for (const QuestionGap& gap : largest_gaps(q, gaps, min_group, shown)) {
    const std::string& theme = q.themes[static_cast<size_t>(gap.question->theme_index)].id;
    std::vector<size_t> key;
    for (size_t s = 0; s < specific.size(); ++s) {
      if (contains(specific[s].option->themes, theme)) key.push_back(s);
    }
    auto [at, added] = group_of.emplace(key, out.groups.size());
    if (added) {
      GapGroup group;
      for (size_t s : key) group.supports.push_back(specific[s]);
      out.groups.push_back(std::move(group));
    }
    out.groups[at->second].questions.push_back(gap);
  }
  return out;
}

}  // namespace autodiag::cohort
