#include "cli/commands.h"
#include "cli/completion.h"

#include <memory>

namespace autodiag::cli {

// Hidden (no group): packagers and `cmake --install` call it, users get the
// installed scripts.
void add_completion(CLI::App& app, Context& context) {
  auto shell = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "completion", std::string(context.tr("écrit le script de complétion d'un shell", "writes a shell's completion script")));
  sub->group("");
  sub->add_option("SHELL", *shell, "bash, zsh, fish")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  sub->callback([&app, &context, shell] {
    std::vector<completion::CommandSpec> commands = completion::describe(app, default_command);
    if (*shell == "bash") {
      context.out << completion::bash_script(commands);
    } else if (*shell == "zsh") {
      context.out << completion::zsh_script(commands);
    } else {
      context.out << completion::fish_script(commands);
    }
  });
}

}  // namespace autodiag::cli
