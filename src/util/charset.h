#pragma once

#include <string>
#include <string_view>

namespace autodiag {

// What the terminal can show, from its locale.
enum class Charset { utf8, latin1, ascii };

// From LC_ALL, LC_CTYPE or LANG, the first one set: UTF-8; Latin-1 for
// ISO-8859-1 and -15; ASCII for C, POSIX, nothing set, or anything else.
Charset locale_charset();

// UTF-8 `text` with every character the charset lacks replaced by its usual
// ASCII spelling ("é" → "e", "«" → "\"", "œ" → "oe", "…" → "..."), or "?".
// The result is still UTF-8, so that it can be measured and wrapped: the
// no-break spaces stay (U+202F becomes U+00A0) until encode_for_terminal.
std::string transliterate(std::string_view text, Charset charset);

// `text` as the terminal's bytes: transliterated, then one byte per
// character for Latin-1.
std::string encode_for_terminal(std::string_view text, Charset charset);

// A line typed on a Latin-1 terminal, as UTF-8 (a line that is already valid
// UTF-8 is left as it is).
std::string decode_from_terminal(std::string_view bytes, Charset charset);

}  // namespace autodiag
