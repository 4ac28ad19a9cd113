// Taking up a response file again (YAML as autodiag writes it, or JSON), and
// the facilitator's prefill: values read as load::interpret reads them.
'use strict';

const Importer = (() => {
  const D = AUTODIAG;
  const Q = D.questions;
  const { el } = Fields;

  // load::interpret, for values already checked by autodiag or read below.
  // raw: {list, scalar, items, quoted}. Returns null when it does not fit.
  function answerFromRaw(q, raw) {
    const scalar = raw.scalar === undefined || raw.scalar === null ? '' : String(raw.scalar);
    if (!raw.list && scalar === 'na' && !(q.type === 'text' && raw.quoted)) return q.na ? { kind: 'na' } : null;
    if (!!raw.list !== (q.type === 'multi')) return null;
    const known = (id) => q.options.some((o) => o.id === id);
    switch (q.type) {
      case 'choice': return known(scalar) ? { kind: 'option', option: scalar } : null;
      case 'multi': return raw.items.every(known) && new Set(raw.items).size === raw.items.length ? { kind: 'options', options: raw.items.slice() } : null;
      case 'yesno': {
        const word = !raw.quoted && scalar === 'true' ? 'yes' : !raw.quoted && scalar === 'false' ? 'no' : scalar;
        return word === 'yes' || word === 'no' ? { kind: 'option', option: word } : null;
      }
      case 'number': { const r = Model.readNumber(q, scalar, T); return r.answer || null; }
      default: return { kind: 'text', text: scalar };
    }
  }

  // YAML: the subset response files use (block maps, flow lists and maps,
  // plain, single- and double-quoted scalars, comments). Values are {scalar,
  // quoted} or {list, items} or {map: [[key, value]]}.
  function unquote(text) {
    if (text.startsWith("'")) return { scalar: text.slice(1, -1).replace(/''/g, "'"), quoted: true };
    if (!text.startsWith('"')) return { scalar: text.replace(/\s+#.*$/, '').trim(), quoted: false };
    const escapes = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/', '0': '\0', ' ': ' ' };
    const body = text.slice(1, text.lastIndexOf('"'));
    const scalar = body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e) =>
      e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (escapes[e] !== undefined ? escapes[e] : e));
    return { scalar, quoted: true };
  }
  function splitFlow(text) {
    const items = [];
    let current = '', quote = null;
    for (const ch of text) {
      if (quote) { if (ch === quote) quote = null; current += ch; } else if (ch === '"' || ch === "'") { quote = ch; current += ch; } else if (ch === ',') { items.push(current.trim()); current = ''; } else current += ch;
    }
    if (current.trim()) items.push(current.trim());
    return items;
  }
  function scalarOrFlow(text) {
    text = text.trim();
    if (text.startsWith('[')) return { list: true, items: splitFlow(text.slice(1, text.lastIndexOf(']'))).map((t) => unquote(t).scalar) };
    if (text.startsWith('{')) {
      return { map: splitFlow(text.slice(1, text.lastIndexOf('}'))).map((pair) => {
        const colon = pair.indexOf(':');
        return [pair.slice(0, colon).trim(), unquote(pair.slice(colon + 1).trim())];
      }) };
    }
    return unquote(text);
  }
  function parseYaml(text) {
    const root = [];
    let open = null;  // [key, entries] of the block map being filled
    let openList = null;
    for (const line of text.split(/\r?\n/)) {
      if (/^\s*(#.*)?$/.test(line) || line === '---') continue;
      const indent = line.length - line.trimStart().length;
      const body = line.trim();
      if (indent > 0 && body.startsWith('- ') && openList) { openList.items.push(unquote(body.slice(2)).scalar); continue; }
      const match = /^("[^"]*"|'[^']*'|[^:]+):(?:\s+(.*))?$/.exec(body);
      if (!match) throw new Error(T.unreadable);
      const key = unquote(match[1]).scalar;
      const rest = match[2] === undefined ? '' : match[2];
      if (indent === 0) {
        open = null; openList = null;
        if (rest === '') {
          const value = { map: [], list: false, items: [] };
          root.push([key, value]); open = value.map; openList = value;
        } else root.push([key, scalarOrFlow(rest)]);
      } else if (open) {
        if (openList && openList.items.length === 0) openList = null;
        open.push([key, scalarOrFlow(rest)]);
      } else throw new Error(T.unreadable);
    }
    // A key followed by "- item" lines is a list, not a map.
    return root.map(([k, v]) => [k, v.map && v.items && v.items.length ? { list: true, items: v.items } : v]);
  }
  function fromJson(text) {
    const data = JSON.parse(text);
    const value = (v) => Array.isArray(v) ? { list: true, items: v.map(String) }
      : v !== null && typeof v === 'object' ? { map: Object.entries(v).map(([k, x]) => [k, value(x)]) }
      : { scalar: v === null ? '' : String(v), quoted: typeof v === 'string' };
    return Object.entries(data).map(([k, v]) => [k, value(v)]);
  }

  // A parsed file as the page's state, or an Error saying why not.
  function toState(entries) {
    const get = (key) => { const e = entries.find((x) => x[0] === key); return e ? e[1] : null; };
    const format = get('format'), questionnaire = get('questionnaire');
    if (!format || format.scalar !== 'autodiag-response/1' || !questionnaire || !questionnaire.map) throw new Error(T.unreadable);
    const qid = questionnaire.map.find((e) => e[0] === 'id');
    const version = questionnaire.map.find((e) => e[0] === 'version');
    if (!qid || qid[1].scalar !== D.questionnaire.id || !version ||
        String(version[1].scalar).split('.')[0] !== D.questionnaire.version.split('.')[0]) throw new Error(T.otherQuestionnaire);
    const S = { created: (get('created') || {}).scalar || '', profile: [], answers: [], comments: [], not_addressed: null, targets: [], step: 'welcome' };
    for (const section of ['profile', 'answers']) {
      for (const [id, raw] of (get(section) || { map: [] }).map || []) {
        const q = Q.find((x) => x.id === id);
        const a = q ? answerFromRaw(q, raw) : null;
        if (!a) throw new Error(T.badAnswer(id));
        (q.theme < 0 ? S.profile : S.answers).push([id, a]);
      }
    }
    for (const [id, raw] of (get('comments') || { map: [] }).map || []) if (raw.scalar) S.comments.push([id, raw.scalar]);
    const notAddressed = get('not_addressed');
    if (notAddressed && notAddressed.list) S.not_addressed = notAddressed.items.filter((id) => D.themes.some((t) => t.id === id));
    else if (S.answers.length) S.not_addressed = [];
    for (const [id, raw] of (get('targets') || { map: [] }).map || []) {
      const target = {};
      for (const [key, v] of raw.map || []) if ((key === 'one_year' || key === 'three_years') && isFinite(Number(v.scalar))) target[key] = Number(v.scalar);
      if (D.themes.some((t) => t.id === id) && Object.keys(target).length) S.targets.push([id, target]);
    }
    return S;
  }

  function read(text) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    return toState(trimmed.startsWith('{') ? fromJson(trimmed) : parseYaml(trimmed));
  }

  function section() {
    const message = el('p', { id: 'import-message', role: 'status' });
    const input = el('input', { type: 'file', id: 'import-file', accept: '.yaml,.yml,.json,application/json,application/yaml,text/yaml',
                                'aria-describedby': 'import-message' });
    input.addEventListener('change', () => {
      const file = input.files[0];
      if (!file) return;
      file.text().then((text) => {
        const S = read(text);
        App.replaceState(S);
        message.textContent = T.imported(S.profile.length + S.answers.length);
        App.go(App.steps()[1]);
        App.announce(T.imported(S.profile.length + S.answers.length));
      }).catch((e) => { message.textContent = T.importFailed(e.message); });
    });
    return el('details', { class: 'import' }, el('summary', { text: T.importTitle }),
              el('label', { for: 'import-file', text: T.importLabel }), input, message);
  }

  return { answerFromRaw, read, section };
})();

App.init();
