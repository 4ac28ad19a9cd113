// The HTML plan in headless Chromium (one launch for every case): axe-core
// finds no accessibility violation, and printed to A4 the body (everything
// before the annexes) stays within the pages an assembly file can take.
//
// node tests/browser/plan.test.js BUILD/autodiag
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launch } = require('./launch');

const ROOT = path.resolve(__dirname, '..', '..');
const BINARY = path.resolve(process.argv[2]);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// The issue asks at most 4 printed pages of body for persona A (3 today).
const BODY_PAGES = { 'persona-a-association-sportive': 4 };
const CASES = [
  ['persona-a-association-sportive', 'fr'], ['persona-b-medico-social', 'fr'], ['persona-c-scic-tiers-lieu', 'fr'],
  ['persona-d-banque-cooperative', 'fr'], ['persona-e-sas-ess-nantes', 'fr'], ['persona-e-sas-ess-nantes', 'en'],
];

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autodiag-browser-'));
  const failures = [];
  const browser = await launch();
  try {
    const page = await browser.newPage();
    for (const [persona, lang] of CASES) {
      const html = path.join(tmp, `${persona}-${lang}.html`);
      execFileSync(BINARY, ['plan', path.join(ROOT, 'examples', `${persona}.yaml`), '--lang', lang, '--format', 'html',
        '-o', html], { env: { ...process.env, LANG: 'C.UTF-8' } });
      await page.goto('file://' + html, { waitUntil: 'load' });
      await page.evaluate(AXE);
      const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
      for (const v of result.violations) {
        failures.push(`${persona} ${lang}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target).join(', ')}`);
      }
      const pdf = path.join(tmp, `${persona}-${lang}.pdf`);
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      const annex = await page.evaluate(() => document.querySelector('h2.annex').textContent.replace(/\s+/g, ' '));
      // The annexes start a page of their own: the body ends on the page before.
      const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f')
        .map((text) => text.replace(/\s+/g, ' '));
      const total = pages.filter((text) => text.trim() !== '').length;
      const body = pages.findIndex((text) => text.includes(annex));
      if (body < 1) failures.push(`${persona} ${lang}: annex « ${annex} » not at the top of a page`);
      console.log(`${persona} ${lang}: ${total} pages, body ${body}, axe ${result.violations.length} violation(s)`);
      const limit = BODY_PAGES[persona];
      if (limit !== undefined && body > limit) failures.push(`${persona} ${lang}: body ${body} pages > ${limit}`);
    }
  } finally {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const f of failures) console.log('FAIL: ' + f);
  process.exit(failures.length > 0 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
