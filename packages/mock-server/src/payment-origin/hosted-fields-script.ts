import { hostedFieldsMessages } from './hosted-fields-messages.js'
import { pageBackdropScript } from './page-backdrop.js'

// The English words, written into the script: a page without (valid) `data-messages` still speaks.
const english = JSON.stringify(hostedFieldsMessages('en').script)

/**
 * The hosted fields' script, served as `/hosted-fields.js`. It talks to exactly one parent
 * origin (vetted by the server and named in the URL), sends the card only to this origin's
 * `POST /tokens`, and gives the parent nothing but the token, brand and last four digits. It
 * speaks the page's language from the form's `data-messages` (no inline script under the CSP).
 */
export const hostedFieldsScript = `'use strict';
(() => {
  const form = document.getElementById('card-form');
  const parentOrigin = form && form.dataset.parentOrigin;
  const requested = new URLSearchParams(location.search).get('origin');
  // Both must agree: the server's allowed list (data attribute) and the URL the parent chose.
  if (!form || !parentOrigin || parentOrigin !== requested || window.parent === window) return;

${pageBackdropScript}
  const english = ${english};
  const messages = { ...english };
  try {
    const given = JSON.parse(form.dataset.messages || '{}');
    for (const key of Object.keys(english)) {
      if (given && typeof given[key] === 'string') messages[key] = given[key];
    }
  } catch {}
  const say = (key, digits) => messages[key].replace('{{digits}}', String(digits));
  // POST /tokens answers in English: a sentence known here is said again in the page's language.
  const translate = (message) => {
    for (const key of Object.keys(english)) {
      for (const digits of [3, 4]) {
        if (english[key].replace('{{digits}}', String(digits)) === message) return say(key, digits);
      }
    }
    return message;
  };

  const inputs = {};
  for (const input of form.querySelectorAll('input[data-field]')) inputs[input.dataset.field] = input;
  const post = (message) => window.parent.postMessage(message, parentOrigin);
  const digits = (text) => text.replace(/\\D/g, '');
  const brandOf = (number) =>
    /^3[47]/.test(number) ? 'amex'
      : /^4/.test(number) ? 'visa'
      : /^(5[1-5]|2[2-7])/.test(number) ? 'mastercard'
      : undefined;
  const luhn = (number) => {
    let sum = 0;
    for (let i = 0; i < number.length; i++) {
      let digit = Number(number[number.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    return sum % 10 === 0;
  };

  const checks = {
    number: (value) => {
      const number = digits(value);
      if (!number) return say('numberMissing');
      if (number.length < 12 || !luhn(number)) return say('numberInvalid');
      if (!brandOf(number)) return say('brandUnsupported');
      return '';
    },
    expiry: (value) => {
      const match = /^(\\d{1,2})\\s*\\/?\\s*(\\d{2}|\\d{4})$/.exec(value.trim());
      if (!match || Number(match[1]) < 1 || Number(match[1]) > 12) {
        return say('expiryInvalid');
      }
      const year = Number(match[2]) + (match[2].length === 2 ? 2000 : 0);
      if (Date.now() >= Date.UTC(year, Number(match[1]), 1)) return say('expired');
      return '';
    },
    cvc: (value) => {
      const length = brandOf(digits(inputs.number.value)) === 'amex' ? 4 : 3;
      return new RegExp('^\\\\d{' + length + '}$').test(value.trim())
        ? ''
        : say('cvcInvalid', length);
    },
    name: () => '',
  };

  const show = (field, message) => {
    const input = inputs[field];
    const error = document.getElementById(input ? input.id + '-error' : 'form-error');
    if (input) input.setAttribute('aria-invalid', message ? 'true' : 'false');
    error.textContent = message;
    error.hidden = !message;
  };
  const check = (field) => {
    const message = checks[field](inputs[field].value);
    show(field, message);
    return message;
  };

  const format = {
    number: (value) => {
      const number = digits(value).slice(0, 19);
      const groups = brandOf(number) === 'amex' ? [4, 6, 5] : [4, 4, 4, 4, 3];
      const parts = [];
      let at = 0;
      for (const size of groups) {
        if (at >= number.length) break;
        parts.push(number.slice(at, at + size));
        at += size;
      }
      return parts.join(' ');
    },
    expiry: (value) => {
      const text = digits(value).slice(0, 4);
      return text.length > 2 ? text.slice(0, 2) + ' / ' + text.slice(2) : text;
    },
    cvc: (value) => digits(value).slice(0, 4),
  };

  // The brand as soon as the digits tell it; names of brands are the same in every language.
  const brandNames = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express' };
  const brandLabel = document.getElementById('card-brand');
  // The shop hears whether the fields hold a whole card (to drop its "check your card" nudge),
  // never what is in them.
  let complete = false;
  const changed = () => {
    if (brandLabel) brandLabel.textContent = brandNames[brandOf(digits(inputs.number.value))] || '';
    const now = Object.keys(checks).every((field) => !checks[field](inputs[field].value));
    if (now !== complete) post({ type: 'weship:change', complete: now });
    complete = now;
  };

  for (const [field, input] of Object.entries(inputs)) {
    input.addEventListener('input', (event) => {
      // Deleting keeps what the shopper typed; only typing reformats.
      if (format[field] && !String(event.inputType).startsWith('delete')) {
        input.value = format[field](input.value);
      }
      if (input.getAttribute('aria-invalid') === 'true' && !checks[field](input.value)) show(field, '');
      changed();
    });
    input.addEventListener('blur', () => {
      if (input.value) check(field);
    });
  }
  form.addEventListener('submit', (event) => event.preventDefault());

  const fail = (fields) => {
    for (const { field, message } of fields) show(inputs[field] ? field : 'form', message);
    const first = fields.find(({ field }) => inputs[field]);
    if (first) inputs[first.field].focus();
    post({ type: 'weship:token-error', fields: fields.map(({ field, message }) => ({ field, message })) });
  };

  const tokenize = async () => {
    show('form', '');
    const invalid = Object.keys(checks)
      .map((field) => ({ field, message: check(field) }))
      .filter(({ message }) => message);
    if (invalid.length > 0) return fail(invalid);
    try {
      const response = await fetch('/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          number: digits(inputs.number.value),
          expiry: inputs.expiry.value,
          cvc: inputs.cvc.value.trim(),
          name: inputs.name.value.trim(),
          origin: parentOrigin,
        }),
      });
      const body = await response.json();
      if (response.ok) {
        post({ type: 'weship:token', token: body.token, brand: body.brand, last4: body.last4 });
        return;
      }
      const fields = Array.isArray(body.errors) && body.errors.length > 0
        ? body.errors.map(({ field, message }) => ({ field, message: translate(String(message)) }))
        : [{ field: 'form', message: body.detail ? translate(body.detail) : say('notChecked') }];
      fail(fields);
    } catch {
      fail([{ field: 'form', message: say('unreachable') }]);
    }
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== parentOrigin || event.source !== window.parent) return;
    const data = event.data || {};
    if (data.type === 'weship:tokenize') tokenize();
    // The name from the shop's address form, unless the shopper typed one here already.
    if (data.type === 'weship:prefill' && typeof data.name === 'string' && !inputs.name.value) {
      inputs.name.value = data.name.slice(0, 200);
    }
  });

  let lastHeight = 0;
  const reportHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) post({ type: 'weship:resize', height });
    lastHeight = height;
  };
  new ResizeObserver(reportHeight).observe(document.documentElement);
  reportHeight();
  post({ type: 'weship:ready' });
})();
`
