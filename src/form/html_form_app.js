// The page: its state (kept in localStorage after every change), its steps
// (welcome, profile, themes, one theme at a time, results) and the download.
'use strict';

const App = (() => {
  const D = AUTODIAG;
  const Q = D.questions;
  const { el } = Fields;
  // One page's answers apart from another's on the same computer: pages in
  // another language, on the short path or pre-filled for another
  // organisation keep their own.
  const KEY = ['autodiag', D.questionnaire.id, D.questionnaire.version, D.lang, D.short ? 'short' : 'full',
               hash(JSON.stringify(D.prefill))].join(':');
  const main = document.getElementById('main');
  let S = null;         // the response being filled in
  let storable = true;
  let invalid = {};     // question id → message, for numbers that could not be read

  function hash(text) {
    let h = 5381;
    for (let i = 0; i < text.length; ++i) h = (h * 33 + text.charCodeAt(i)) >>> 0;
    return h.toString(36);
  }

  const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  function fresh() {
    const s = { created: '', profile: [], answers: [], comments: [], not_addressed: null, targets: [], step: 'welcome' };
    for (const p of D.prefill) {
      const i = Q.findIndex((q) => q.id === p.id);
      const a = i >= 0 ? Importer.answerFromRaw(Q[i], p) : null;  // checked by autodiag: null only for a bug
      if (a) s.profile.push([p.id, a]);
    }
    return s;
  }

  function load() {
    try {
      const text = localStorage.getItem(KEY);
      return text ? JSON.parse(text) : null;
    } catch (e) {
      storable = false;
      return null;
    }
  }
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(S)); } catch (e) { storable = false; }
  }

  // model::Response::set_value / erase_value: an entry keeps the place where
  // it was first given.
  function setEntry(entries, id, value) {
    const at = entries.findIndex((e) => e[0] === id);
    if (value === null) { if (at >= 0) entries.splice(at, 1); } else if (at >= 0) entries[at][1] = value; else entries.push([id, value]);
  }

  function answers() {
    return Q.map((q) => {
      const entry = (q.theme < 0 ? S.profile : S.answers).find((e) => e[0] === q.id);
      return entry ? entry[1] : null;
    });
  }
  const notAddressed = () => S.not_addressed || [];
  const presence = () => Model.presence(answers(), notAddressed());
  // session::Path::includes
  const asked = (shown, i) => shown[i] === 'shown' && (!D.short || Q[i].theme < 0 || Q[i].core);

  const isThemeStep = (step) => /^t[0-9]+$/.test(step);

  function steps() {
    const shown = presence();
    const list = D.profile_count > 0 ? ['welcome', 'profile', 'themes'] : ['welcome', 'themes'];
    D.themes.forEach((t, k) => { if (t.questions.some((i) => asked(shown, i))) list.push('t' + k); });
    list.push('results');
    return list;
  }

  function announce(text) {
    const status = document.getElementById('status');
    status.textContent = '';
    setTimeout(() => { status.textContent = text; }, 50);
  }

  const on = {
    // `quiet`: kept while a number is being typed, without showing or
    // hiding questions at each keystroke (that waits for the field's change).
    answer(q, a, quiet) {
      if (a !== null && !quiet) delete invalid[q.id];
      if (!S.created) S.created = now();
      setEntry(q.theme < 0 ? S.profile : S.answers, q.id, a);
      save();
      if (!quiet) refreshVisibility();
    },
    invalid(q, message) {
      if (message) invalid[q.id] = message; else delete invalid[q.id];
      showError(q, message);
      if (message) announce(message);
    },
    comment(id, text) { setEntry(S.comments, id, text === '' ? null : text); save(); },
  };

  function showError(q, message) {
    const slot = document.getElementById(Fields.fieldId(q, 'error'));
    const control = document.getElementById(Fields.fieldId(q));
    if (!slot) return;
    slot.textContent = message || '';
    slot.hidden = !message;
    const targets = control ? [control] : document.querySelectorAll('#block-' + q.id + ' input');
    // The message is part of the control's description, which screen
    // readers say more widely than aria-errormessage.
    for (const c of targets) {
      const described = (c.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== slot.id);
      if (message) described.unshift(slot.id);
      if (described.length) c.setAttribute('aria-describedby', described.join(' ')); else c.removeAttribute('aria-describedby');
      if (message) c.setAttribute('aria-invalid', 'true'); else c.removeAttribute('aria-invalid');
    }
  }

  // Questions of this step that a new answer shows or hides.
  function refreshVisibility() {
    const shown = presence();
    let appeared = 0, hidden = 0;
    for (const block of main.querySelectorAll('.question')) {
      const visible = asked(shown, Number(block.dataset.index));
      if (visible === block.hidden) { if (visible) ++appeared; else ++hidden; }
      block.hidden = !visible;
    }
    if (appeared) announce(T.questionsAppeared(appeared));
    else if (hidden) announce(T.questionsHidden(hidden));
    updateProgress();
  }

  function updateProgress() {
    const bar = document.getElementById('bar');
    if (!bar) return;
    const shown = presence();
    const a = answers();
    const all = Q.map((q, i) => i).filter((i) => asked(shown, i));
    const done = all.filter((i) => a[i]).length;
    bar.max = all.length; bar.value = done;
    document.getElementById('answered').textContent = T.answered(done, all.length);
  }

  function header(title, step) {
    const list = steps();
    const position = list.indexOf(step);
    const themeSteps = list.filter(isThemeStep);
    const parts = [T.stepOf(position + 1, list.length)];
    if (isThemeStep(step)) parts.push(T.themeOf(themeSteps.indexOf(step) + 1, themeSteps.length));
    document.title = title + ' — ' + D.title;
    return [el('h1', { tabindex: '-1', text: title }),
            el('p', { class: 'progress-text' }, parts.join(' · '), ' · ', el('span', { id: 'answered' })),
            el('progress', { id: 'bar', 'aria-labelledby': 'answered' })];
  }

  function nav(step) {
    const list = steps();
    const at = list.indexOf(step);
    const next = list[at + 1];
    return [el('nav', { class: 'steps', 'aria-label': T.stepOf(at + 1, list.length) },
               el('button', { type: 'button', class: 'secondary', onclick: () => go(list[at - 1]) }, T.previous),
               next ? el('button', { type: 'button', class: 'primary', onclick: () => { if (check(step)) go(next); } },
                         next === 'results' ? T.toResults : T.next) : null),
            // To carry on elsewhere: the file as the terminal saves it mid-way.
            next ? el('p', { class: 'later' }, el('button', { type: 'button', class: 'link', id: 'download-now',
                                                             onclick: () => Results.downloadInProgress(S) }, T.downloadNow)) : null];
  }

  // The errors of this step, listed above the questions and focused; the
  // step cannot be left until they are fixed (like the terminal's refusals).
  function check(step) {
    const box = document.getElementById('errors');
    const problems = [];
    if (step === 'themes') {
      if (notAddressed().length === D.themes.length) problems.push(['theme-0', T.themesNone]);
    } else {
      const a = answers();
      for (const block of main.querySelectorAll('.question:not([hidden])')) {
        const q = Q[Number(block.dataset.index)];
        const message = invalid[q.id] || (q.required && !a[Number(block.dataset.index)] ? T.requiredMissing : null);
        showError(q, message);
        const control = document.getElementById(Fields.fieldId(q)) || block.querySelector('input');
        if (message) problems.push([control.id, T.problem(q.text, message)]);
      }
    }
    if (!problems.length) return true;
    box.replaceChildren(el('h2', { text: T.errorsTitle(problems.length) }),
                        el('ul', {}, ...problems.map(([id, text]) => el('li', {}, el('a', { href: '#' + id, text })))));
    box.hidden = false;
    box.focus();
    return false;
  }

  function go(step) {
    S.step = step;
    save();
    render();
    const heading = main.querySelector('h1');
    if (heading) heading.focus();
    window.scrollTo(0, 0);
  }

  function render() {
    invalid = {};
    const step = steps().includes(S.step) ? S.step : steps()[1];
    const errors = el('div', { id: 'errors', class: 'errors', tabindex: '-1', role: 'alert', hidden: true });
    let content;
    if (step === 'welcome') content = Welcome.render(S, storable, startOver);
    else if (step === 'profile') content = questionsStep(T.profile, step, Q.map((q, i) => i).filter((i) => Q[i].theme < 0), null);
    else if (step === 'themes') content = themesStep(step);
    else if (step === 'results') content = Results.render(S, header(T.results, step), nav(step)[0]);
    else {
      const theme = D.themes[Number(step.slice(1))];
      content = questionsStep(theme.title, step, theme.questions, theme.summary);
    }
    main.replaceChildren(errors, ...content);
    // The title is the welcome's heading; elsewhere the banner recalls it.
    document.querySelector('.banner').hidden = step === 'welcome';
    updateProgress();
    refreshVisibility();
  }

  function questionsStep(title, step, indexes, summary) {
    const a = answers();
    const blocks = indexes.map((i) => {
      const comment = S.comments.find((c) => c[0] === Q[i].id);
      return Fields.question(Q[i], i, a[i], comment ? comment[1] : '', on);
    });
    return [...header(title, step), summary ? el('p', { class: 'summary', text: summary }) : null,
            el('form', { novalidate: true, onsubmit: (e) => e.preventDefault() }, ...blocks), ...nav(step)].filter(Boolean);
  }

  function themesStep(step) {
    const list = el('div', { class: 'options' });
    const set = el('fieldset', {}, el('legend', { text: T.themesLegend }), list);
    D.themes.forEach((t, k) => {
      const box = el('input', { type: 'checkbox', id: 'theme-' + k, checked: !notAddressed().includes(t.id), onchange: () => {
        S.not_addressed = D.themes.filter((x, n) => !document.getElementById('theme-' + n).checked).map((x) => x.id);
        save();
      } });
      list.append(el('div', { class: 'option' }, box, el('label', { for: 'theme-' + k, text: t.title })));
    });
    // Reaching this step is choosing: all themes unless some are unticked.
    if (S.not_addressed === null) { S.not_addressed = []; save(); }
    return [...header(T.themes, step), el('p', { text: T.themesHelp }), el('form', { novalidate: true }, set), ...nav(step)].filter(Boolean);
  }

  function start() {
    if (!S.created) S.created = now();
    go(steps()[1]);
  }
  function startOver() {
    if (!window.confirm(T.restartConfirm)) return;
    S = fresh();
    save();
    render();
  }

  function init() {
    document.getElementById('brand').textContent = D.title;
    const kept = load();
    S = kept && Array.isArray(kept.answers) ? kept : fresh();
    // Coming back always goes through the welcome ("reprendre").
    S.step = 'welcome';
    render();
  }

  return {
    init, go, start, answers, presence, asked, steps, isThemeStep, setEntry, save, announce,
    state: () => S,
    replaceState(s) { S = s; save(); },
  };
})();
