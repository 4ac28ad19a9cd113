// The page's model: what a condition means, which questions are shown, the
// scores and the response file. Each function mirrors one C++ function named
// in its comment; tests/browser/form.test.js checks that they agree.
'use strict';

// model::evaluate: an unanswered, hidden or N/A answer makes every comparison
// false, `!=` included. AUTODIAG_CONDITIONS (generated) calls these.
function liveAnswer(x) { return x !== null && x.kind !== 'na'; }
function answerEquals(x, v) {
  switch (x.kind) {
    case 'option': return x.option === v[0];
    case 'number': return v[1] !== null && x.number === v[1];
    case 'text': return x.text === v[0];
    default: return false;
  }
}
function compareNumbers(x, v, test) {
  return liveAnswer(x) && x.kind === 'number' && v[1] !== null && test(x.number, v[1]);
}
const C = {
  answered: (x) => liveAnswer(x),
  eq: (x, v) => liveAnswer(x) && answerEquals(x, v),
  ne: (x, v) => liveAnswer(x) && !answerEquals(x, v),
  among: (x, vs) => liveAnswer(x) && vs.some((v) => answerEquals(x, v)),
  contains: (x, v) => liveAnswer(x) && x.kind === 'options' && x.options.includes(v[0]),
  lt: (x, v) => compareNumbers(x, v, (l, r) => l < r),
  le: (x, v) => compareNumbers(x, v, (l, r) => l <= r),
  gt: (x, v) => compareNumbers(x, v, (l, r) => l > r),
  ge: (x, v) => compareNumbers(x, v, (l, r) => l >= r),
};

const Model = (() => {
  const D = AUTODIAG;
  const Q = D.questions;

  // model::compute_presence: a condition sees only the answers of questions
  // that are themselves shown.
  function presence(answers, notAddressed) {
    const shown = new Array(Q.length).fill('shown');
    const lookup = (i) => (i < Q.length && shown[i] === 'shown' && answers[i]) ? answers[i] : null;
    Q.forEach((q, i) => {
      if (q.theme >= 0 && notAddressed.includes(D.themes[q.theme].id)) {
        shown[i] = 'not_addressed';
        return;
      }
      const condition = AUTODIAG_CONDITIONS[i];
      if (condition && !condition(lookup)) shown[i] = 'hidden';
    });
    return shown;
  }

  // Question::find_option then score::points_for.
  function pointsFor(q, a) {
    const option = (id) => q.options.find((o) => o.id === id);
    switch (q.type) {
      case 'choice': { const o = option(a.option); return o ? o.score : 0; }
      case 'multi': {
        let sum = 0;
        for (const id of a.options) { const o = option(id); if (o) sum += o.score; }
        return Math.min(sum, q.max_points);
      }
      case 'yesno': return a.option === 'yes' ? q.yes_score : q.no_score;
      case 'number':
        for (let i = 0; i < q.bands.length; ++i) {
          const b = q.bands[i];
          const last = i + 1 === q.bands.length;
          if (a.number >= b.from && (a.number < b.to || (last && a.number === b.to))) return b.score;
        }
        return 0;
      default: return 0;
    }
  }

  // Questionnaire::level_for on the score snapped to 1e-9 (score/compute.cpp).
  function levelOf(score) {
    const s = Math.round(score * 1e9) / 1e9;
    for (const l of D.levels) if (s >= l.from && s < l.to) return l;
    const last = D.levels[D.levels.length - 1];
    return last && s === last.to ? last : null;
  }

  function progress(target, score) {
    if (target === undefined || target === null) return null;
    return { target, gap: target - score, percent_of_target: target > 0 ? score / target * 100 : 100 };
  }

  const zeroCounts = () => ({ total: 0, applicable: 0, answered: 0, not_applicable: 0, hidden: 0, unanswered: 0,
                              not_asked: 0 });

  // score::obligation_applies: the question of a legal obligation that
  // applies to this profile is recalled apart, never scored.
  function obligationApplies(i, answers, shown) {
    const applies = AUTODIAG_OBLIGATIONS[i];
    return applies !== undefined && applies((k) => (k < Q.length && shown[k] === 'shown' && answers[k]) ? answers[k] : null);
  }

  // score::compute, as `autodiag score --format json` shows it (report/score_json.cpp).
  function score(answers, notAddressed, targets) {
    const shown = presence(answers, notAddressed);
    const result = { counts: zeroCounts(), themes: [], overall: null, completion: 1, missing_required: [] };
    let weightedSum = 0, countedWeight = 0, seen = 0, settled = 0;
    D.themes.forEach((theme) => {
      const t = { id: theme.id, addressed: !notAddressed.includes(theme.id), scored: false, fragile: false, score: 0,
                  counted_weight: 0, total_weight: 0, counts: zeroCounts(), level: null,
                  target_one_year: null, target_three_years: null };
      let sum = 0, counted = 0;
      for (const i of theme.questions) {
        const q = Q[i];
        const a = answers[i];
        const scored = q.max_points > 0;
        t.counts.total += 1;
        if (scored) t.total_weight += q.weight;
        let exclusion;
        if (shown[i] === 'not_addressed') exclusion = 'not_addressed';
        else if (shown[i] === 'hidden') exclusion = 'hidden';
        else if (a && a.kind === 'na') exclusion = 'not_applicable';
        else if (obligationApplies(i, answers, shown)) exclusion = 'obligation';
        else if (!a) exclusion = 'unanswered';
        else exclusion = scored ? 'counted' : 'unscored';
        if (exclusion === 'counted') {
          t.counted_weight += q.weight;
          sum += q.weight * (pointsFor(q, a) / q.max_points);
          ++counted;
          t.counts.applicable += 1; t.counts.answered += 1;
        } else if (exclusion === 'unscored') {
          t.counts.applicable += 1; t.counts.answered += 1;
        } else if (exclusion === 'obligation') {
          t.counts.applicable += 1; if (a) t.counts.answered += 1;
        } else if (exclusion === 'not_applicable') {
          t.counts.not_applicable += 1;
        } else if (exclusion === 'hidden') {
          t.counts.hidden += 1;
        } else if (exclusion === 'unanswered') {
          t.counts.applicable += 1; t.counts.unanswered += 1;
        }
        if (exclusion !== 'hidden' && exclusion !== 'not_addressed') {
          ++seen;
          if (exclusion !== 'unanswered' && (exclusion !== 'obligation' || a)) ++settled;
        }
      }
      if (t.counted_weight > 0) {
        t.scored = true;
        t.score = sum / t.counted_weight * 100;
        const level = levelOf(t.score);
        t.level = level ? level.id : null;
        // A theme on a single answer does not move the overall (docs/scoring.md).
        t.fragile = counted < 2;
        if (!t.fragile) {
          countedWeight += theme.weight;
          weightedSum += theme.weight * t.score;
        }
      }
      const target = targets.find((x) => x[0] === theme.id);
      if (target && t.scored) {
        t.target_one_year = progress(target[1].one_year, t.score);
        t.target_three_years = progress(target[1].three_years, t.score);
      }
      for (const key of Object.keys(t.counts)) result.counts[key] += t.counts[key];
      if (!t.scored) t.score = null;
      result.themes.push(t);
    });
    if (countedWeight === 0) {
      result.themes.forEach((t, k) => {
        if (t.scored) { countedWeight += D.themes[k].weight; weightedSum += D.themes[k].weight * t.score; }
      });
    }
    const overall = { scored: countedWeight > 0, score: null, counted_weight: countedWeight, level: null };
    if (overall.scored) {
      overall.score = weightedSum / countedWeight;
      const level = levelOf(overall.score);
      overall.level = level ? level.id : null;
    }
    result.overall = overall;
    result.completion = seen > 0 ? settled / seen : 1;
    result.missing_required = missingRequired(answers, shown).map((i) => Q[i].id);
    return result;
  }

  // model::missing_required: indexes of shown required questions without an answer.
  function missingRequired(answers, shown) {
    const missing = [];
    Q.forEach((q, i) => { if (q.required && shown[i] === 'shown' && !answers[i]) missing.push(i); });
    return missing;
  }

  // load::parse_number after session/input.cpp's reading of what was typed
  // (French 18,5 and 1 200, a trailing %), then load::interpret_number's checks.
  // Returns {answer} or {error}.
  function readNumber(q, typed, T) {
    const groups = [];
    let current = '';
    for (const ch of typed.trim()) {
      if (/\s/.test(ch)) { if (current) groups.push(current); current = ''; } else current += ch === ',' ? '.' : ch;
    }
    if (current) groups.push(current);
    if (groups.length && groups[groups.length - 1] === '%') groups.pop();
    if (groups.length && groups[groups.length - 1].endsWith('%')) groups[groups.length - 1] = groups[groups.length - 1].slice(0, -1);
    const thousands = groups.slice(1).every((g) => /^[0-9]{3}(\.|$)/.test(g));
    const text = thousands ? groups.join('') : groups.join(' ');
    const unsigned = text.startsWith('+') ? text.slice(1) : text;
    if (!/^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(unsigned) || !isFinite(Number(unsigned))) {
      return { error: T.notNumber(typed.trim()) };
    }
    const n = Number(unsigned);
    const said = typed.trim();  // the refusal quotes what was typed, as typed
    if (q.integer && Math.floor(n) !== n) return { error: T.notInteger(said) };
    if ((q.min !== null && n < q.min) || (q.max !== null && n > q.max)) {
      return { error: T.outOfRange(said, q.min === null ? '' : formatNumber(q.min), q.max === null ? '' : formatNumber(q.max)) };
    }
    if (q.theme >= 0 && q.bands.length && (n < q.bands[0].from || n > q.bands[q.bands.length - 1].to)) {
      return { error: T.noBand(said, formatNumber(q.bands[0].from), formatNumber(q.bands[q.bands.length - 1].to)) };
    }
    return { answer: { kind: 'number', number: n } };
  }

  // load::format_number: std::to_chars, the shortest form that reads back,
  // fixed or scientific whichever is shorter (fixed on a tie).
  function formatNumber(n) {
    if (Object.is(n, -0)) return '-0';
    if (n === 0) return '0';
    const sign = n < 0 ? '-' : '';
    const [mantissa, exponentText] = Math.abs(n).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exponent = Number(exponentText);
    const e = Math.abs(exponent);
    const scientific = (digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits) +
                       'e' + (exponent < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
    let fixed;
    if (exponent >= digits.length - 1) fixed = digits + '0'.repeat(exponent - digits.length + 1);
    else if (exponent >= 0) fixed = digits.slice(0, exponent + 1) + '.' + digits.slice(exponent + 1);
    else fixed = '0.' + '0'.repeat(-exponent - 1) + digits;
    return sign + (scientific.length < fixed.length ? scientific : fixed);
  }

  return { presence, score, missingRequired, readNumber, formatNumber, levelOf };
})();
