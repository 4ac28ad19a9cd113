// The consensus worksheet as a web page (`consolidate --worksheet x.html`),
// for the five people of persona B, in headless Chromium (one launch): axe-core
// finds no accessibility violation, the page asks for nothing on the network,
// every answer to tick in the Markdown worksheet is a box on the page, no
// respondent text became markup, and printed to A4 it stays a document a
// facilitator can hand out. A screenshot of the first screen and the PDF's
// page count are kept for a person to look at.
//
// node tests/browser/worksheet.test.js BUILD/autodiag [SCREENSHOT_DIR]
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launch } = require('./launch');

const ROOT = path.resolve(__dirname, '..', '..');
const BINARY = path.resolve(process.argv[2]);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PEOPLE = ['direction', 'conseil', 'salarie-1', 'salarie-2', 'salarie-3']
  .map((who) => path.join(ROOT, 'examples', 'consensus-persona-b', `${who}.yaml`));
// The persona's worksheet runs to about 12 A4 pages in French; far more would
// mean the print stylesheet no longer applies.
const MAX_PAGES = 16;

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autodiag-worksheet-'));
  const shots = process.argv[3] || tmp;
  fs.mkdirSync(shots, { recursive: true });
  const failures = [];
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1300 });
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file://')) requests.push(r.url()); });
    for (const lang of ['fr', 'en']) {
      const consolidate = (worksheet) => execFileSync(BINARY, ['--lang', lang, 'consolidate', ...PEOPLE,
        '-o', path.join(tmp, `consolide-${lang}.yaml`), '--worksheet', worksheet], { env: { ...process.env, LANG: 'C.UTF-8' } });
      const md = path.join(tmp, `worksheet-${lang}.md`);
      const html = path.join(tmp, `worksheet-${lang}.html`);
      consolidate(md);
      consolidate(html);
      const markdown = fs.readFileSync(md, 'utf8');
      await page.goto('file://' + html, { waitUntil: 'load' });
      await page.evaluate(AXE);
      const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
      for (const v of result.violations) {
        failures.push(`${lang}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target).join(', ')}`);
      }
      const seen = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        boxes: document.querySelectorAll('li.task-list-item > span.tick-box').length,
        // A drawn box, not an empty glyph: it has a size and a border.
        drawn: [...document.querySelectorAll('span.tick-box')].every((b) => {
          const r = b.getBoundingClientRect();
          return r.width > 8 && r.height > 8 && getComputedStyle(b).borderTopStyle === 'solid';
        }),
        h4: [...document.querySelectorAll('h4')].map((h) => h.textContent),
        // Respondent texts stay text: the only elements are md4c's own.
        foreign: [...document.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase())
          .filter((t) => !['main', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'table',
            'thead', 'tbody', 'tr', 'th', 'td', 'span'].includes(t)),
      }));
      const expectedBoxes = (markdown.match(/^- \[ \] /gm) || []).length;
      const expectedH4 = (markdown.match(/^#### /gm) || []).length;
      const expectedTitle = markdown.split('\n')[0].replace(/^# /, '');
      if (seen.lang !== lang) failures.push(`${lang}: <html lang="${seen.lang}">`);
      if (seen.title !== expectedTitle) failures.push(`${lang}: title « ${seen.title} » ≠ « ${expectedTitle} »`);
      if (seen.boxes !== expectedBoxes || seen.boxes === 0) failures.push(`${lang}: ${seen.boxes} boxes, ${expectedBoxes} in the Markdown`);
      if (!seen.drawn) failures.push(`${lang}: a box is not drawn`);
      if (seen.h4.length !== expectedH4) failures.push(`${lang}: ${seen.h4.length} questions, ${expectedH4} in the Markdown`);
      if (seen.foreign.length) failures.push(`${lang}: unexpected elements ${seen.foreign.join(', ')}`);
      await page.screenshot({ path: path.join(shots, `worksheet-${lang}.png`) });
      const pdf = path.join(tmp, `worksheet-${lang}.pdf`);
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1];
      if (Number(pages) > MAX_PAGES) failures.push(`${lang}: ${pages} printed pages > ${MAX_PAGES}`);
      if (lang === 'fr') execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, path.join(shots, 'worksheet-fr-page')]);
      console.log(`${lang}: ${seen.boxes} boxes, ${seen.h4.length} questions to debate, ${pages} A4 pages, axe ${result.violations.length} violation(s)`);
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
