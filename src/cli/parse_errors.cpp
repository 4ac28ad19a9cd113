#include "cli/parse_errors.h"

#include "cli/help_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace autodiag::cli {

namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The closest name to a mistyped one ("--shrot" → "--short"), when it is
// close enough to be a typo.
std::string closest_name(const std::string& typed, const std::vector<std::string>& names) {
  std::string best;
  size_t best_distance = std::max<size_t>(2, typed.size() / 3) + 1;
  for (const std::string& name : names) {
    size_t distance = edit_distance(typed, name);
    if (distance < best_distance) {
      best_distance = distance;
      best = name;
    }
  }
  return best;
}

std::string after(std::string_view text, std::string_view marker) {
  size_t at = text.find(marker);
  return at == std::string_view::npos ? std::string() : std::string(text.substr(at + marker.size()));
}

std::string before(std::string_view text, std::string_view marker) {
  size_t at = text.find(marker);
  return at == std::string_view::npos ? std::string() : std::string(text.substr(0, at));
}

// "« fr » ou « en »" from "{fr,en}".
std::string choice_list(const std::string& set, Lang lang) {
  std::vector<std::string> values = cli11_choices(set);
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? std::string(tr(lang, " ou ", " or ")) : ", ";
    out += lang == Lang::fr ? "« " + values[i] + " »" : "'" + values[i] + "'";
  }
  return out;
}

// "RÉPONSE", "ANCIENNE NOUVELLE", "[QUESTIONNAIRE]": what `command` takes
// after its options, as its usage line shows it.
std::string arguments_of(const CLI::App& command) {
  std::string out;
  for (const CLI::Option* option : command.get_options()) {
    if (option->nonpositional()) continue;
    std::string shown = option->get_name();
    if (option->get_expected_max() > 1) shown += "...";
    if (!option->get_required()) shown = "[" + shown + "]";
    out += (out.empty() ? "" : " ") + shown;
  }
  return out;
}

std::string unexpected(const std::string& listed, const CLI::App* command, const std::vector<std::string>& names,
                       Lang lang) {
  // CLI11 lists them last first.
  std::vector<std::string> words;
  for (size_t start = 0; start < listed.size();) {
    size_t end = std::min(listed.find(' ', start), listed.size());
    words.insert(words.begin(), listed.substr(start, end - start));
    start = end + 1;
  }
  std::string what;
  for (const std::string& word : words) what += (what.empty() ? "" : " ") + word;
  bool one = words.size() == 1;
  std::string out;
  if (words[0].starts_with("-")) {
    out = fmt::format(fmt::runtime(tr(lang, one ? "option inconnue : {}" : "options inconnues : {}",
                                      one ? "unknown option: {}" : "unknown options: {}")),
                      what);
  } else if (command == nullptr) {
    out = fmt::format(fmt::runtime(tr(lang, "commande inconnue ou argument en trop : {}",
                                      "unknown command or extra argument: {}")),
                      what);
  } else {
    // The command was named: the word is one argument too many for it.
    std::string call = "autodiag " + command->get_name();
    std::string takes = arguments_of(*command);
    out = fmt::format(fmt::runtime(tr(lang, one ? "argument en trop : {}" : "arguments en trop : {}",
                                      one ? "extra argument: {}" : "extra arguments: {}")),
                      what) +
          (takes.empty() ? fmt::format(fmt::runtime(tr(lang, " ; {} ne prend pas d'argument", "; {} takes no argument")), call)
                         : fmt::format(fmt::runtime(tr(lang, " ; {} prend {}", "; {} takes {}")), call, takes));
  }
  if (std::string near = closest_name(words[0], names); !near.empty()) {
    out += fmt::format(fmt::runtime(tr(lang, " ; vouliez-vous dire {} ?", "; did you mean {}?")), near);
  }
  return out;
}

}  // namespace

std::vector<std::string> names_in(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  }
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (!sub->get_name().empty() && !sub->get_group().empty()) names.push_back(sub->get_name());
  }
  return names;
}

std::string parse_error_text(const CLI::ParseError& error, const CLI::App* command, const std::vector<std::string>& names,
                             Lang lang) {
  const std::string text = error.what();
  auto say = [&](std::string_view fr, std::string_view en, auto&&... args) {
    return fmt::format(fmt::runtime(tr(lang, fr, en)), args...);
  };
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    std::string what = after(text, "not expected: ");
    if (!what.empty()) return unexpected(what, command, names, lang);
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    if (text == "A subcommand is required" || text.starts_with("Requires at least")) {
      return say("une commande est attendue", "a command is expected");
    }
    if (std::string option = before(text, " is required"); !option.empty()) {
      if (option.starts_with("-")) return say("l'option {} est obligatoire", "the option {} is required", option);
      const CLI::Option* argument = command == nullptr ? nullptr : command->get_option_no_throw(option);
      if (argument == nullptr || argument->get_description().empty()) {
        return say("il manque l'argument {}", "the argument {} is missing", option);
      }
      return say("il manque l'argument {} : {}", "the argument {} is missing: {}", option, argument->get_description());
    }
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    if (std::string option = before(text, ": "); !option.empty() && text.ends_with(" missing")) {
      return say("{} attend une valeur après lui", "{} expects a value after it", option);
    }
    if (std::string option = before(text, " was given a disallowed flag override"); !option.empty()) {
      return say("{} ne prend pas de valeur", "{} takes no value", option);
    }
    if (std::string option = after(text, " arguments to "); !option.empty()) {
      return say("nombre de valeurs incorrect pour {}", "wrong number of values for {}", before(option, ","));
    }
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
    std::string option = before(text, ": ");
    std::string detail = after(text, ": ");
    if (std::string set = after(detail, " not in {"); !set.empty()) {
      return say("{} : « {} » n'est pas une valeur possible ; tapez {}", "{}: '{}' is not a possible value; type {}",
                 option, before(detail, " not in {"), choice_list("{" + set, lang));
    }
    if (std::string range = after(detail, " not in range "); !range.empty()) {
      std::string value = after(before(detail, " not in range "), "Value ");
      return say("{} : {} n'est pas entre {} et {}", "{}: {} is not between {} and {}", option, value,
                 before(range, " to "), after(range, " to "));
    }
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    if (std::string option_value = after(text, "Could not convert: "); !option_value.empty()) {
      return say("valeur incorrecte pour {} : {}", "incorrect value for {}: {}", before(option_value, " = "),
                 after(option_value, " = "));
    }
    if (std::string option = before(text, ": "); !option.empty()) {
      return say("{} ne prend pas de valeur", "{} takes no value", option);
    }
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr) {
    if (std::string first = before(text, " excludes "); !first.empty()) {
      return say("{} et {} ne vont pas ensemble : choisissez l'un des deux", "{} and {} cannot be used together: choose one",
                 first, after(text, " excludes "));
    }
  }
  if (dynamic_cast<const CLI::RequiresError*>(&error) != nullptr) {
    if (std::string first = before(text, " requires "); !first.empty()) {
      return say("{} ne va qu'avec {}", "{} needs {}", first, after(text, " requires "));
    }
  }
  return say("ligne de commande incorrecte ({})", "invalid command line ({})", text);
}

}  // namespace autodiag::cli
