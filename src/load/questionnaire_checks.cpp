#include "load/questionnaire_loader_impl.h"

#include <map>
#include <set>

namespace autodiag::load {

using model::Band;
using model::Level;
using model::Option;
using model::Question;
using model::QuestionType;
using model::Role;

void QuestionnaireLoader::check_ids() {
  std::map<std::string, Mark> seen;
  for (size_t i = 0; i < m_q.question_count(); ++i) {
    const Question& q = m_q.question(i);
    if (q.id.empty()) continue;
    auto [it, inserted] = seen.emplace(q.id, q.mark);
    if (!inserted) {
      m_reader.error(q.mark, msg("identifiant de question « {} » en double (déjà utilisé ligne {})",
                                 "duplicate question id '{}' (already used on line {})", q.id, it->second.line));
    }
    check_actions(q);
  }
  std::set<std::string> themes;
  for (size_t t = 0; t < m_q.themes.size(); ++t) {
    if (!themes.insert(m_q.themes[t].id).second) {
      m_reader.error(m_themes_nodes[t]->mark, msg("thème « {} » en double", "duplicate theme '{}'", m_q.themes[t].id));
    }
  }
  std::set<std::string> support;
  for (size_t i = 0; i < m_q.support.size(); ++i) {
    const auto& s = m_q.support[i];
    if (!support.insert(s.id).second) {
      m_reader.error(m_support_marks[i], msg("option d'accompagnement « {} » en double", "duplicate support option '{}'", s.id));
    }
  }
}

void QuestionnaireLoader::check_actions(const Question& q) {
  if (q.is_profile() || !q.scored()) return;
  std::set<double> reachable;
  switch (q.type) {
    case QuestionType::choice:
      for (const Option& o : q.options) reachable.insert(o.score);
      break;
    case QuestionType::yesno:
      reachable = {q.yes_score, q.no_score};
      break;
    case QuestionType::number:
      for (const Band& b : q.bands) reachable.insert(b.score);
      break;
    case QuestionType::multi:
      reachable.insert(0);
      break;
    case QuestionType::text:
      break;
  }
  auto it = m_action_marks.find(q.id);
  Mark mark = it == m_action_marks.end() ? q.mark : it->second;
  for (double points : reachable) {
    if (points < q.max_points() && q.action_for(points) == nullptr) {
      m_reader.warning(mark, msg("question « {} » : aucune action d'amélioration pour le score {}",
                                 "question '{}': no improvement action for score {}", q.id, format_number(points)));
    }
  }
}

void QuestionnaireLoader::check_levels() {
  const auto& levels = m_q.levels;
  std::set<std::string> ids;
  for (size_t i = 0; i < levels.size(); ++i) {
    const Level& l = levels[i];
    Mark mark = m_level_marks[i];
    if (!ids.insert(l.id).second) m_reader.error(mark, msg("niveau « {} » en double", "duplicate level '{}'", l.id));
    if (l.from >= l.to) {
      m_reader.error(mark, msg("niveau « {} » vide : « from » doit être inférieur à « to »",
                               "level '{}' is empty: 'from' must be less than 'to'", l.id));
      continue;
    }
    double expected = i == 0 ? 0 : levels[i - 1].to;
    if (i == 0 && l.from < 0) {
      m_reader.error(mark, msg("le premier niveau doit commencer à 0 (les scores vont de 0 à 100)",
                               "the first level must start at 0 (scores go from 0 to 100)"));
    } else if (l.from > expected) {
      m_reader.error(mark, msg("trou entre les niveaux : rien ne couvre {} à {}", "gap between levels: nothing covers {} to {}",
                               format_number(expected), format_number(l.from)));
    } else if (l.from < expected) {
      m_reader.error(mark, msg("niveaux qui se chevauchent : {} à {} est déjà couvert",
                               "overlapping levels: {} to {} is already covered", format_number(l.from),
                               format_number(std::min(expected, l.to))));
    }
  }
  if (!levels.empty() && levels.back().to != 100) {
    m_reader.error(m_level_marks.back(), msg("le dernier niveau doit aller jusqu'à 100", "the last level must end at 100"));
  }
}

void QuestionnaireLoader::check_support_references() {
  for (const auto& [index, node] : m_support_theme_nodes) {
    const auto& themes = m_q.support[index].themes;
    for (size_t i = 0; i < themes.size() && i < node->items.size(); ++i) {
      if (m_q.find_theme(themes[i]) == nullptr) {
        m_reader.error(node->items[i]->mark, msg("thème « {} » inconnu", "unknown theme '{}'", themes[i]));
      }
    }
  }
  const Question* legal_form = m_q.field_with_role(Role::legal_form);
  for (const auto& [index, node] : m_support_form_nodes) {
    const auto& forms = m_q.support[index].legal_forms;
    for (size_t i = 0; i < forms.size() && i < node->items.size(); ++i) {
      if (legal_form == nullptr) {
        m_reader.error(node->mark, msg("« legal_forms » demande un champ de profil avec « role: legal_form »",
                                       "'legal_forms' needs a profile field with 'role: legal_form'"));
        break;
      }
      if (legal_form->find_option(forms[i]) == nullptr) {
        m_reader.error(node->items[i]->mark, msg("forme juridique « {} » inconnue", "unknown legal form '{}'", forms[i]));
      }
    }
  }
}

void QuestionnaireLoader::check_roles() {
  std::set<Role> seen;
  for (size_t i = 0; i < m_q.question_count(); ++i) {
    const Question& q = m_q.question(i);
    if (q.role != Role::none && !seen.insert(q.role).second) {
      m_reader.error(q.mark, msg("ce rôle est déjà donné à une autre question",
                                 "this role is already given to another question"));
    }
  }
}

}  // namespace autodiag::load
