import { type HTMLInputElement, Window } from 'happy-dom'
import { afterEach, describe, expect, it } from 'vitest'
import { createPaymentDesk } from '../engine/payments/payment-desk.js'
import { createPaymentApp } from './create-payment-app.js'
import { hostedFieldsPage } from './hosted-fields-page.js'
import { hostedFieldsScript } from './hosted-fields-script.js'

const PAY = 'http://127.0.0.1:4011'
const SHOP = 'http://localhost:5173'
const windows: Window[] = []
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()))
})

/** The hosted fields in a DOM, framed by a fake parent, posting to the real payment app. */
function frame(search = `?origin=${SHOP}`, locale?: string, edit = (html: string) => html) {
  const payments = createPaymentDesk({ now: () => new Date(), origin: PAY })
  const app = createPaymentApp(payments)
  const window = new Window({ url: `${PAY}/hosted-fields${search}` })
  windows.push(window)
  const form = /<form[\s\S]*<\/form>/.exec(hostedFieldsPage(SHOP, locale))?.[0] ?? ''
  window.document.body.innerHTML = edit(form)
  const sent: { message: Record<string, unknown>; targetOrigin: string }[] = []
  const parent = {
    postMessage: (message: Record<string, unknown>, targetOrigin: string) =>
      sent.push({ message, targetOrigin }),
  }
  Object.defineProperty(window, 'parent', { value: parent, configurable: true })
  Object.defineProperty(window, 'fetch', {
    value: (url: string, init: RequestInit) => app.request(new URL(url, PAY).href, init),
    configurable: true,
  })
  window.eval(hostedFieldsScript)

  const type = (id: string, value: string) => {
    const input = window.document.getElementById(id) as HTMLInputElement
    input.value = value
    input.dispatchEvent(new window.Event('input'))
  }
  const ask = (origin = SHOP, source: unknown = parent) =>
    window.dispatchEvent(
      new window.MessageEvent('message', {
        data: { type: 'weship:tokenize' },
        origin,
        source: source as never,
      }),
    )
  const next = async (wanted: string) => {
    for (let i = 0; i < 50; i++) {
      const found = sent.find(({ message }) => message.type === wanted)
      if (found) return found
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    throw new Error(`No ${wanted} message; got ${JSON.stringify(sent)}`)
  }
  return { window, sent, type, ask, next }
}

describe('hosted fields script', () => {
  it('says it is ready to the parent origin only', () => {
    const { sent } = frame()
    expect(sent.find(({ message }) => message.type === 'weship:ready')).toEqual({
      message: { type: 'weship:ready' },
      targetOrigin: SHOP,
    })
  })

  it('tokenizes on the parent’s request and posts back only token, brand and last four', async () => {
    const { sent, type, ask, next } = frame()
    type('card-number', '4242424242424242')
    type('card-expiry', '1230')
    type('card-cvc', '123')
    ask()
    const { message, targetOrigin } = await next('weship:token')
    expect(targetOrigin).toBe(SHOP)
    expect(message).toEqual({
      type: 'weship:token',
      token: expect.stringMatching(/^tok_/),
      brand: 'visa',
      last4: '4242',
    })
    expect(JSON.stringify(sent)).not.toContain('424242424242')
  })

  it('formats what the shopper types', () => {
    const { window, type } = frame()
    type('card-number', '378282246310005')
    type('card-expiry', '1230')
    const value = (id: string) => (window.document.getElementById(id) as HTMLInputElement).value
    expect(value('card-number')).toBe('3782 822463 10005')
    expect(value('card-expiry')).toBe('12 / 30')
  })

  it('ignores requests from any other origin or window', async () => {
    const { sent, type, ask } = frame()
    type('card-number', '4242424242424242')
    ask('https://evil.example')
    ask(SHOP, {})
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sent.map(({ message }) => message.type)).not.toContain('weship:token')
    expect(sent.map(({ message }) => message.type)).not.toContain('weship:token-error')
  })

  it('reports invalid fields, marks them and focuses the first', async () => {
    const { window, type, ask, next } = frame()
    type('card-number', '4242424242424241')
    type('card-expiry', '01/20')
    ask()
    const { message } = await next('weship:token-error')
    expect(message.fields).toEqual([
      { field: 'number', message: 'This card number is not valid.' },
      { field: 'expiry', message: 'This card has expired.' },
      { field: 'cvc', message: 'Enter the 3-digit security code.' },
    ])
    const number = window.document.getElementById('card-number')
    expect(number?.getAttribute('aria-invalid')).toBe('true')
    expect(window.document.activeElement).toBe(number)
    const error = window.document.getElementById('card-number-error')
    expect(error?.textContent).toBe('This card number is not valid.')
    expect(error?.hasAttribute('hidden')).toBe(false)
  })

  it('says its errors in the page’s language, the server’s as well', async () => {
    const { window, type, ask, next } = frame(`?origin=${SHOP}&locale=es`, 'es')
    type('card-number', '4242424242424241')
    type('card-expiry', '01/20')
    ask()
    const { message } = await next('weship:token-error')
    expect(message.fields).toEqual([
      { field: 'number', message: 'Este número de tarjeta no es válido.' },
      { field: 'expiry', message: 'Esta tarjeta ha caducado.' },
      { field: 'cvc', message: 'Introduce el código de seguridad de 3 dígitos.' },
    ])
    expect(window.document.getElementById('card-expiry-error')?.textContent).toBe(
      'Esta tarjeta ha caducado.',
    )

    // A real card passes every check here; the server refuses it, in English.
    const arabic = frame(`?origin=${SHOP}`, 'ar')
    arabic.type('card-number', '4111111111111111')
    arabic.type('card-expiry', '12/30')
    arabic.type('card-cvc', '123')
    arabic.ask()
    const refused = await arabic.next('weship:token-error')
    expect(refused.message.fields).toEqual([
      { field: 'number', message: 'هذا متجر تجريبي: استخدم بطاقة اختبار مثل 4242 4242 4242 4242.' },
    ])
  })

  it('keeps its English words when the page gives none it can read', async () => {
    const { ask, next } = frame(`?origin=${SHOP}`, 'de', (html) =>
      html.replace(/data-messages="[^"]*"/, 'data-messages="{not json"'),
    )
    ask()
    const { message } = await next('weship:token-error')
    expect(message.fields).toContainEqual({ field: 'number', message: 'Enter the card number.' })
  })

  it('passes on what the server refuses, such as a real card number', async () => {
    const { type, ask, next } = frame()
    type('card-number', '4111111111111111')
    type('card-expiry', '12/30')
    type('card-cvc', '123')
    ask()
    const { message } = await next('weship:token-error')
    expect(message.fields).toEqual([
      { field: 'number', message: expect.stringMatching(/test card/) },
    ])
  })

  it('stays silent when the URL and the server disagree about the parent', () => {
    const { sent } = frame('?origin=https://evil.example')
    expect(sent).toEqual([])
  })

  it('shows the brand as the digits tell it, and tells the parent only whether the card is whole', () => {
    const { window, sent, type } = frame()
    type('card-number', '4242')
    expect(window.document.getElementById('card-brand')?.textContent).toBe('Visa')
    type('card-number', '4242 4242 4242 4242')
    type('card-expiry', '12 / 34')
    expect(sent.filter(({ message }) => message.type === 'weship:change')).toEqual([])
    type('card-cvc', '123')
    type('card-cvc', '12')
    const changes = sent.filter(({ message }) => message.type === 'weship:change')
    expect(changes).toEqual([
      { message: { type: 'weship:change', complete: true }, targetOrigin: SHOP },
      { message: { type: 'weship:change', complete: false }, targetOrigin: SHOP },
    ])
  })

  it('takes the name from the shop, unless the shopper typed one, and from the shop only', () => {
    const { window, type } = frame()
    const name = () => (window.document.getElementById('card-name') as HTMLInputElement).value
    const prefill = (origin: string, value: string) =>
      window.dispatchEvent(
        new window.MessageEvent('message', {
          data: { type: 'weship:prefill', name: value },
          origin,
          source: window.parent as never,
        }),
      )
    prefill('https://evil.example', 'Mallory')
    expect(name()).toBe('')
    prefill(SHOP, 'Erika Mustermann')
    expect(name()).toBe('Erika Mustermann')
    type('card-name', 'E. Mustermann')
    prefill(SHOP, 'Someone Else')
    expect(name()).toBe('E. Mustermann')
  })
})
