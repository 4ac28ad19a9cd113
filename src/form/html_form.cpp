#include "form/html_form.h"

#include "form/html_form_script.h"
#include "util/bundled.h"
#include "util/escape.h"

#include <map>
#include <stdexcept>

namespace autodiag::form {

namespace {

std::string_view asset(std::string_view name) {
  const bundled::File* file = bundled::find(name);
  if (file == nullptr) throw std::logic_error("missing bundled asset " + std::string(name));
  return file->content;
}

// One pass over the template, so that no inserted text is searched for marks.
std::string fill(std::string_view page, const std::map<std::string_view, std::string>& parts) {
  std::string out;
  size_t done = 0;
  while (true) {
    size_t open = page.find('@', done);
    size_t close = open == std::string_view::npos ? open : page.find('@', open + 1);
    if (close == std::string_view::npos) break;
    auto part = parts.find(page.substr(open + 1, close - open - 1));
    if (part == parts.end()) throw std::logic_error("html_form.html: unknown mark");
    out.append(page.substr(done, open - done));
    out += part->second;
    done = close + 1;
  }
  return out.append(page.substr(done));
}

// The data and the generated conditions first, then the page's own scripts,
// each using only those before it.
std::string script(const nlohmann::json& data, const model::Questionnaire& questionnaire) {
  std::string out = "const AUTODIAG = " + script_json(data) + ";\nconst AUTODIAG_CONDITIONS = " +
                    html_form_conditions(questionnaire) + ";\nconst AUTODIAG_OBLIGATIONS = " +
                    html_form_obligations(questionnaire) + ";\n";
  for (const char* part : {"strings", "model", "file", "fields", "app", "results", "import"}) {
    out += asset(std::string("src/form/html_form_") + part + ".js");
  }
  return out;
}

}  // namespace

std::string html_form(const model::Questionnaire& questionnaire, const HtmlFormOptions& options) {
  nlohmann::json data = html_form_data(questionnaire, options);
  Lang lang = options.lang;
  std::map<std::string_view, std::string> parts = {
      {"LANG", std::string(lang_code(lang))},
      {"TITLE", xml_escape(data["title"].get<std::string>())},
      {"STYLE", std::string(asset("src/form/html_form.css"))},
      {"SKIP", std::string(tr(lang, "Aller au questionnaire", "Skip to the questionnaire"))},
      {"NOSCRIPT", std::string(tr(lang, "Ce questionnaire a besoin de JavaScript, activé dans tout navigateur courant.",
                                  "This questionnaire needs JavaScript, which every common browser has turned on."))},
      {"SCRIPT", script(data, questionnaire)},
  };
  return fill(asset("src/form/html_form.html"), parts);
}

}  // namespace autodiag::form
