// One question as form controls: options in a fieldset with its legend,
// numbers and texts with a label, help and comment in disclosures. Every
// change goes through `on.answer(index, answer or null)` and
// `on.comment(id, text)`.
'use strict';

const Fields = (() => {
  const D = AUTODIAG;

  // French puts a space before ? ! : ; and inside « »: a no-break one, so
  // that a line never starts with the sign alone.
  function typography(text) {
    if (D.lang !== 'fr') return text;
    return String(text).replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') node.textContent = typography(value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children) if (child) node.append(typeof child === 'string' ? typography(child) : child);
    return node;
  }

  // Ids in the page: questionnaire ids are [a-z0-9_-], safe in an id.
  const fieldId = (q, suffix) => 'q-' + q.id + (suffix ? '-' + suffix : '');

  function titleOf(q) {
    return el('span', { class: 'qtext', text: q.text });
  }
  function requiredMark(q) {
    return q.required ? el('span', { class: 'required', text: ' ' + T.required }) : null;
  }

  // Buttons and disclosures repeated on every question say which one they
  // belong to, for whoever moves from control to control with a screen reader.
  function context(q) {
    return el('span', { class: 'visually-hidden', text: ' (' + q.text + ')' });
  }

  function helpBlock(q) {
    if (!q.help) return null;
    return el('details', { class: 'help' }, el('summary', {}, T.help, context(q)), el('p', { id: fieldId(q, 'help'), text: q.help }));
  }

  function errorSlot(q) {
    return el('p', { class: 'error', id: fieldId(q, 'error'), hidden: true });
  }

  // Radios (or a list box for long lists such as departments), N/A as one
  // more choice.
  function choice(q, current, on, help) {
    const choices = q.type === 'yesno'
      ? [{ id: 'yes', label: T.yes }, { id: 'no', label: T.no }]
      : q.options.map((o) => ({ id: o.id, label: o.label, help: o.help }));
    if (q.na) choices.push({ id: 'na', label: T.na });
    const selected = !current ? '' : current.kind === 'na' ? 'na' : current.option;
    const toAnswer = (id) => id === '' ? null : id === 'na' ? { kind: 'na' } : { kind: 'option', option: id };
    if (choices.length > 12) {
      const select = el('select', { id: fieldId(q), 'aria-describedby': q.help ? fieldId(q, 'help') : null,
                                    'aria-required': q.required ? 'true' : null,
                                    onchange: () => on.answer(q, toAnswer(select.value)) },
                        el('option', { value: '', text: T.choose }));
      for (const c of choices) select.append(el('option', { value: c.id, text: c.label, selected: c.id === selected }));
      return el('div', { class: 'field' }, el('label', { for: fieldId(q), class: 'legend' }, titleOf(q), requiredMark(q)), help, select);
    }
    const set = el('fieldset', { 'aria-describedby': q.help ? fieldId(q, 'help') : null },
                   el('legend', {}, titleOf(q), requiredMark(q)), help);
    const list = el('div', { class: 'options', role: 'radiogroup', 'aria-required': q.required ? 'true' : null });
    choices.forEach((c, n) => {
      const id = fieldId(q, 'o' + n);
      const input = el('input', { type: 'radio', name: fieldId(q), id, value: c.id, checked: c.id === selected,
                                  'aria-describedby': c.help ? id + '-help' : null,
                                  onchange: () => on.answer(q, toAnswer(c.id)) });
      list.append(el('div', { class: 'option' + (c.id === 'na' ? ' na' : '') }, input,
                      el('label', { for: id }, c.label, c.help ? el('span', { class: 'option-help', id: id + '-help', text: c.help }) : null)));
    });
    set.append(list);
    if (!q.required) {
      set.append(el('button', { type: 'button', class: 'link', onclick: () => {
        for (const r of list.querySelectorAll('input')) r.checked = false;
        on.answer(q, null);
      } }, T.clear, context(q)));
    }
    return set;
  }

  // Checkboxes; "none of these" is the empty list, N/A excludes the rest.
  function multi(q, current, on, help) {
    const set = el('fieldset', { 'aria-describedby': q.help ? fieldId(q, 'help') : null },
                   el('legend', {}, titleOf(q), requiredMark(q)), help);
    const list = el('div', { class: 'options' });
    const boxes = [];
    const chosen = current && current.kind === 'options' ? current.options : [];
    const update = (changed) => {
      const special = boxes.filter((b) => b.dataset.special);
      if (changed.checked && changed.dataset.special) boxes.forEach((b) => { if (b !== changed) b.checked = false; });
      if (changed.checked && !changed.dataset.special) special.forEach((b) => { b.checked = false; });
      const na = boxes.find((b) => b.dataset.special === 'na');
      const none = boxes.find((b) => b.dataset.special === 'none');
      const ids = boxes.filter((b) => !b.dataset.special && b.checked).map((b) => b.value);
      if (na && na.checked) on.answer(q, { kind: 'na' });
      else if (none.checked || ids.length) on.answer(q, { kind: 'options', options: ids });
      else on.answer(q, null);
    };
    const add = (value, label, help, checked, special) => {
      const id = fieldId(q, 'o' + boxes.length);
      const box = el('input', { type: 'checkbox', id, value, checked, 'data-special': special,
                                'aria-describedby': help ? id + '-help' : null, onchange: (e) => update(e.target) });
      boxes.push(box);
      list.append(el('div', { class: 'option' + (special ? ' na' : '') }, box,
                      el('label', { for: id }, label, help ? el('span', { class: 'option-help', id: id + '-help', text: help }) : null)));
    };
    q.options.forEach((o) => add(o.id, o.label, o.help, chosen.includes(o.id), null));
    add('', T.none, null, !!current && current.kind === 'options' && chosen.length === 0, 'none');
    if (q.na) add('na', T.na, null, !!current && current.kind === 'na', 'na');
    set.append(list);
    return set;
  }

  // As French writes it (3,2); read back either way.
  const shownNumber = (n) => (D.lang === 'fr' ? Model.formatNumber(n).replace('.', ',') : Model.formatNumber(n));

  function numberField(q, current, on, help) {
    const hintText = [T.range(q.min === null ? null : Model.formatNumber(q.min), q.max === null ? null : Model.formatNumber(q.max), q.unit),
                      q.integer ? T.wholeNumber : ''].filter(Boolean).join(' · ');
    const hint = hintText ? el('p', { class: 'hint', id: fieldId(q, 'hint'), text: hintText }) : null;
    const input = el('input', { type: 'text', inputmode: q.integer ? 'numeric' : 'decimal', id: fieldId(q),
                                autocomplete: 'off', 'aria-required': q.required ? 'true' : null,
                                'aria-describedby': [hint ? fieldId(q, 'hint') : '', q.help ? fieldId(q, 'help') : ''].join(' ').trim() || null,
                                value: current && current.kind === 'number' ? shownNumber(current.number) : '' });
    const read = () => {
      const typed = input.value.trim();
      if (typed === '') return on.answer(q, null);
      const result = Model.readNumber(q, typed, T);
      // What cannot be read is not kept, not even a value typed on the way.
      if (result.error) on.answer(q, null, true);
      on.invalid(q, result.error || null);
      if (result.answer) on.answer(q, result.answer);
    };
    input.addEventListener('change', read);
    // Closing the tab before leaving the field keeps what was typed, if it reads.
    input.addEventListener('input', () => {
      const typed = input.value.trim();
      const result = typed === '' ? { answer: null } : Model.readNumber(q, typed, T);
      if (!result.error) on.answer(q, result.answer, true);
    });
    const parts = [el('label', { for: fieldId(q), class: 'legend' }, titleOf(q), requiredMark(q)), help, hint, input];
    if (q.na) {
      const na = el('input', { type: 'checkbox', id: fieldId(q, 'na'), checked: !!current && current.kind === 'na',
                               onchange: () => { input.disabled = na.checked; on.invalid(q, null); na.checked ? on.answer(q, { kind: 'na' }) : read(); } });
      input.disabled = na.checked;
      parts.push(el('div', { class: 'option na' }, na, el('label', { for: fieldId(q, 'na'), text: T.na })));
    }
    return el('div', { class: 'field' }, ...parts);
  }

  // One line for the profile (a name), several for an answer in words.
  function textField(q, current, on, help) {
    const area = el(q.theme < 0 ? 'input' : 'textarea', { id: fieldId(q), type: q.theme < 0 ? 'text' : null, rows: q.theme < 0 ? null : 3,
                                  'aria-required': q.required ? 'true' : null,
                                  autocomplete: q.organisation ? 'organization' : 'off',
                                  'aria-describedby': q.help ? fieldId(q, 'help') : null });
    area.value = current && current.kind === 'text' ? current.text : '';
    area.addEventListener('input', () => on.answer(q, area.value.trim() === '' ? null : { kind: 'text', text: area.value.trim() }));
    return el('div', { class: 'field' }, el('label', { for: fieldId(q), class: 'legend' }, titleOf(q), requiredMark(q)), help, area);
  }

  function commentBlock(q, text, on) {
    const area = el('textarea', { id: fieldId(q, 'comment'), rows: 2 });
    area.value = text || '';
    area.addEventListener('input', () => on.comment(q.id, area.value.trim()));
    return el('details', { class: 'comment', open: !!text }, el('summary', {}, T.comment, context(q)),
              el('label', { for: fieldId(q, 'comment') }, T.commentShort, context(q)), area);
  }

  function question(q, index, current, comment, on) {
    const help = helpBlock(q);
    const control = q.type === 'multi' ? multi(q, current, on, help)
      : q.type === 'number' ? numberField(q, current, on, help)
      : q.type === 'text' ? textField(q, current, on, help)
      : choice(q, current, on, help);
    return el('div', { class: 'question', id: 'block-' + q.id, 'data-index': index },
              control, errorSlot(q), q.theme >= 0 ? commentBlock(q, comment, on) : null);
  }

  return { el, question, fieldId };
})();
