// The welcome (duration, "reprendre", import) and the results (scores per
// theme, objectives, download).
'use strict';

const Welcome = (() => {
  const D = AUTODIAG;
  const Q = D.questions;
  const { el } = Fields;
  // The review of the terminal session measured about 15 s per question;
  // reading a page of options and its help takes a little longer.
  const SECONDS_PER_QUESTION = 20;
  const minutes = (n) => Math.max(1, Math.round(n * SECONDS_PER_QUESTION / 60));

  function duration(started) {
    const a = App.answers();
    const shown = App.presence();
    const everyCondition = shown.map((p) => (p === 'hidden' ? 'shown' : p));
    const left = (presence) => Q.filter((q, i) => App.asked(presence, i) && !a[i]).length;
    const fewest = left(shown), most = left(everyCondition);
    return T.duration(minutes(fewest), minutes(most), fewest, most, started);
  }

  function render(S, storable, startOver) {
    const a = App.answers();
    const done = a.filter(Boolean).length;
    const nameIndex = Q.findIndex((q) => q.organisation);
    const name = nameIndex >= 0 && a[nameIndex] && a[nameIndex].kind === 'text' ? a[nameIndex].text : '';
    const started = S.answers.length > 0 || S.comments.length > 0 || S.profile.length > D.prefill.length;
    const actions = started
      ? [el('p', { text: T.resumeText(name, done) }),
         el('button', { type: 'button', class: 'primary', onclick: () => App.go(S.step === 'welcome' ? resumeStep() : S.step) }, T.resume),
         el('button', { type: 'button', class: 'secondary', onclick: startOver }, T.restart)]
      : [el('button', { type: 'button', class: 'primary', onclick: App.start }, T.start)];
    document.title = D.title;
    // Coming back, the way on comes first and the introduction, read the
    // first time, is not read out again.
    return [el('h1', { tabindex: '-1', text: D.title }),
            started ? el('div', { class: 'actions' }, ...actions) : null,
            !started && D.description ? el('p', { class: 'lead', text: D.description }) : null,
            !started && D.intro ? el('p', { text: D.intro }) : null,
            el('p', { class: 'duration', text: duration(started) }),
            D.short ? el('p', { text: T.shortPath }) : null,
            el('p', { class: 'note', text: storable ? T.kept : T.notKept }),
            started ? null : el('div', { class: 'actions' }, ...actions),
            Importer.section()].filter(Boolean);
  }

  // The first step with a question asked but not answered, else the results.
  function resumeStep() {
    const a = App.answers();
    const shown = App.presence();
    for (const step of App.steps()) {
      if (step === 'profile' && Q.some((q, i) => q.theme < 0 && App.asked(shown, i) && !a[i])) return step;
      if (step === 'themes' && App.state().not_addressed === null) return step;
      if (App.isThemeStep(step) &&
          D.themes[Number(step.slice(1))].questions.some((i) => App.asked(shown, i) && !a[i])) return step;
    }
    return 'results';
  }

  return { render };
})();

const Results = (() => {
  const D = AUTODIAG;
  const Q = D.questions;
  const { el } = Fields;

  // session::Session::run's end: answers that the profile or the theme
  // choice left out are dropped; complete when nothing required is missing.
  function finish(S) {
    const shown = App.presence();
    Q.forEach((q, i) => { if (shown[i] !== 'shown') App.setEntry(q.theme < 0 ? S.profile : S.answers, q.id, null); });
    const missing = Model.missingRequired(App.answers(), App.presence());
    S.status = missing.length ? 'in_progress' : 'complete';
    App.save();
    return missing;
  }

  function levelLabel(id) {
    const level = D.levels.find((l) => l.id === id);
    return level ? level.label : '';
  }

  function scoreTable(result) {
    const row = (title, t) => el('tr', {}, el('th', { scope: 'row', text: title }),
      el('td', { class: 'number', text: !t.addressed ? '—' : t.scored ? String(Math.round(t.score)) : '—' }),
      el('td', {}, !t.addressed ? T.notAddressed : t.scored ? levelLabel(t.level) : T.notScored,
         t.scored ? el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { style: 'width:' + Math.round(t.score) + '%' })) : null));
    return el('table', { class: 'scores' },
      el('caption', { text: T.scoresCaption }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: T.theme }), el('th', { scope: 'col', text: T.scoreCol }),
                                 el('th', { scope: 'col', text: T.levelCol }))),
      el('tbody', {}, ...result.themes.map((t, k) => row(D.themes[k].short_title, t))),
      el('tfoot', {}, row(T.overall, { addressed: true, scored: result.overall.scored, score: result.overall.score, level: result.overall.level })));
  }

  function objectives(S) {
    const set = el('fieldset', { class: 'objectives' }, el('legend', { text: T.objectives }), el('p', { class: 'hint', text: T.objectivesHelp }));
    const change = (theme, key, input) => {
      const typed = input.value.trim();
      const read = typed === '' ? { answer: null } : Model.readNumber({ integer: false, min: 0, max: 100, theme: -1, bands: [] }, typed, T);
      const slot = document.getElementById(input.id + '-error');
      slot.textContent = read.error || ''; slot.hidden = !read.error;
      if (read.error) { input.setAttribute('aria-invalid', 'true'); return; }
      input.removeAttribute('aria-invalid');
      const entry = S.targets.find((t) => t[0] === theme.id);
      const value = Object.assign({}, entry ? entry[1] : {});
      if (read.answer) value[key] = read.answer.number; else delete value[key];
      App.setEntry(S.targets, theme.id, Object.keys(value).length ? value : null);
      // Written in the questionnaire's order of themes, whatever the order typed.
      S.targets.sort((x, y) => D.themes.findIndex((t) => t.id === x[0]) - D.themes.findIndex((t) => t.id === y[0]));
      App.save();
    };
    D.themes.forEach((theme) => {
      if ((S.not_addressed || []).includes(theme.id)) return;
      const entry = S.targets.find((t) => t[0] === theme.id);
      const group = el('fieldset', { class: 'objective' }, el('legend', { text: theme.short_title }));
      for (const [key, label] of [['one_year', T.oneYear], ['three_years', T.threeYears]]) {
        const id = 'target-' + theme.id + '-' + key;
        const input = el('input', { type: 'text', inputmode: 'numeric', id, autocomplete: 'off', 'aria-describedby': id + '-error',
                                    value: entry && entry[1][key] !== undefined ? Model.formatNumber(entry[1][key]) : '' });
        input.addEventListener('change', () => change(theme, key, input));
        group.append(el('div', { class: 'field' }, el('label', { for: id, text: label }), input,
                        el('p', { class: 'error', id: id + '-error', hidden: true })));
      }
      set.append(group);
    });
    return set;
  }

  function fileName(S, extension) {
    const nameIndex = Q.findIndex((q) => q.organisation);
    const entry = nameIndex >= 0 ? S.profile.find((e) => e[0] === Q[nameIndex].id) : null;
    const name = entry && entry[1].kind === 'text' ? entry[1].text : '';
    const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
    const d = new Date();  // the respondent's own date, not UTC's
    const day = [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
    return 'autodiag-' + (slug || T.fileName) + '-' + day + '.' + extension;
  }

  function response(S) {
    return { status: S.status, language: D.lang, created: S.created, updated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
             profile: S.profile, answers: S.answers, not_addressed: S.not_addressed || [], comments: S.comments, targets: S.targets };
  }

  function download(S, extension) {
    const r = response(S);
    const text = extension === 'json' ? ResponseFile.json(r) : ResponseFile.yaml(r);
    const name = fileName(S, extension);
    const url = URL.createObjectURL(new Blob([text], { type: extension === 'json' ? 'application/json' : 'application/yaml' }));
    const link = el('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    App.announce(T.downloaded(name));
  }

  function render(S, header, nav) {
    const missing = finish(S);
    const result = Model.score(App.answers(), S.not_addressed || [], S.targets);
    const missingList = missing.length
      ? el('div', { class: 'missing' }, el('h2', { text: T.missingTitle }),
           el('ul', {}, ...missing.map((i) => el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => App.go(stepOf(i)) }, Q[i].text)))))
      : el('p', { text: T.complete });
    return [...header, scoreTable(result), missingList, objectives(S),
            el('section', { class: 'download', 'aria-labelledby': 'download-title' },
               el('h2', { id: 'download-title', text: T.download }),
               el('p', { text: T.downloadHelp }),
               el('div', { class: 'actions' },
                  el('button', { type: 'button', class: 'primary', id: 'download-yaml', onclick: () => download(S, 'yaml') }, T.downloadYaml),
                  el('button', { type: 'button', class: 'secondary', id: 'download-json', onclick: () => download(S, 'json') }, T.downloadJson))),
            nav];
  }

  const stepOf = (i) => (Q[i].theme < 0 ? 'profile' : 't' + Q[i].theme);

  // session::Session::save: a response missing a required answer is in
  // progress again, whatever it was; nothing is dropped before the end.
  function downloadInProgress(S) {
    if (!S.status || Model.missingRequired(App.answers(), App.presence()).length) S.status = 'in_progress';
    App.save();
    download(S, 'yaml');
  }

  return { render, response, downloadInProgress };
})();
