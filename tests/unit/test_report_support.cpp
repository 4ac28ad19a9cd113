#include "load/support_reader.h"
#include "report/plan.h"
#include "report/plan_facts.h"
#include "report/support_match.h"

#include "test_report_fixtures.h"

#include <doctest/doctest.h>

#include <set>

using namespace autodiag;
using namespace autodiag::test;

namespace {

// Every theme as a gap, in questionnaire order: the widest choice a plan can
// offer for this profile.
std::vector<const model::Theme*> every_theme() {
  std::vector<const model::Theme*> themes;
  for (const model::Theme& t : guide().themes) themes.push_back(&t);
  return themes;
}

std::vector<std::string> matched(const load::CheckedResponse& response, const std::vector<const model::Theme*>& themes) {
  std::vector<std::string> out;
  for (const auto& m : report::match_support(guide(), response.answers, themes)) out.push_back(m.option->id);
  return out;
}

std::vector<std::string> matched(const load::CheckedResponse& response, const std::vector<std::string>& theme_ids) {
  std::vector<const model::Theme*> themes;
  for (const std::string& id : theme_ids) themes.push_back(guide().find_theme(id));
  return matched(response, themes);
}

// The options a plan shows, in its order (at most six).
std::vector<std::string> suggested(const load::CheckedResponse& response) {
  report::RenderedPlan plan = report::render_plan(request_for(response), "", "");
  std::vector<std::string> out;
  for (const auto& s : plan.model["support"]) out.push_back(s["id"].get<std::string>());
  return out;
}

// The first six matches: what a plan with these gaps would show.
std::vector<std::string> first_six(std::vector<std::string> ids) {
  if (ids.size() > report::support_count) ids.resize(report::support_count);
  return ids;
}

// A response with this profile and the first question of each theme
// answered "not started", so that every theme is a gap.
load::CheckedResponse with_profile(const std::string& profile) {
  return checked("(profile)", "format: autodiag-response/1\n"
                              "questionnaire: {id: guide-bonnes-pratiques-ess, version: 2.1.0}\n"
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

// An organisation in Normandie, where the CRESS was liquidated in July 2025.
load::CheckedResponse caen_association() {
  return with_profile(
      "  name: Épicerie solidaire du Vaugueux\n  legal_form: association\n  esus: \"no\"\n  sector: other\n"
      "  employees: 3\n  volunteers: 25\n  department: \"14\"\n  collective_agreement: no\n  funding_project: no\n");
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
      std::vector<std::string> ids = matched(r, std::vector<std::string>{"strategy"});
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
      for (const std::string& id : matched(checked(personas().at(key)), every_theme())) CHECK(financing.count(id) == 0);
    }
    for (const std::string& id : matched(lyon_association(), every_theme())) CHECK(financing.count(id) == 0);
    // With a project: the Scic gets ESSOR and France Active.
    std::vector<std::string> c = matched(checked(personas().at("c")), every_theme());
    CHECK(std::count(c.begin(), c.end(), "essor") == 1);
  }

  TEST_CASE("sector offers only for their sector") {
    const std::map<std::string, std::string> sector_of = {{"cnosf_cdos", "sport"}, {"uniopss", "health_social"},
                                                          {"gerontopole", "health_social"}, {"cap_tiers_lieux", "third_place"},
                                                          {"opale", "culture"}, {"esper", "education_youth"}};
    const std::map<std::string, std::string> persona_sector = {
        {"a", "sport"}, {"b", "health_social"}, {"c", "third_place"}, {"d", "finance_insurance"}, {"e", "other"},
        {"f", "health_social"}, {"g", "finance_insurance"}};
    for (const auto& persona : personas()) {
      CAPTURE(persona.first);
      for (const std::string& id : matched(checked(persona.second), every_theme())) {
        if (sector_of.count(id)) CHECK(sector_of.at(id) == persona_sector.at(persona.first));
      }
    }
    for (const model::SupportOption& s : guide().support) {
      CAPTURE(s.id);
      if (s.scope == model::SupportScope::sector) CHECK(sector_of.count(s.id) == 1);
    }
  }

  TEST_CASE("ranking on the personas: sector and network, then department, then region, then national") {
    CHECK(first_six(matched(checked(personas().at("a")), every_theme())) ==
          std::vector<std::string>{"cnosf_cdos", "ceas72", "cress_pdl", "essor", "guidasso", "mouvement_associatif"});
    CHECK(first_six(matched(checked(personas().at("b")), every_theme())) ==
          std::vector<std::string>{"uniopss", "gerontopole", "iresa", "cress_pdl", "dla", "guidasso"});
    CHECK(first_six(matched(checked(personas().at("c")), every_theme())) ==
          std::vector<std::string>{"cap_tiers_lieux", "cg_scop", "apess53", "cress_pdl", "essor", "dla"});
    CHECK(first_six(matched(checked(personas().at("d")), every_theme())) ==
          std::vector<std::string>{"coop_fr", "cress_na", "avise", "guide_ess_france", "anact", "agefiph"});
    CHECK(first_six(matched(checked(personas().at("e")), every_theme())) ==
          std::vector<std::string>{"ecossolies", "cress_pdl", "essor", "dla", "france_active", "bpifrance"});
    CHECK(first_six(matched(lyon_association(), every_theme())) ==
          std::vector<std::string>{"cress_aura", "dla", "guidasso", "fdva1", "mouvement_associatif", "avise"});
    CHECK(first_six(matched(lille_foundation(), every_theme())) ==
          std::vector<std::string>{"cff", "uniopss", "don_en_confiance", "cress_hdf", "france_active", "avise"});
  }

  TEST_CASE("the Gérontopôle only for those who support older people: persona B, not the foundation F") {
    std::vector<std::string> b = matched(checked(personas().at("b")), every_theme());
    std::vector<std::string> f = matched(checked(personas().at("f")), every_theme());
    CHECK(std::count(b.begin(), b.end(), "gerontopole") == 1);
    CHECK(std::count(f.begin(), f.end(), "gerontopole") == 0);
    CHECK(std::count(f.begin(), f.end(), "uniopss") == 1);  // social care, its sector's network
    // A 2.0.0 response has no answer about older people: no Gérontopôle.
    std::string old_b = read_source_file("tests/fixtures/persona-2.0.0/persona-b-medico-social.yaml");
    std::vector<std::string> b0 = matched(checked("persona-b-2.0.0", old_b), every_theme());
    CHECK(std::count(b0.begin(), b0.end(), "gerontopole") == 0);
  }

  TEST_CASE("Normandie has no CRESS: the plan says so and points to what exists") {
    load::CheckedResponse caen = caen_association();
    CHECK(first_six(matched(caen, every_theme())) ==
          std::vector<std::string>{"normandie_no_cress", "dla", "guidasso", "fdva1", "mouvement_associatif", "avise"});
    nlohmann::json support = report::render_plan(request_for(caen), "", "").model["support"];
    REQUIRE(support.size() == 6);
    CHECK(support[0]["name"] == "Normandie : pas de chambre régionale de l'ESS (CRESS) en activité connue");
    CHECK(support[0]["why"] == "Dans votre région. Utile pour tous les thèmes. Certaines informations n'ont pas pu être "
                               "confirmées : vérifiez-les auprès de l'organisme. Vérifié le 27 novembre 2026.");
    for (const auto& s : support) CHECK(s["id"].get<std::string>().rfind("cress_", 0) == std::string::npos);
  }

  TEST_CASE("the first priority decides the order within a scope") {
    load::CheckedResponse b = checked(personas().at("b"));
    CHECK(first_six(matched(b, std::vector<std::string>{"diversity", "employment"})) ==
          std::vector<std::string>{"uniopss", "gerontopole", "cress_pdl", "anact", "agefiph", "defenseur_droits"});
  }

  TEST_CASE("no gap, no suggestion") {
    CHECK(matched(checked(personas().at("e")), std::vector<std::string>{}).empty());
  }

  TEST_CASE("the plan says why, in the organisation's terms, with the date it was checked") {
    load::CheckedResponse a = checked(personas().at("a"));
    nlohmann::json support = report::render_plan(request_for(a), "", "").model["support"];
    REQUIRE(support.size() == 6);
    CHECK(support[0]["id"] == "cnosf_cdos");
    CHECK(support[0]["why"] == "Pour les associations sportives. Peut vous aider sur les thèmes « Gouvernance démocratique », "
                               "« Concertation sur la stratégie » et « Diversité et égalité ». Vérifié le 27 novembre 2026.");
    CHECK(support[2]["id"] == "cress_pdl");
    CHECK(support[2]["why"] == "Dans votre région. Utile pour tous les thèmes. Vérifié le 27 novembre 2026.");
  }

  TEST_CASE("an entry that could not be fully re-checked says so") {
    load::CheckedResponse c = checked(personas().at("c"));
    nlohmann::json support = report::render_plan(request_for(c, Lang::en), "", "").model["support"];
    auto it = std::find_if(support.begin(), support.end(), [](const auto& s) { return s["id"] == "cg_scop"; });
    REQUIRE(it != support.end());
    CHECK((*it)["why"].get<std::string>().find("Some details could not be confirmed: check them with the organisation.") !=
          std::string::npos);
  }
}

TEST_SUITE("load::support") {
  TEST_CASE("checked dates: a warning at the line once 18 months have passed") {
    Diagnostics fresh("q.yaml");
    load::warn_stale_support(guide(), "2028-05-27", 18, fresh);
    CHECK(fresh.items().empty());
    Diagnostics stale("q.yaml");
    load::warn_stale_support(guide(), "2028-05-28", 18, stale);
    REQUIRE(stale.items().size() == guide().support.size());
    CHECK(stale.items()[0].mark.line == guide().support[0].checked_mark.line);
    CHECK(stale.items()[0].message.fr ==
          "accompagnement « cnosf_cdos » vérifié le 2026-11-27, il y a plus de 18 mois : revérifiez-le");
  }

  TEST_CASE("day numbers refuse impossible dates") {
    CHECK(load::day_number("1970-01-01") == 0);
    CHECK(load::day_number("2024-02-29") - load::day_number("2024-02-28") == 1);
    CHECK(load::day_number("2025-02-29") == -1);
    CHECK(load::day_number("2026-13-01") == -1);
    CHECK(load::day_number("27/11/2026") == -1);
  }
}
