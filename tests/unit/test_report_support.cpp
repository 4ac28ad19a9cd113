#include "report/plan.h"
#include "report/support_match.h"

#include "test_report_fixtures.h"

#include <doctest/doctest.h>

#include <set>

using namespace autodiag;
using namespace autodiag::test;

namespace {

// The options a plan suggests, in its order (at most six), with every theme
// as a gap: the widest choice for this profile.
std::vector<std::string> suggested(const load::CheckedResponse& response) {
  report::RenderedPlan plan = report::render_plan(request_for(response), "", "");
  std::vector<std::string> out;
  for (const auto& s : plan.model["support"]) out.push_back(s["id"].get<std::string>());
  return out;
}

std::vector<std::string> matched(const load::CheckedResponse& response, const std::vector<std::string>& theme_ids) {
  std::vector<const model::Theme*> themes;
  for (const std::string& id : theme_ids) themes.push_back(guide().find_theme(id));
  std::vector<std::string> out;
  for (const auto& m : report::match_support(guide(), response.answers, themes)) out.push_back(m.option->id);
  return out;
}

std::vector<std::string> every_theme_matched(const load::CheckedResponse& response) {
  std::vector<std::string> ids;
  for (const model::Theme& t : guide().themes) ids.push_back(t.id);
  return matched(response, ids);
}

// A response with this profile and the first question of each theme
// answered "not started", so that every theme is a gap.
load::CheckedResponse with_profile(const std::string& profile) {
  return checked("(profile)", "format: autodiag-response/1\n"
                              "questionnaire: {id: guide-bonnes-pratiques-ess, version: 1.1.0}\n"
                              "status: in_progress\nlanguage: fr\n"
                              "created: 2026-11-27T10:00:00Z\nupdated: 2026-11-27T10:00:00Z\n"
                              "profile:\n" +
                                  profile +
                                  "answers: {statutes_shared: not_started, written_project: not_started, "
                                  "local_purchasing: not_started, health_safety: not_started, "
                                  "user_needs_identified: not_started, harassment_procedure: not_started, "
                                  "values_charter: not_started}\n");
}

// The two organisations of the issue outside Pays de la Loire.
load::CheckedResponse lyon_association() {
  return with_profile(
      "  name: Jardins partagés de la Croix-Rousse\n  legal_form: association\n  esus: \"no\"\n  sector: environment\n"
      "  employees: 5\n  volunteers: 40\n  department: \"69\"\n  collective_agreement: yes\n  funding_project: no\n");
}

load::CheckedResponse lille_foundation() {
  return with_profile(
      "  name: Fondation du Beffroi\n  legal_form: foundation\n  esus: \"no\"\n  sector: health_social\n"
      "  employees: 25\n  volunteers: 60\n  department: \"59\"\n  has_cse: yes\n  has_union_delegate: no\n"
      "  collective_agreement: yes\n  funding_project: yes\n");
}

const std::set<std::string> financing = {"france_active", "bpifrance", "fdva2", "essor"};

}  // namespace

TEST_SUITE("report::match_support") {
  TEST_CASE("each persona and the two new organisations: their region's CRESS, never more than six") {
    std::map<std::string, load::CheckedResponse> all;
    for (const auto& [key, path] : personas()) all.emplace(key, checked(path));
    all.emplace("lyon", lyon_association());
    all.emplace("lille", lille_foundation());
    const std::map<std::string, std::string> cress = {{"a", "cress_pdl"},  {"b", "cress_pdl"},  {"c", "cress_pdl"},
                                                      {"d", "cress_na"},   {"e", "cress_pdl"},  {"f", "cress_pdl"},
                                                      {"g", "cress_pdl"},  {"lyon", "cress_aura"}, {"lille", "cress_hdf"}};
    for (const auto& entry : all) {
      CAPTURE(entry.first);
      std::vector<std::string> ids = suggested(entry.second);
      CHECK(ids.size() <= 6);
      CHECK(std::count(ids.begin(), ids.end(), cress.at(entry.first)) == 1);
    }
  }

  TEST_CASE("the DLA: employer associations, Scop, Scic and ESUS companies; not a club without staff, a bank or a foundation") {
    auto has_dla = [](const load::CheckedResponse& r) {
      std::vector<std::string> ids = matched(r, {"strategy"});
      return std::count(ids.begin(), ids.end(), "dla") == 1;
    };
    CHECK_FALSE(has_dla(checked(personas().at("a"))));  // association, 0 employees
    CHECK(has_dla(checked(personas().at("b"))));        // employer association
    CHECK(has_dla(checked(personas().at("c"))));        // Scic
    CHECK_FALSE(has_dla(checked(personas().at("d"))));  // cooperative bank
    CHECK(has_dla(checked(personas().at("e"))));        // ESUS company
    CHECK(has_dla(lyon_association()));
    CHECK_FALSE(has_dla(lille_foundation()));  // not ESUS
  }

  TEST_CASE("financing offers only with a funding project, never for a bank") {
    for (const char* key : {"b", "d"}) {  // no funding project
      CAPTURE(key);
      for (const std::string& id : every_theme_matched(checked(personas().at(key)))) CHECK(financing.count(id) == 0);
    }
    for (const std::string& id : every_theme_matched(lyon_association())) CHECK(financing.count(id) == 0);
    std::vector<std::string> c = every_theme_matched(checked(personas().at("c")));  // a Scic with a project
    CHECK(std::count(c.begin(), c.end(), "essor") == 1);
    CHECK(std::count(c.begin(), c.end(), "france_active") == 1);
  }

  TEST_CASE("sector offers only for their sector") {
    const std::map<std::string, std::string> sector_of = {{"cnosf_cdos", "sport"}, {"uniopss", "health_social"},
                                                          {"gerontopole", "health_social"}, {"cap_tiers_lieux", "third_place"},
                                                          {"opale", "culture"}, {"esper", "education_youth"}};
    const std::map<std::string, std::string> persona_sector = {
        {"a", "sport"}, {"b", "health_social"}, {"c", "third_place"}, {"d", "finance_insurance"}, {"e", "other"},
        {"f", "health_social"}, {"g", "health_social"}};
    for (const auto& persona : personas()) {
      CAPTURE(persona.first);
      for (const std::string& id : every_theme_matched(checked(persona.second))) {
        if (sector_of.count(id)) CHECK(sector_of.at(id) == persona_sector.at(persona.first));
      }
    }
    for (const auto& entry : sector_of) {
      const std::string& id = entry.first;
      const std::string& sector = entry.second;
      CAPTURE(id);
      auto s = std::find_if(guide().support.begin(), guide().support.end(), [&](const auto& x) { return x.id == id; });
      REQUIRE(s != guide().support.end());
      CHECK(s->eligible_source.find("sector == " + sector) != std::string::npos);
    }
  }

  TEST_CASE("the five persona plans: six suggestions at most, those meant for the organisation first") {
    CHECK(suggested(checked(personas().at("a"))) ==
          std::vector<std::string>{"fdva2", "cnosf_cdos", "cress_pdl", "guidasso", "mouvement_associatif", "avise"});
    CHECK(suggested(checked(personas().at("b"))) ==
          std::vector<std::string>{"cress_pdl", "valoress", "anact", "agefiph", "defenseur_droits", "gerontopole"});
    CHECK(suggested(checked(personas().at("c"))) ==
          std::vector<std::string>{"cress_pdl", "blab", "defenseur_droits", "anact", "agefiph", "cap_tiers_lieux"});
    CHECK(suggested(checked(personas().at("d"))) ==
          std::vector<std::string>{"cress_na", "anact", "agefiph", "valoress", "coop_fr", "avise"});
    CHECK(suggested(checked(personas().at("e"))) ==
          std::vector<std::string>{"ecossolies", "cress_pdl", "valoress", "avise", "anact", "agefiph"});
  }

  TEST_CASE("no gap, no suggestion") { CHECK(matched(checked(personas().at("e")), {}).empty()); }
}
