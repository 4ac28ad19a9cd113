#include "cli/plan_beside.h"

#include "document/documents.h"
#include "session/setup.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

namespace autodiag::cli {

PlanBeside write_plan_beside(const model::Questionnaire& questionnaire, Lang lang, const std::string& response_path,
                             const std::string& last_saved, bool force) {
  // A few rounds at most: two sessions saving in turn forever must not keep
  // this one from ending; the last round's plan matches the file as it was
  // read in that round.
  constexpr int rounds = 3;
  for (int round = 1;; ++round) {
    std::string text = read_input(response_path);
    Diagnostics diagnostics(response_path);
    auto checked = load::load_checked_response(text, questionnaire, diagnostics);
    if (!checked) {
      throw Failure(exit_code::data_error,
                    msg("{} a été modifié pendant la session et n'est plus une réponse valide : aucun plan écrit",
                        "{} was changed during the session and is no longer a valid response: no plan written",
                        response_path));
    }
    report::PlanRequest request;
    request.questionnaire = &questionnaire;
    request.response = &*checked;
    request.lang = lang;
    // The session ends on a document people open: the HTML page, beside the
    // Markdown that custom tools and templates start from.
    document::DocumentRequest documents{request, {document::Format::html, document::Format::md}, "", ""};
    documents.force = force;
    std::string html_path = document::with_extension(session::plan_path_for(response_path), "html");
    document::Written written = document::write_documents(documents, html_path);
    if (round == rounds || read_input(response_path) == text) {
      std::string plan_path = written.paths[0];
      return {std::move(*checked), std::move(plan_path), std::move(written), text != last_saved};
    }
  }
}

}  // namespace autodiag::cli
