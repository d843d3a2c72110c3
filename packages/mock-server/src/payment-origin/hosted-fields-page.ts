import { escapeHtml } from '../escape-html.js'

interface CardField {
  id: string
  name: string
  label: string
  autocomplete: string
  inputmode?: string
  placeholder?: string
  maxlength: number
}

// Names follow what autofill recognises; `key` is what the script and POST /tokens call the field.
const fields: ReadonlyArray<readonly [key: string, field: CardField]> = [
  [
    'number',
    {
      id: 'card-number',
      name: 'cardnumber',
      label: 'Card number',
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
      label: 'Expiry date (MM / YY)',
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
      label: 'Security code (CVC)',
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
      label: 'Name on card',
      autocomplete: 'cc-name',
      maxlength: 200,
    },
  ],
]

function fieldHtml(key: string, field: CardField): string {
  const optional = [
    field.inputmode ? ` inputmode="${field.inputmode}"` : '',
    field.placeholder ? ` placeholder="${field.placeholder}"` : '',
  ].join('')
  return `<div class="field">
      <label for="${field.id}">${field.label}</label>
      <input id="${field.id}" name="${field.name}" data-field="${key}" type="text" autocomplete="${field.autocomplete}"${optional} maxlength="${field.maxlength}" spellcheck="false" autocorrect="off" aria-invalid="false" aria-describedby="${field.id}-error">
      <p id="${field.id}-error" class="error" role="alert" hidden></p>
    </div>`
}

/** The card fields a merchant page frames; `parentOrigin` was vetted against the allowed list. */
export function hostedFieldsPage(parentOrigin: string): string {
  const [number, expiry, cvc, name] = fields.map(([key, field]) => fieldHtml(key, field))
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Card details</title>
  <link rel="stylesheet" href="/payment-pages.css">
  <script src="/hosted-fields.js" defer></script>
</head>
<body>
  <form id="card-form" class="card-form" novalidate data-parent-origin="${escapeHtml(parentOrigin)}">
    ${number}
    <div class="row">
    ${expiry}
    ${cvc}
    </div>
    ${name}
    <p id="form-error" class="error" role="alert" hidden></p>
    <p class="hint">Test mode: use 4242 4242 4242 4242, any future date and any 3-digit CVC.</p>
  </form>
</body>
</html>
`
}
