// The response file, written byte for byte as load/response_writer.cpp writes
// it (yaml-cpp's emitter). The spelling of every identifier comes from the
// C++ writer itself (AUTODIAG.yaml); texts are double-quoted here with
// yaml-cpp's escapes.
'use strict';

const ResponseFile = (() => {
  const D = AUTODIAG;

  // load::to_raw: how an answer is written.
  function toRaw(a) {
    switch (a.kind) {
      case 'na': return { scalar: 'na' };
      case 'option': return { scalar: a.option };
      case 'options': return { list: true, items: a.options };
      case 'number': return { scalar: Model.formatNumber(a.number) };
      default: return { scalar: a.text, quoted: true };
    }
  }

  const hex = (n, width) => n.toString(16).padStart(width, '0');

  // yaml-cpp's WriteDoubleQuotedString (no escaping of non-ASCII).
  function doubleQuoted(text) {
    let out = '"';
    for (const ch of text) {
      const c = ch.codePointAt(0);
      switch (c) {
        case 0x22: out += '\\"'; break;
        case 0x5c: out += '\\\\'; break;
        case 0x0a: out += '\\n'; break;
        case 0x09: out += '\\t'; break;
        case 0x0d: out += '\\r'; break;
        case 0x08: out += '\\b'; break;
        case 0x0c: out += '\\f'; break;
        default:
          if (c < 0x20 || (c >= 0x80 && c <= 0xa0)) out += '\\x' + hex(c, 2);
          else if (c === 0xfeff) out += '\\u' + hex(c, 4);
          else out += ch;
      }
    }
    return out + '"';
  }

  const hasControl = (text) => /[\u0000-\u001f\u007f]/.test(text);

  // response_writer.cpp's emit_text, for identifiers, numbers and timestamps.
  function plain(text) {
    if (hasControl(text)) return doubleQuoted(text);
    const known = D.yaml.block[text];
    return known === undefined ? text : known;
  }
  function flowItem(text) {
    if (hasControl(text)) return doubleQuoted(text);
    const known = D.yaml.flow[text];
    return known === undefined ? text : known;
  }

  function value(raw) {
    if (raw.list) return '[' + raw.items.map(flowItem).join(', ') + ']';
    return raw.quoted ? doubleQuoted(raw.scalar) : plain(raw.scalar);
  }

  function block(key, entries) {
    if (!entries.length) return '';
    return key + ':\n' + entries.map(([id, a]) => '  ' + plain(id) + ': ' + value(toRaw(a)) + '\n').join('');
  }

  function targetsMap(objectives) {
    const parts = [];
    if (objectives.one_year !== undefined) parts.push('one_year: ' + Model.formatNumber(objectives.one_year));
    if (objectives.three_years !== undefined) parts.push('three_years: ' + Model.formatNumber(objectives.three_years));
    return '{' + parts.join(', ') + '}';
  }

  // r: {status, language, created, updated, profile, answers, not_addressed,
  // comments, targets}; profile/answers/comments/targets are [id, …] pairs in
  // the order they were first given, as model::Response keeps them.
  function yaml(r) {
    let out = 'format: autodiag-response/1\nquestionnaire:\n' +
              '  id: ' + plain(D.questionnaire.id) + '\n  version: ' + plain(D.questionnaire.version) + '\n' +
              'status: ' + r.status + '\n';
    if (r.language) out += 'language: ' + plain(r.language) + '\n';
    if (r.created) out += 'created: ' + plain(r.created) + '\n';
    if (r.updated) out += 'updated: ' + plain(r.updated) + '\n';
    out += block('profile', r.profile) + block('answers', r.answers);
    if (r.not_addressed.length) out += 'not_addressed: [' + r.not_addressed.map(flowItem).join(', ') + ']\n';
    if (r.comments.length) {
      out += 'comments:\n' + r.comments.map(([id, text]) => '  ' + plain(id) + ': ' + doubleQuoted(text) + '\n').join('');
    }
    if (r.targets.length) {
      out += 'targets:\n' + r.targets.map(([id, t]) => '  ' + plain(id) + ': ' + targetsMap(t) + '\n').join('');
    }
    return out;
  }

  // The same response in JSON (autodiag reads both); built by hand so that
  // keys keep their order even when they look like numbers.
  function json(r) {
    const s = JSON.stringify;
    const answerJson = (a) => a.kind === 'na' ? s('na') : a.kind === 'option' ? s(a.option)
      : a.kind === 'options' ? s(a.options) : a.kind === 'number' ? Model.formatNumber(a.number) : s(a.text);
    const map = (entries, show) => '{' + entries.map(([k, v]) => '\n    ' + s(k) + ': ' + show(v)).join(',') +
                                   (entries.length ? '\n  }' : '}');
    const lines = ['"format": "autodiag-response/1"',
      '"questionnaire": {"id": ' + s(D.questionnaire.id) + ', "version": ' + s(D.questionnaire.version) + '}',
      '"status": ' + s(r.status)];
    if (r.language) lines.push('"language": ' + s(r.language));
    if (r.created) lines.push('"created": ' + s(r.created));
    if (r.updated) lines.push('"updated": ' + s(r.updated));
    if (r.profile.length) lines.push('"profile": ' + map(r.profile, answerJson));
    if (r.answers.length) lines.push('"answers": ' + map(r.answers, answerJson));
    if (r.not_addressed.length) lines.push('"not_addressed": ' + s(r.not_addressed));
    if (r.comments.length) lines.push('"comments": ' + map(r.comments, s));
    if (r.targets.length) lines.push('"targets": ' + map(r.targets, s));
    return '{\n  ' + lines.join(',\n  ') + '\n}\n';
  }

  return { yaml, json, doubleQuoted };
})();
