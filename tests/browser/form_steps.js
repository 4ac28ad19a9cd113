// What form.test.js does to the page, as a person would (clicks and typing),
// and the terminal session given the same answers.
'use strict';
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function checkAccessibility(page, step) {
  if (!(await page.evaluate(() => typeof axe !== 'undefined'))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(violations, [], `axe-core on the ${step} step`);
}

async function shoot(page, dir, name) {
  await page.screenshot({ path: path.join(dir, name + '-' + page.viewport().width + '.png'), fullPage: true });
}

async function click(page, selector) {
  await page.click(selector);
}

async function fillInput(page, selector, value) {
  await page.$eval(selector, (input) => { input.value = ''; });
  await page.type(selector, String(value));
  await page.keyboard.press('Tab');  // a number is read when the field is left
}

const fillText = (page, id, value) => fillInput(page, '#q-' + id, value);
const fillNumber = fillText;

const visible = (page, id) => page.$eval('#block-' + id, (b) => !b.hidden && b.offsetParent !== null);
const errorText = (page, id) => page.$eval('#q-' + id + '-error', (e) => (e.hidden ? '' : e.textContent));

// `value` as PyYAML's BaseLoader reads it: a string, or a list of strings.
async function answer(page, q, value) {
  if (value === 'na' && q.type !== 'text') {
    if (q.type === 'number') return click(page, `#q-${q.id}-na`);
    if (q.type === 'multi') return click(page, `#block-${q.id} input[data-special="na"]`);
    return click(page, `input[name="q-${q.id}"][value="na"]`);
  }
  switch (q.type) {
    case 'choice':
      if (await page.$(`select#q-${q.id}`)) return page.select(`#q-${q.id}`, value);
      return click(page, `input[name="q-${q.id}"][value="${value}"]`);
    case 'yesno':
      return click(page, `input[name="q-${q.id}"][value="${value === 'true' ? 'yes' : value === 'false' ? 'no' : value}"]`);
    case 'multi':
      if (value.length === 0) return click(page, `#block-${q.id} input[data-special="none"]`);
      for (const id of value) await click(page, `#block-${q.id} input[type=checkbox][value="${id}"]`);
      return undefined;
    default:
      return fillInput(page, '#q-' + q.id, value);
  }
}

async function comment(page, q, text) {
  await click(page, `#block-${q.id} details.comment summary`);
  await page.type(`#q-${q.id}-comment`, text);
}

async function next(page) {
  await click(page, 'nav.steps button.primary');
  const errors = await page.$eval('#errors', (e) => (e.hidden ? '' : e.textContent));
  assert.equal(errors, '', 'the step was refused');
}

async function goToStep(page, step) {
  await page.evaluate((s) => App.go(s), step);
}

// Returns as soon as the files are there; the ceiling only bounds a real
// failure, and is generous because a loaded machine (two cores, a parallel
// build) took more than 10 s once.
async function waitForDownloads(dir, count) {
  for (let tries = 0; tries < 600; ++tries) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.endsWith('.crdownload')) : [];
    if (files.length >= count) return files.map((f) => path.join(dir, f));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('downloads did not arrive in ' + dir);
}

// `autodiag run` typed into, with the same answers (and the objectives
// given as a file to --answers, since the session does not ask for them).
// Returns the response file it wrote.
function terminalSession(run, work, persona, questions, themes, asked) {
  const targets = Object.entries(persona.targets || {}).map(([id, t]) =>
    `  ${id}: {${Object.entries(t).map(([k, v]) => `${k}: ${v}`).join(', ')}}`);
  const seed = path.join(work, 'objectives.yaml');
  fs.writeFileSync(seed, `format: autodiag-response/1\nquestionnaire:\n  id: ${persona.questionnaire.id}\n` +
    `  version: ${persona.questionnaire.version}\nstatus: in_progress\n` + (targets.length ? 'targets:\n' + targets.join('\n') + '\n' : ''));
  const lines = [];
  const profileCount = questions.filter((q) => q.theme < 0).length;
  questions.forEach((q, i) => {
    if (i === profileCount) {
      lines.push(themes.map((id, k) => ((persona.not_addressed || []).includes(id) ? null : k + 1)).filter(Boolean).join(','));
    }
    if (!asked[i]) return;
    const value = (q.theme < 0 ? persona.profile : persona.answers)[q.id];
    const note = (persona.comments || {})[q.id];
    if (note !== undefined) lines.push('c ' + note);
    if (value === undefined) lines.push('s');
    else if (value === 'na' && q.type !== 'text') lines.push('na');
    // A department is typed by its code, as a person does (the field lists no numbers).
    else if (q.type === 'choice') lines.push(q.id === 'department' ? value : String(q.options.indexOf(value) + 1));
    else if (q.type === 'multi') lines.push(value.length ? value.map((v) => q.options.indexOf(v) + 1).sort((a, b) => a - b).join(',') : '0');
    else if (q.type === 'yesno') lines.push(value === 'yes' || value === 'true' ? 'o' : 'n');
    else lines.push(value);
  });
  const r = run(['run', '--answers', seed, '-o', 'terminal.yaml', '--lang', 'fr'], { input: lines.join('\n') + '\n' });
  assert.equal(r.status, 0, 'terminal session: ' + r.stdout.slice(-2000) + r.stderr);
  return fs.readFileSync(path.join(work, 'terminal.yaml'), 'utf8');
}

// Every step again on a phone-sized screen, from the answers kept.
async function mobilePass(newPage, pagePath, dir) {
  const page = await newPage();
  await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true });
  await page.goto('file://' + pagePath);
  await shoot(page, dir, '01-welcome');
  const steps = await page.evaluate(() => App.steps());
  // 200 % zoom of a 1280-pixel window: 640 CSS pixels, twice as dense.
  await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
  await goToStep(page, 'profile');
  await shoot(page, dir, '02-profile-zoom200');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 640, 'reflow at 200 % zoom');
  await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true });
  let n = 2;
  for (const step of steps.slice(1)) {
    await goToStep(page, step);
    await shoot(page, dir, String(n++).padStart(2, '0') + '-' + step);
    const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > 375).map((e) => e.tagName + '.' + e.className).slice(0, 5));
    assert.deepEqual(wide, [], `the ${step} step is wider than 375 px`);
  }
  await page.close();
}

module.exports = { checkAccessibility, shoot, click, fillInput, fillText, fillNumber, visible, errorText, answer, comment,
                   next, goToStep, waitForDownloads, terminalSession, mobilePass };

// The page takes up files again: the persona as written by hand, and the
// page's own JSON download, give the persona's scores; the page's YAML,
// taken up and downloaded again, gives the same bytes; a file for another
// questionnaire is refused with a reason.
async function importPass(newPage, pagePath, files, expected, ownYaml) {
  const page = await newPage();
  const scores = () => page.evaluate(() => {
    App.go('results');
    const s = App.state();
    return Model.score(App.answers(), s.not_addressed || [], s.targets);
  });
  for (const file of files) {
    await page.goto('file://' + pagePath);
    await page.click('details.import summary');
    const input = await page.$('#import-file');
    await input.uploadFile(file);
    await page.waitForFunction(() => App.state().step === 'profile');
    const { completion, overall, counts, themes, missing_required } = expected;
    assert.deepEqual(await scores(), { completion, overall, counts, themes, missing_required }, 'imported ' + file);
  }
  await page.goto('file://' + pagePath);
  await page.evaluate((text) => App.replaceState(Importer.read(text)), fs.readFileSync(ownYaml, 'utf8'));
  await goToStep(page, 'results');
  const again = await page.evaluate(() => ResponseFile.yaml(Results.response(App.state())));
  const stamp = (text) => text.replace(/^updated: .*$/m, 'updated: T');
  assert.equal(stamp(again), stamp(fs.readFileSync(ownYaml, 'utf8')), 'YAML taken up and written again');

  const other = path.join(path.dirname(ownYaml), '..', 'other.yaml');
  fs.writeFileSync(other, 'format: autodiag-response/1\nquestionnaire: {id: another, version: 1.0.0}\nstatus: in_progress\n');
  await page.goto('file://' + pagePath);
  await page.click('details.import summary');
  await (await page.$('#import-file')).uploadFile(other);
  await page.waitForFunction(() => document.getElementById('import-message').textContent !== '');
  assert.match(await page.$eval('#import-message', (m) => m.textContent), /ne peut pas être repris : il concerne un autre questionnaire/);
  await page.close();
}

// A page pre-filled by a facilitator (on the short path) opens with the
// organisation's profile, apart from the answers kept for the plain page.
async function prefillPass(newPage, run, work, persona, personaPath) {
  const pagePath = path.join(work, 'prefilled.html');
  assert.equal(run(['form', '--to', 'html', '--short', '-o', pagePath, '--prefill', personaPath]).status, 0);
  const page = await newPage();
  await page.goto('file://' + pagePath);
  assert.doesNotMatch(await page.$eval('main', (m) => m.textContent), /Reprendre là où/);
  await click(page, 'button.primary');
  assert.equal(await page.$eval('#q-name', (i) => i.value), persona.profile.name);
  // The 101 departments are a drop-down list, shorter lists radio buttons.
  assert.equal(await page.evaluate(() => {
    const list = document.querySelector('select#q-department');
    const radio = document.querySelector('input[name="q-department"]:checked');
    return list ? list.value : radio && radio.value;
  }), persona.profile.department);
  // --short: the first theme asks its core questions only.
  await goToStep(page, 't0');
  const asked = await page.$$eval('.question:not([hidden])', (blocks) => blocks.map((b) => AUTODIAG.questions[Number(b.dataset.index)]));
  assert.ok(asked.length > 0 && asked.every((q) => q.core), 'short path');
  assert.ok(await page.evaluate(() => AUTODIAG.themes[0].questions.some((i) => !AUTODIAG.questions[i].core)), 'the first theme has other questions');
  await page.close();
}

// The English page, used with the keyboard only.
async function englishPass(newPage, run, work, shots) {
  const pagePath = path.join(work, 'form-en.html');
  assert.equal(run(['--lang', 'en', 'form', '--to', 'html', '-o', pagePath]).status, 0);
  const page = await newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto('file://' + pagePath);
  assert.equal(await page.$eval('html', (h) => h.lang), 'en');
  await checkAccessibility(page, 'English welcome');
  let tabs = 0;
  while (await page.evaluate(() => document.activeElement.textContent) !== 'Start') {
    assert.ok(++tabs < 10, 'Start is reached with the Tab key');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.tagName + ' ' + document.activeElement.textContent), 'H1 Your organisation');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q-name');
  await page.keyboard.type('Keyboard club');
  await page.keyboard.press('Tab');  // the help of the legal form
  await page.keyboard.press('Tab');  // its first option
  await page.keyboard.press('ArrowDown');  // radios move and select with the arrows
  assert.equal(await page.$eval('input[name="q-legal_form"]:checked', (r) => r.value), 'scop');
  // Next, with the required number of employees left empty: refused, said.
  await page.evaluate(() => document.querySelector('nav.steps button.primary').focus());
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'errors');
  assert.match(await page.$eval('#errors', (e) => e.textContent), /Number of employees: This question is required/);
  await checkAccessibility(page, 'English profile with an error');
  await shoot(page, shots, '07-english-error');
  // Typed, the field not left, the tab closed: the answer is kept.
  await page.focus('#q-employees');
  await page.keyboard.type('7');
  await page.reload();
  assert.deepEqual(await page.evaluate(() => App.state().profile),
                   [['name', { kind: 'text', text: 'Keyboard club' }], ['legal_form', { kind: 'option', option: 'scop' }],
                    ['employees', { kind: 'number', number: 7 }]]);
  await page.close();
}

module.exports.importPass = importPass;
module.exports.prefillPass = prefillPass;
module.exports.englishPass = englishPass;

// The page's scores equal `autodiag score` on every example response (each
// taken up by the page, then scored by it). Returns the page's scores by file.
async function scoringPass(newPage, pagePath, files, scoreJson) {
  const page = await newPage();
  await page.goto('file://' + pagePath);
  const byFile = {};
  for (const file of files) {
    const { completion, overall, counts, themes, missing_required } = scoreJson(file);
    const scores = await page.evaluate((text) => {
      const s = Importer.read(text);
      App.replaceState(s);
      return Model.score(App.answers(), s.not_addressed || [], s.targets);
    }, fs.readFileSync(file, 'utf8'));
    assert.deepEqual(scores, { completion, overall, counts, themes, missing_required }, 'page scores of ' + file);
    byFile[file] = scores;
  }
  await page.close();
  return byFile;
}

module.exports.scoringPass = scoringPass;
