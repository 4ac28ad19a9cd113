#include "batch/scorer.h"

#include "batch/csv_responses.h"
#include "batch/work.h"
#include "batch/pseudonym.h"
#include "load/reader.h"
#include "load/response_check.h"
#include "load/yaml_tree.h"
#include "model/profile.h"
#include "report/score_json.h"
#include "report/support_match.h"
#include "score/result.h"
#include "util/escape.h"
#include "util/errors.h"
#include "util/files.h"

#include <algorithm>

namespace autodiag::batch {

namespace {

std::string mask_between(const std::string& text, std::string_view open, std::string_view close) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t start = text.find(open, pos);
    if (start == std::string::npos) break;
    size_t inner = start + open.size();
    size_t end = text.find(close, inner);
    if (end == std::string::npos) break;
    std::string_view value = std::string_view(text).substr(inner, end - inner);
    // « x » in French messages carries spaces inside the guillemets.
    std::string_view bare = value;
    while (bare.starts_with(' ') || bare.starts_with("\xC2\xA0")) bare.remove_prefix(bare[0] == ' ' ? 1 : 2);
    while (bare.ends_with(' ') || bare.ends_with("\xC2\xA0")) bare.remove_suffix(bare.back() == ' ' ? 1 : 2);
    out.append(text, pos, inner - pos);
    if (load::is_valid_id(bare)) {
      out += value;
    } else {
      size_t lead = static_cast<size_t>(bare.data() - value.data());
      out += value.substr(0, lead);
      out += "…";
      out += value.substr(lead + bare.size());
    }
    out += close;
    pos = end + close.size();
  }
  out.append(text, pos, std::string::npos);
  return out;
}

// Every text of a YAML input, keys included: what --anonymize must not repeat.
void collect_texts(const load::YamlNode* node, std::vector<std::string>& texts) {
  if (node == nullptr) return;
  if (node->is_scalar()) texts.push_back(node->value);
  for (const load::YamlNode* item : node->items) collect_texts(item, texts);
  for (const auto& entry : node->entries) {
    collect_texts(entry.first, texts);
    collect_texts(entry.second, texts);
  }
}

class Scorer {
 public:
  Scorer(const Input& input, const ScoreSettings& settings)
      : m_input(input), m_settings(settings), m_q(*settings.questionnaire) {}

  UnitResult run_file() {
    if (m_input.kind == Input::Kind::link) {
      Diagnostics d(shown_source(m_input.path));
      d.error({}, msg("lien symbolique ignoré : autodiag ne suit pas les liens trouvés dans un dossier (pour "
                      "l'inclure, donnez en argument le fichier ou le dossier vers lequel il pointe)",
                      "symbolic link skipped: autodiag does not follow links found in a folder (to include it, "
                      "name the file or folder it points to as an argument)"));
      refuse(shown_source(m_input.path), d);
      return std::move(m_result);
    }
    std::string text;
    try {
      text = read_input(m_input.path);
    } catch (const Failure& e) {
      Diagnostics d(shown_source(m_input.path));
      d.error({}, m_settings.anonymize ? msg("fichier illisible", "unreadable file") : e.message());
      refuse(shown_source(m_input.path), d);
      return std::move(m_result);
    }
    score_response_file(text);
    return std::move(m_result);
  }

  UnitResult run_header(const Diagnostics& d, bool refused) {
    if (refused) {
      refuse(shown_source(m_input.path), d);
    } else {
      keep_diagnostics(d);
    }
    return std::move(m_result);
  }

  UnitResult run_row(const CsvExport& csv, const CsvRecord& record) {
    std::string id = m_settings.anonymize ? "" : submission_id(record, csv.layout());
    std::string source = m_input.path + ":" + std::to_string(record.row) + (id.empty() ? "" : " #" + id);
    Diagnostics row_d(m_settings.anonymize ? pseudonym(source) : m_input.path);
    if (m_settings.anonymize) m_texts = record.fields;
    if (record.problem) {
      row_d.error(record.problem->mark, record.problem->message);
      refuse(shown_source(source), row_d);
      return std::move(m_result);
    }
    model::Response response = response_from_row(record, csv.layout(), m_q, csv.separator(), row_d);
    auto answers = load::check_response(m_q, response, row_d);
    if (!answers || row_d.has_errors()) {
      refuse(shown_source(source), with_id(row_d, id));
      return std::move(m_result);
    }
    keep_diagnostics(with_id(row_d, id));
    if (model::missing_required(m_q, *answers).empty()) response.status = model::Status::complete;
    add_row(source, load::CheckedResponse{std::move(response), std::move(*answers)});
    return std::move(m_result);
  }

 private:
  std::string shown_source(const std::string& source) const {
    return m_settings.anonymize ? pseudonym(source) : source;
  }

  // Sorted by position, as the other commands print them. Returns the first
  // error, if any.
  std::optional<Diagnostic> keep_diagnostics(const Diagnostics& d) {
    std::vector<Diagnostic> items = d.items();
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::pair(a.mark.line, a.mark.column) < std::pair(b.mark.line, b.mark.column);
    });
    std::optional<Diagnostic> first_error;
    for (Diagnostic& item : items) {
      if (m_settings.anonymize) item.message = mask_quoted_values(item.message, m_texts);
      if (!first_error && item.severity == Severity::error) first_error = item;
      m_result.diagnostics.push_back(std::move(item));
    }
    return first_error;
  }

  void refuse(const std::string& source, const Diagnostics& d) {
    std::optional<Diagnostic> first_error = keep_diagnostics(d);
    m_result.invalid.push_back({source, first_error.value_or(Diagnostic{}), d.count(Severity::error)});
  }

  void score_response_file(const std::string& text) {
    std::string source = shown_source(m_input.path);
    if (m_settings.anonymize) {
      Diagnostics ignored(source);
      load::YamlDocument document(text, ignored);
      collect_texts(document.root(), m_texts);
    }
    Diagnostics d(source);
    auto checked = load::load_checked_response(text, m_q, d);
    if (!checked) {
      refuse(source, d);
      return;
    }
    keep_diagnostics(d);
    add_row(m_input.path, std::move(*checked));
  }

  // Errors name the submission as the platform does, besides its row.
  static Diagnostics with_id(const Diagnostics& d, const std::string& id) {
    if (id.empty()) return d;
    Diagnostics named(d.file());
    for (Diagnostic item : d.items()) {
      item.message = Message{"réponse n° " + id + " : " + item.message.fr, "response " + id + ": " + item.message.en};
      named.add(std::move(item));
    }
    return named;
  }

  void add_row(const std::string& source, load::CheckedResponse checked) {
    m_result.rows.push_back(score_row(source, std::move(checked), m_settings));
  }

  const Input& m_input;
  const ScoreSettings& m_settings;
  const model::Questionnaire& m_q;
  UnitResult m_result;
  std::vector<std::string> m_texts;  // of the input, under --anonymize
};

}  // namespace

ScoredRow score_row(const std::string& source, load::CheckedResponse checked, const ScoreSettings& settings) {
  const model::Questionnaire& q = *settings.questionnaire;
  score::Result result = score::compute(q, checked.response, checked.answers);
  ScoredRow row;
  row.source = settings.anonymize ? pseudonym(source) : source;
  row.organisation_key = model::organisation_key(model::organisation_name(q, checked.answers));
  row.organisation = settings.anonymize ? row.source : model::organisation_name(q, checked.answers);
  row.groups = cohort::group_keys(q, checked.answers);
  row.status = checked.response.status;
  row.completion = result.completion;
  if (result.scored) row.overall = result.overall;
  row.level = result.level;
  for (const score::ThemeScore& theme : result.themes) {
    row.themes.push_back(theme.scored ? std::optional(theme.score) : std::nullopt);
    row.theme_levels.push_back(theme.level);
    for (const score::QuestionScore& s : theme.questions) {
      if (s.exclusion != score::Exclusion::counted) continue;
      row.counted.push_back(s.question->index);
      row.ratios.push_back(s.ratio);
      if (s.ratio < 0.5) row.gaps.push_back(s.question->index);
    }
  }
  std::vector<const model::Theme*> every_theme;
  for (const model::Theme& theme : q.themes) every_theme.push_back(&theme);
  for (const report::SupportMatch& match : report::match_support(q, checked.answers, every_theme)) {
    row.supports.push_back(static_cast<size_t>(match.option - q.support.data()));
  }
  row.json = hidden_as_escapes(report::score_json(q, checked.response, result, row.source, row.organisation).dump());
  if (settings.keep_responses) row.checked = std::move(checked);
  return row;
}

Message mask_quoted_values(const Message& message, const std::vector<std::string>& input_texts) {
  // A value holding the quotes themselves (« Les Amis », l'association)
  // would escape the quote-based masking: the input's own texts are masked
  // first, longest first, wherever they appear. Identifiers stay readable.
  std::vector<std::string_view> texts;
  for (const std::string& text : input_texts) {
    if (!text.empty() && !load::is_valid_id(text)) texts.push_back(text);
  }
  std::sort(texts.begin(), texts.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  auto mask_texts = [&](std::string out) {
    for (std::string_view text : texts) {
      for (size_t at = out.find(text); at != std::string::npos; at = out.find(text, at + 3)) {
        out.replace(at, text.size(), "…");
      }
    }
    return out;
  };
  return Message{mask_between(mask_texts(message.fr), "«", "»"), mask_between(mask_texts(message.en), "'", "'")};
}

UnitResult csv_header_result(const Input& input, const Diagnostics& diagnostics, bool refused,
                             const ScoreSettings& settings) {
  return Scorer(input, settings).run_header(diagnostics, refused);
}

UnitResult score_csv_row(const Input& input, const CsvExport& csv, const CsvRecord& record,
                         const ScoreSettings& settings) {
  return Scorer(input, settings).run_row(csv, record);
}

UnitResult score_input(const Input& input, const ScoreSettings& settings) {
  if (input.kind != Input::Kind::csv) return Scorer(input, settings).run_file();
  bool given = false;
  WorkSource source([&]() -> std::optional<Input> { return std::exchange(given, true) ? std::nullopt : std::optional(input); },
                    settings);
  UnitResult all;
  while (std::optional<Work> work = source.next()) {
    UnitResult one = do_work(*work, settings);
    for (ScoredRow& row : one.rows) all.rows.push_back(std::move(row));
    for (InvalidInput& invalid : one.invalid) all.invalid.push_back(std::move(invalid));
    for (Diagnostic& d : one.diagnostics) all.diagnostics.push_back(std::move(d));
  }
  return all;
}

}  // namespace autodiag::batch
