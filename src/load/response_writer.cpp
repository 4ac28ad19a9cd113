#include "load/response_writer.h"

#include "load/reader.h"
#include "load/response_loader.h"
#include "util/escape.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ctime>

namespace autodiag::load {

namespace {

// A text read from a quoted string may hold control characters; yaml-cpp
// writes some of them (\r) unquoted, and they are lost when the file is read
// back. Such texts are written double-quoted, with escapes; so are texts
// with hidden characters, which write_response then escapes
// (util/escape.h, hidden_as_escapes).
void emit_text(YAML::Emitter& out, const std::string& text) {
  bool control = std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
  if (control || has_hidden(text)) out << YAML::DoubleQuoted;
  out << text;
}

void emit_value(YAML::Emitter& out, const model::RawValue& value) {
  if (value.is_list) {
    out << YAML::Flow << YAML::BeginSeq;
    for (const std::string& item : value.items) emit_text(out, item);
    out << YAML::EndSeq;
  } else if (value.quoted) {
    out << YAML::DoubleQuoted << value.scalar;
  } else {
    emit_text(out, value.scalar);
  }
}

void emit_values(YAML::Emitter& out, const char* key,
                 const std::vector<std::pair<std::string, model::RawValue>>& values) {
  if (values.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::BeginMap;
  for (const auto& [id, value] : values) {
    out << YAML::Key << id << YAML::Value;
    emit_value(out, value);
  }
  out << YAML::EndMap;
}

void emit_respondent(YAML::Emitter& out, const model::Respondent& respondent) {
  out << YAML::Key << "respondent" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "group" << YAML::Value << respondent.group;
  if (!respondent.name.empty()) {
    out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << respondent.name;
  }
  out << YAML::EndMap;
}

void emit_consensus(YAML::Emitter& out, const model::Consensus& c) {
  out << YAML::Key << "consensus_of" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "respondents" << YAML::Value << c.respondents;
  if (!c.groups.empty()) {
    out << YAML::Key << "groups" << YAML::Value << YAML::Flow << YAML::BeginMap;
    for (const auto& [group, people] : c.groups) out << YAML::Key << group << YAML::Value << people;
    out << YAML::EndMap;
  }
  if (!c.divergent.empty()) out << YAML::Key << "divergent" << YAML::Value << YAML::Flow << c.divergent;
  if (!c.sources.empty()) {
    out << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const auto& source : c.sources) {
      out << YAML::Flow << YAML::BeginMap;
      out << YAML::Key << "file" << YAML::Value << YAML::DoubleQuoted << source.file;
      if (!source.group.empty()) out << YAML::Key << "group" << YAML::Value << source.group;
      if (!source.name.empty()) out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << source.name;
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
}

}  // namespace

std::string write_response(const model::Response& r) {
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::BeginMap;
  out << YAML::Key << "format" << YAML::Value << std::string(response_format);
  out << YAML::Key << "questionnaire" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << r.questionnaire_id;
  out << YAML::Key << "version" << YAML::Value;
  emit_text(out, r.questionnaire_version);
  out << YAML::EndMap;
  out << YAML::Key << "status" << YAML::Value << std::string(model::status_name(r.status));
  if (r.short_path) out << YAML::Key << "path" << YAML::Value << "short";
  if (!r.language.empty()) out << YAML::Key << "language" << YAML::Value << r.language;
  if (!r.created.empty()) {
    out << YAML::Key << "created" << YAML::Value;
    emit_text(out, r.created);
  }
  if (!r.updated.empty()) {
    out << YAML::Key << "updated" << YAML::Value;
    emit_text(out, r.updated);
  }
  if (r.respondent) emit_respondent(out, *r.respondent);
  if (r.consensus) emit_consensus(out, *r.consensus);
  emit_values(out, "profile", r.profile);
  emit_values(out, "answers", r.answers);
  if (!r.not_addressed.empty()) {
    out << YAML::Key << "not_addressed" << YAML::Value << YAML::Flow << r.not_addressed;
  }
  if (!r.comments.empty()) {
    out << YAML::Key << "comments" << YAML::Value << YAML::BeginMap;
    for (const auto& [id, text] : r.comments) out << YAML::Key << id << YAML::Value << YAML::DoubleQuoted << text;
    out << YAML::EndMap;
  }
  if (!r.targets.empty()) {
    out << YAML::Key << "targets" << YAML::Value << YAML::BeginMap;
    for (const auto& t : r.targets) {
      out << YAML::Key << t.theme << YAML::Value << YAML::Flow << YAML::BeginMap;
      if (t.one_year) out << YAML::Key << "one_year" << YAML::Value << format_number(*t.one_year);
      if (t.three_years) out << YAML::Key << "three_years" << YAML::Value << format_number(*t.three_years);
      out << YAML::EndMap;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  return hidden_as_escapes(out.c_str()) + "\n";
}

std::string now_timestamp() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace autodiag::load
