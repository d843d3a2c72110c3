import type { Appearance } from '@stripe/stripe-js'
import { brandOf, passesLuhn } from '../api/test-cards.js'

// The stand-in Payment Element, inside its iframe on the stand-in's origin: card number, expiry
// and CVC, the brand as it is typed, and field errors shown here, in the frame, as Stripe does.

const parent = new URLSearchParams(location.search).get('parent') ?? ''
const prefix = 'stripe-stand-in:'
const form = document.querySelector('form') as HTMLFormElement
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement
const brand = document.querySelector('[data-brand]') as HTMLElement

const words = {
  en: {
    number: 'Card number',
    expiry: 'Expiration date',
    cvc: 'Security code',
    incomplete: 'Your card number is incomplete.',
    invalid: 'Your card number is invalid.',
    expiryIncomplete: "Your card's expiration date is incomplete.",
    expired: "Your card's expiration year is in the past.",
    cvcIncomplete: "Your card's security code is incomplete.",
  },
  de: {
    number: 'Kartennummer',
    expiry: 'Ablaufdatum',
    cvc: 'Sicherheitscode',
    incomplete: 'Ihre Kartennummer ist unvollständig.',
    invalid: 'Ihre Kartennummer ist ungültig.',
    expiryIncomplete: 'Das Ablaufdatum Ihrer Karte ist unvollständig.',
    expired: 'Das Ablaufjahr Ihrer Karte liegt in der Vergangenheit.',
    cvcIncomplete: 'Der Sicherheitscode Ihrer Karte ist unvollständig.',
  },
}
let language: keyof typeof words = 'en'

const post = (type: string, data: Record<string, unknown> = {}) =>
  window.parent.postMessage({ type: prefix + type, ...data }, parent)

function applyOptions(options: { appearance?: Appearance; locale?: string }) {
  language = options.locale?.startsWith('de') ? 'de' : 'en'
  document.documentElement.lang = language
  for (const name of ['number', 'expiry', 'cvc'] as const) {
    const label = document.querySelector(`label[for="${name}"]`)
    if (label) label.textContent = words[language][name]
  }
  const { theme, variables = {}, rules = {} } = options.appearance ?? {}
  const root = document.documentElement.style
  document.documentElement.dataset.theme = theme ?? 'stripe'
  const set = (property: string, value: string | undefined) =>
    value ? root.setProperty(property, value) : root.removeProperty(property)
  set('--primary', variables.colorPrimary)
  set('--background', variables.colorBackground)
  set('--text', variables.colorText)
  set('--danger', variables.colorDanger)
  set('--font', variables.fontFamily)
  set('--font-size', variables.fontSizeBase)
  set('--radius', variables.borderRadius)
  set('--input-border', rules['.Input']?.borderColor)
}

const digits = () => field('number').value.replace(/\D/g, '')

function showBrand() {
  const detected = brandOf(digits())
  brand.textContent = detected === 'unknown' ? '' : detected
  post('change', { brand: detected, empty: digits() === '' })
}

/** The field errors, shown beside each field; true when the card may be tokenized. */
function validate(): boolean {
  const errors: Record<string, string | null> = { number: null, expiry: null, cvc: null }
  const text = words[language]
  const number = digits()
  if (number.length < 13) errors.number = text.incomplete
  else if (!passesLuhn(number)) errors.number = text.invalid
  const [month = '', year = ''] = field('expiry')
    .value.split('/')
    .map((part) => part.trim())
  const expiry = new Date(2000 + Number(year), Number(month))
  if (!/^\d{1,2}$/.test(month) || !/^\d{2}$/.test(year)) errors.expiry = text.expiryIncomplete
  else if (expiry.getTime() <= Date.now()) errors.expiry = text.expired
  const cvcLength = brandOf(number) === 'amex' ? 4 : 3
  if (field('cvc').value.replace(/\D/g, '').length !== cvcLength) errors.cvc = text.cvcIncomplete
  for (const [name, message] of Object.entries(errors)) {
    const input = field(name)
    const error = document.getElementById(`${name}-error`) as HTMLElement
    error.textContent = message ?? ''
    input.setAttribute('aria-invalid', String(message !== null))
  }
  post('resize', { height: document.body.scrollHeight })
  return Object.values(errors).every((message) => message === null)
}

async function createToken(data: Record<string, unknown>) {
  const [month = '', year = ''] = field('expiry')
    .value.split('/')
    .map((part) => part.trim())
  const body = new URLSearchParams({
    'payment_method_data[card][number]': digits(),
    'payment_method_data[card][exp_month]': month,
    'payment_method_data[card][exp_year]': String(2000 + Number(year)),
    'payment_method_data[card][cvc]': field('cvc').value,
  })
  const billing = (data.billingDetails ?? {}) as Record<string, unknown>
  for (const [key, value] of Object.entries(billing)) {
    if (typeof value === 'string') body.set(`payment_method_data[billing_details][${key}]`, value)
    if (value && typeof value === 'object') {
      for (const [part, text] of Object.entries(value)) {
        body.set(`payment_method_data[billing_details][${key}][${part}]`, String(text))
      }
    }
  }
  const response = await fetch('/v1/confirmation_tokens', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${String(data.publishableKey)}`,
      'content-type': 'application/x-www-form-urlencoded',
      ...(typeof data.account === 'string' ? { 'stripe-account': data.account } : {}),
    },
    body,
  })
  const json = (await response.json()) as { error?: unknown }
  return json.error ? { error: json.error } : { confirmationToken: json }
}

window.addEventListener('message', (event) => {
  if (event.origin !== parent || event.source !== window.parent) return
  const data = event.data as Record<string, unknown>
  const type = String(data.type ?? '').slice(prefix.length)
  if (type === 'options') applyOptions(data.options as Parameters<typeof applyOptions>[0])
  if (type === 'submit') {
    const valid = validate()
    post('submitted', {
      id: data.id,
      ...(valid
        ? {}
        : { error: { type: 'validation_error', message: 'Your card details are incomplete.' } }),
    })
  }
  if (type === 'create-token') {
    void createToken(data).then((answer) => post('token', { id: data.id, ...answer }))
  }
})
field('number').addEventListener('input', showBrand)
post('ready')
post('resize', { height: document.body.scrollHeight })
