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

async function waitForDownloads(dir, count) {
  for (let tries = 0; tries < 100; ++tries) {
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
    else if (q.type === 'choice') lines.push(String(q.options.indexOf(value) + 1));
    else if (q.type === 'multi') lines.push(value.length ? value.map((v) => q.options.indexOf(v) + 1).sort((a, b) => a - b).join(',') : '0');
    else if (q.type === 'yesno') lines.push(value === 'yes' || value === 'true' ? 'o' : 'n');
    else lines.push(value);
  });
  const r = run(['run', '--answers', seed, '-o', 'terminal.yaml', '--lang', 'fr'], { input: lines.join('\n') + '\n' });
  assert.equal(r.status, 0, 'terminal session: ' + r.stdout.slice(-2000) + r.stderr);
  return fs.readFileSync(path.join(work, 'terminal.yaml'), 'utf8');
}

// Every step again on a phone-sized screen, from the answers kept.
async function mobilePass(browser, pagePath, dir) {
  const page = await browser.newPage();
  await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true });
  await page.goto('file://' + pagePath);
  await shoot(page, dir, '01-welcome');
  const steps = await page.evaluate(() => App.steps());
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
