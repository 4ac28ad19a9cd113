#include "report/plan_guard.h"

#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <fmt/format.h>

#include <cstdint>
#include <filesystem>

namespace autodiag::report {

namespace {

constexpr std::string_view prefix = "\n[//]: # (autodiag:";
constexpr size_t max_siblings = 999;

// Not a defence against anyone: only to tell whether the bytes changed.
std::string fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return fmt::format("{:016x}", hash);
}

bool fingerprint_matches(std::string_view content) {
  size_t at = content.rfind(prefix);
  if (at == std::string_view::npos) return false;
  std::string_view body = content.substr(0, at);
  std::string expected = std::string(prefix) + fnv1a(body) + ")\n";
  return content.substr(at) == expected;
}

std::string sibling(const std::string& wanted, size_t n) {
  std::filesystem::path path(wanted);
  std::filesystem::path name = path.stem();
  name += fmt::format("-{}", n);
  name += path.extension();
  return (path.parent_path() / name).string();
}

}  // namespace

std::string with_fingerprint(std::string markdown) {
  std::string hash = fnv1a(markdown);
  markdown += prefix;
  markdown += hash;
  markdown += ")\n";
  return markdown;
}

PlanFileState plan_file_state(const std::string& path, Target target) {
  std::error_code error;
  auto status = target == Target::in_folder ? std::filesystem::symlink_status(path, error)
                                            : std::filesystem::status(path, error);
  if (!std::filesystem::is_regular_file(status)) return PlanFileState::absent;
  // A file we cannot read, or one too big to be ours, is someone else's.
  try {
    return fingerprint_matches(read_input(path)) ? PlanFileState::unedited : PlanFileState::edited;
  } catch (const Failure&) {
    return PlanFileState::edited;
  }
}

PlanTarget choose_plan_target(const std::string& wanted, bool force, Target target) {
  if (force || plan_file_state(wanted, target) != PlanFileState::edited) return {wanted, ""};
  for (size_t n = 2; n <= max_siblings; ++n) {
    std::string candidate = sibling(wanted, n);
    if (plan_file_state(candidate, target) != PlanFileState::edited) return {candidate, wanted};
  }
  throw Failure(exit_code::cannot_write,
                msg("{} a été modifié depuis qu'autodiag l'a écrit, et aucun nom libre n'a été trouvé à côté : "
                    "utilisez -o, ou --force pour le remplacer",
                    "{} was edited since autodiag wrote it, and no free name was found beside it: use -o, or "
                    "--force to replace it",
                    wanted));
}

Message kept_message(const PlanTarget& target) {
  return msg("{} a été modifié depuis qu'autodiag l'a écrit : il est gardé tel quel, le nouveau plan est dans {} "
             "(--force pour le remplacer)",
             "{} was edited since autodiag wrote it: it is kept as it is, the new plan is in {} (--force to "
             "replace it)",
             target.kept, target.path);
}

}  // namespace autodiag::report
