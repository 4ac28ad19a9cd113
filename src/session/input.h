#pragma once

#include "model/questionnaire.h"
#include "model/response.h"
#include "util/i18n.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autodiag::session {

// What one typed line means (docs/session.md, "What you can type"). Commands
// are whole lines, case-insensitive: "n" is an answer ("no"), "na" is "not
// applicable", so yes/no answers and commands never collide.
struct Command {
  enum class Kind {
    keep,            // empty line: keep the current answer
    help,            // ?
    back,            // <
    not_applicable,  // na (also "nc", "n/a", "non concerné"…)
    dont_know,       // "je ne sais pas": told how to skip, never taken as an answer
    skip,            // s
    jump,            // g, or "g 3": go to a theme (text: what follows the g)
    comment,         // c, or "c some text"
    quit,            // q
    value,           // anything else: an answer to interpret
  };
  Kind kind = Kind::keep;
  std::string text;  // the value, the comment typed after "c ", or where to jump after "g "
};

Command parse_command(std::string_view line);

// Turns what was typed for `question` (an option number, o/oui/y/yes/n/non/no,
// a number written 18,5 or 18.5, a text) into the value a response file holds.
// load::interpret() then checks it against the question. nullopt and `why`
// when the text cannot be read at all.
std::optional<model::RawValue> read_value(const model::Question& question, std::string_view text, Message& why);

// The themes chosen at the theme step: "" keeps `current`, "tous"/"all" picks
// every theme, else theme numbers (or ids, from `ids`) separated by spaces or
// commas.
std::optional<std::vector<bool>> read_theme_choice(std::string_view text, const std::vector<std::string>& ids,
                                                   const std::vector<bool>& current, Message& why);

std::string trim(std::string_view text);
// ASCII letters in lower case (commands and option ids are ASCII).
std::string lower(std::string_view text);

}  // namespace autodiag::session
