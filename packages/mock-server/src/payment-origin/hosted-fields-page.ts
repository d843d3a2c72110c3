import { escapeHtml } from '../escape-html.js'
import { type HostedFieldsMessages, hostedFieldsMessages } from './hosted-fields-messages.js'
import { schemeAttribute } from './page-scheme.js'

type FieldKey = keyof HostedFieldsMessages['labels']

interface CardField {
  id: string
  name: string
  autocomplete: string
  inputmode?: string
  placeholder?: string
  maxlength: number
}

// Names follow what autofill recognises; `key` is what the script and POST /tokens call the field.
const fields: ReadonlyArray<readonly [key: FieldKey, field: CardField]> = [
  [
    'number',
    {
      id: 'card-number',
      name: 'cardnumber',
      autocomplete: 'cc-number',
      inputmode: 'numeric',
      placeholder: '1234 1234 1234 1234',
      maxlength: 23,
    },
  ],
  [
    'expiry',
    {
      id: 'card-expiry',
      name: 'exp-date',
      autocomplete: 'cc-exp',
      inputmode: 'numeric',
      placeholder: 'MM / YY',
      maxlength: 7,
    },
  ],
  [
    'cvc',
    {
      id: 'card-cvc',
      name: 'cvc',
      autocomplete: 'cc-csc',
      inputmode: 'numeric',
      maxlength: 4,
    },
  ],
  [
    'name',
    {
      id: 'card-name',
      name: 'ccname',
      autocomplete: 'cc-name',
      maxlength: 200,
    },
  ],
]

function fieldHtml(key: FieldKey, field: CardField, label: string): string {
  const optional = [
    field.inputmode ? ` inputmode="${field.inputmode}"` : '',
    field.placeholder ? ` placeholder="${field.placeholder}"` : '',
    // Digits grouped by spaces or a slash would read backwards in a right-to-left page.
    field.inputmode === 'numeric' ? ' dir="ltr"' : '',
  ].join('')
  // The number's brand shows beside its label as it is recognised, and describes the field.
  const brand = key === 'number'
  const labelHtml = `<label for="${field.id}">${escapeHtml(label)}</label>`
  const described = brand ? `${field.id}-error card-brand` : `${field.id}-error`
  return `<div class="field">
      ${brand ? `<div class="label-row">${labelHtml}<span id="card-brand" class="brand"></span></div>` : labelHtml}
      <input id="${field.id}" name="${field.name}" data-field="${key}" type="text" autocomplete="${field.autocomplete}"${optional} maxlength="${field.maxlength}" spellcheck="false" autocorrect="off" aria-invalid="false" aria-describedby="${described}">
      <p id="${field.id}-error" class="error" role="alert" hidden></p>
    </div>`
}

/**
 * The card fields a merchant page frames, in the language of `locale` (English for anything
 * unknown); `parentOrigin` was vetted against the allowed list.
 */
export function hostedFieldsPage(parentOrigin: string, locale?: string, scheme?: string): string {
  const words = hostedFieldsMessages(locale)
  const [number, expiry, cvc, name] = fields.map(([key, field]) =>
    fieldHtml(key, field, words.labels[key]),
  )
  return `<!doctype html>
<html lang="${escapeHtml(words.lang)}" dir="${words.dir}"${schemeAttribute(scheme)}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(words.title)}</title>
  <link rel="stylesheet" href="/payment-pages.css">
  <script src="/hosted-fields.js" defer></script>
</head>
<body>
  <form id="card-form" class="card-form" novalidate data-parent-origin="${escapeHtml(parentOrigin)}" data-messages="${escapeHtml(JSON.stringify(words.script))}">
    ${number}
    <div class="row">
    ${expiry}
    ${cvc}
    </div>
    ${name}
    <p id="form-error" class="error" role="alert" hidden></p>
    <p class="hint">${escapeHtml(words.hint)}</p>
  </form>
</body>
</html>
`
}
