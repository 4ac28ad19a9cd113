// The two pages a facilitator shares (`batch`: summary.html and
// improvement.html), for a cohort of 21 personas (6 A, 6 B, 5 C, 4 E), in
// headless Chromium (one launch), French and English: axe-core finds no
// accessibility violation, the pages ask for nothing on the network, every
// table and heading of the Markdown is on the page, the summary's two charts
// are inline SVG with a title, and no persona's name appears. A screenshot
// of each first screen is kept for a person to look at.
//
// node tests/browser/cohort.test.js BUILD/autodiag [SCREENSHOT_DIR]
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launch } = require('./launch');

const ROOT = path.resolve(__dirname, '..', '..');
const BINARY = path.resolve(process.argv[2]);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const COHORT = { a: ['persona-a-association-sportive.yaml', 6], b: ['persona-b-medico-social.yaml', 6],
  c: ['persona-c-scic-tiers-lieu.yaml', 5], e: ['persona-e-sas-ess-nantes.yaml', 4] };

function organisationNames() {
  return Object.values(COHORT).map(([file]) => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8');
    return text.match(/^ {2}name: "?([^"\n]+)"?$/m)[1];
  });
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autodiag-cohort-'));
  const shots = process.argv[3] || tmp;
  fs.mkdirSync(shots, { recursive: true });
  const input = path.join(tmp, 'in');
  fs.mkdirSync(input);
  for (const [letter, [file, count]] of Object.entries(COHORT)) {
    for (let i = 1; i <= count; ++i) fs.copyFileSync(path.join(ROOT, 'examples', file), path.join(input, `${letter}${i}.yaml`));
  }
  const names = organisationNames();
  const failures = [];
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1300 });
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file://')) requests.push(r.url()); });
    for (const lang of ['fr', 'en']) {
      const out = path.join(tmp, `out-${lang}`);
      execFileSync(BINARY, ['--lang', lang, 'batch', input, '-o', out], { env: { ...process.env, LANG: 'C.UTF-8' } });
      for (const name of ['summary', 'improvement']) {
        const markdown = fs.readFileSync(path.join(out, `${name}.md`), 'utf8');
        await page.goto('file://' + path.join(out, `${name}.html`), { waitUntil: 'load' });
        await page.evaluate(AXE);
        const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
        for (const v of result.violations) {
          failures.push(`${lang} ${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target).join(', ')}`);
        }
        const seen = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          title: document.title,
          tables: document.querySelectorAll('table').length,
          h2: document.querySelectorAll('h2').length,
          svgs: [...document.querySelectorAll('svg')].map((s) => (s.querySelector('title') || {}).textContent || ''),
          images: document.querySelectorAll('img').length,
          text: document.body.innerText,
        }));
        const expectedTables = (markdown.match(/^\|[-:]+\|/gm) || []).length;
        const expectedH2 = (markdown.match(/^## /gm) || []).length;
        const expectedTitle = markdown.split('\n')[0].replace(/^# /, '');
        const where = `${lang} ${name}`;
        if (seen.lang !== lang) failures.push(`${where}: <html lang="${seen.lang}">`);
        if (seen.title !== expectedTitle) failures.push(`${where}: title « ${seen.title} » ≠ « ${expectedTitle} »`);
        if (seen.tables !== expectedTables || seen.tables === 0) failures.push(`${where}: ${seen.tables} tables, ${expectedTables} in the Markdown`);
        if (seen.h2 !== expectedH2) failures.push(`${where}: ${seen.h2} sections, ${expectedH2} in the Markdown`);
        if (seen.images !== 0) failures.push(`${where}: ${seen.images} <img> left`);
        const charts = name === 'summary' ? 2 : 0;
        if (seen.svgs.length !== charts || seen.svgs.some((t) => t === '')) failures.push(`${where}: charts ${JSON.stringify(seen.svgs)}`);
        for (const n of names) if (seen.text.includes(n)) failures.push(`${where}: names ${n}`);
        await page.screenshot({ path: path.join(shots, `cohort-${name}-${lang}.png`) });
        console.log(`${where}: ${seen.tables} tables, ${seen.h2} sections, ${seen.svgs.length} charts, axe ${result.violations.length} violation(s)`);
      }
    }
    if (requests.length) failures.push(`network requests: ${requests.join(', ')}`);
  } finally {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const f of failures) console.log('FAIL: ' + f);
  process.exit(failures.length > 0 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
