#include "report/plan.h"
#include "report/support_match.h"

#include "test_report_fixtures.h"

#include <doctest/doctest.h>

using namespace autodiag;
using namespace autodiag::test;

namespace {

std::vector<std::string> matched(const load::CheckedResponse& response, const std::vector<std::string>& theme_ids) {
  std::vector<const model::Theme*> themes;
  for (const std::string& id : theme_ids) themes.push_back(guide().find_theme(id));
  std::vector<std::string> out;
  for (const auto& m : report::match_support(guide(), response.answers, themes)) out.push_back(m.option->id);
  return out;
}

}  // namespace

TEST_SUITE("report::match_support") {
  TEST_CASE("volunteer-only association in Sarthe: association offers and Sarthe's network, no DLA, no B Lab") {
    load::CheckedResponse a = checked(personas().at("a"));
    CHECK(matched(a, {"governance"}) ==
          std::vector<std::string>{"avise", "mouvement_associatif", "fdva1", "cress_pdl", "essor"});
    CHECK(matched(a, {"territory"}) ==
          std::vector<std::string>{"france_active", "avise", "esper", "cress_pdl", "essor",
                                   "entreprendre_territoires", "cap_tiers_lieux", "ceas72", "region_pdl"});
  }

  TEST_CASE("employer Scic in Mayenne: DLA, cooperative union, B Lab and Mayenne's network") {
    load::CheckedResponse c = checked(personas().at("c"));
    CHECK(matched(c, {"governance", "territory"}) ==
          std::vector<std::string>{"dla", "france_active", "bpifrance", "avise", "urscop", "esper", "blab",
                                   "cress_pdl", "essor", "entreprendre_territoires", "cap_tiers_lieux", "apess53",
                                   "region_pdl"});
  }

  TEST_CASE("no gap, no suggestion") {
    load::CheckedResponse e = checked(personas().at("e"));
    CHECK(matched(e, {}).empty());
  }

  TEST_CASE("the plan lists the matches by relevance and says why") {
    load::CheckedResponse a = checked(personas().at("a"));
    report::PlanRequest request = request_for(a);
    nlohmann::json support = report::render_plan(request, "", "").model["support"];
    REQUIRE(support.size() == 12);
    CHECK(support[0]["id"] == "mouvement_associatif");
    CHECK(support[0]["why"] == "Pour vos écarts sur les thèmes « Gouvernance démocratique » et « Concertation sur la stratégie ». "
                               "Réservé à certaines formes juridiques, dont la vôtre.");
    CHECK(support[8]["id"] == "ceas72");
    CHECK(support[8]["why"] == "Pour vos écarts sur le thème « Ancrage territorial ». Offre réservée à certaines régions, dont la vôtre. "
                                "Votre profil remplit ses conditions d'accès.");
    CHECK(support[11]["id"] == "avise");
    CHECK(support[11]["why"] == "Ressource généraliste, utile pour tous les thèmes.");
  }
}
