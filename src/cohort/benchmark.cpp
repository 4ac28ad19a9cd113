#include "cohort/benchmark.h"

#include <algorithm>
#include <cmath>

namespace autodiag::cohort {

double quantile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  double h = static_cast<double>(sorted.size() - 1) * p;
  auto low = static_cast<size_t>(std::floor(h));
  if (low + 1 >= sorted.size()) return sorted[low];
  return sorted[low] + (h - static_cast<double>(low)) * (sorted[low + 1] - sorted[low]);
}

namespace {

Message peers_named(const model::Questionnaire& q, Criterion c, const std::string& id) {
  std::string fr = group_label(q, c, id, Lang::fr);
  std::string en = group_label(q, c, id, Lang::en);
  if (c == Criterion::size_band) return {"de la même taille (" + fr + ")", "of the same size (" + en + ")"};
  return {"de la même forme juridique (" + fr + ")", "of the same legal form (" + en + ")"};
}

}  // namespace

std::optional<report::Benchmark> Peers::benchmark(const Member& organisation, std::optional<size_t> self) const {
  auto others_where = [&](auto keep) {
    std::vector<size_t> out;
    for (size_t i = 0; i < m_members.size(); ++i) {
      if (i != self && keep(m_members[i])) out.push_back(i);
    }
    return out;
  };
  report::Benchmark b;
  b.min_group = m_k;
  std::vector<size_t> peers;
  for (Criterion c : {Criterion::size_band, Criterion::legal_form}) {
    const std::string& key = organisation.keys[c];
    if (key.empty()) continue;
    peers = others_where([&](const Member& m) { return m.keys[c] == key; });
    if (peers.size() >= m_k) {
      b.peers = peers_named(m_q, c, key);
      break;
    }
    peers.clear();
  }
  if (peers.empty()) {
    peers = others_where([](const Member&) { return true; });
    if (peers.size() < m_k) return std::nullopt;
    b.peers = {"du même lot", "of the same batch"};
  }
  b.count = peers.size();

  for (size_t t = 0; t < organisation.themes.size(); ++t) {
    if (!organisation.themes[t]) continue;
    std::vector<double> scores;
    for (size_t i : peers) {
      if (m_members[i].themes[t]) scores.push_back(*m_members[i].themes[t]);
    }
    report::Benchmark::Theme theme{t, report::Benchmark::Position::too_few, 0, 0};
    if (scores.size() >= m_k) {
      std::sort(scores.begin(), scores.end());
      theme.q1 = quantile(scores, 0.25);
      theme.q3 = quantile(scores, 0.75);
      double mine = *organisation.themes[t];
      theme.position = mine < theme.q1   ? report::Benchmark::Position::below
                       : mine > theme.q3 ? report::Benchmark::Position::above
                                         : report::Benchmark::Position::middle;
    }
    b.themes.push_back(theme);
  }

  // For each question it scored: how many peers, among those for whom it
  // counted too, reached more of its points.
  std::vector<size_t> counted(m_q.question_count()), better(m_q.question_count());
  std::vector<double> mine(m_q.question_count(), -1);
  for (size_t j = 0; j < organisation.counted.size(); ++j) mine[organisation.counted[j]] = organisation.ratios[j];
  for (size_t i : peers) {
    const Member& peer = m_members[i];
    for (size_t j = 0; j < peer.counted.size(); ++j) {
      size_t question = peer.counted[j];
      if (mine[question] < 0) continue;
      ++counted[question];
      if (peer.ratios[j] > mine[question]) ++better[question];
    }
  }
  for (size_t question = 0; question < counted.size(); ++question) {
    // "Most": more than half of them, and enough of them to say so.
    if (counted[question] >= m_k && 2 * better[question] > counted[question]) {
      b.questions.push_back({question, better[question], counted[question]});
    }
  }
  std::stable_sort(b.questions.begin(), b.questions.end(), [](const auto& x, const auto& y) {
    return x.better * y.peers > y.better * x.peers;  // larger share first; ties in questionnaire order
  });
  if (b.questions.size() > 3) b.questions.resize(3);
  return b;
}

}  // namespace autodiag::cohort
