import { Script } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../engine/clock.js'
import { createPaymentDesk } from '../engine/payments/payment-desk.js'
import { createPaymentApp } from './create-payment-app.js'

const PAY = 'http://127.0.0.1:4011'
const SHOP = 'http://localhost:5173'

function setup(allowedOrigins: string[] = []) {
  const payments = createPaymentDesk({
    now: createFixedClock(new Date('2026-11-26T10:00:00Z')).now,
    origin: PAY,
  })
  const app = createPaymentApp(payments, { allowedOrigins })
  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(`${PAY}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  return { app, payments, postJson }
}

const goodCard = { number: '4242 4242 4242 4242', expiry: '12 / 30', cvc: '123', name: 'Ada' }

describe('payment origin: hosted fields page', () => {
  it('frames only for the allowed origin, with a strict CSP and no inline script or style', async () => {
    const { app } = setup()
    const response = await app.request(`${PAY}/hosted-fields?origin=${encodeURIComponent(SHOP)}`)
    expect(response.status).toBe(200)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain(`frame-ancestors ${SHOP}`)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await response.text()
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i)
    expect(html).toContain('<script src="/hosted-fields.js" defer></script>')
    expect(html).toContain('<link rel="stylesheet" href="/payment-pages.css">')
    expect(html).toContain(`data-parent-origin="${SHOP}"`)
  })

  it('labels every field with the autocomplete and input mode autofill expects', async () => {
    const { app } = setup()
    const html = await (await app.request(`${PAY}/hosted-fields?origin=${SHOP}`)).text()
    const fields = [
      ['card-number', 'Card number', 'cc-number'],
      ['card-expiry', 'Expiry date (MM / YY)', 'cc-exp'],
      ['card-cvc', 'Security code (CVC)', 'cc-csc'],
      ['card-name', 'Name on card', 'cc-name'],
    ]
    for (const [id, label, autocomplete] of fields) {
      expect(html).toContain(`<label for="${id}">${label}</label>`)
      expect(html).toMatch(new RegExp(`<input id="${id}"[^>]*autocomplete="${autocomplete}"`))
      expect(html).toMatch(new RegExp(`<input id="${id}"[^>]*aria-describedby="${id}-error`))
    }
    // The number's field is described by the brand recognised in it, too.
    expect(html).toMatch(
      /<input id="card-number"[^>]*aria-describedby="card-number-error card-brand"/,
    )
    expect(html).toMatch(/<input id="card-number"[^>]*inputmode="numeric"/)
    expect(html).not.toContain('type="number"')
  })

  it('speaks the locale’s language: German labels, title, hint and script messages', async () => {
    const { app } = setup()
    const response = await app.request(`${PAY}/hosted-fields?origin=${SHOP}&locale=de-AT`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="de" dir="ltr">')
    expect(html).toContain('<title>Kartendaten</title>')
    for (const label of [
      'Kartennummer',
      'Ablaufdatum (MM / YY)',
      'Sicherheitscode (CVC)',
      'Name auf der Karte',
    ]) {
      expect(html).toContain(`>${label}</label>`)
    }
    expect(html).toContain('<p class="hint">Testmodus:')
    expect(html).not.toMatch(/Card number|Name on card|Test mode/)
    // The script reads its messages from the form: JSON, escaped into one attribute.
    const attribute = /data-messages="([^"]*)"/.exec(html)?.[1] ?? ''
    const messages = JSON.parse(attribute.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))
    expect(messages).toMatchObject({ numberInvalid: 'Diese Kartennummer ist ungültig.' })
    // Everything else as in English: names and autocomplete for autofill, the same CSP.
    expect(html).toMatch(/<input id="card-number" name="cardnumber"[^>]*autocomplete="cc-number"/)
    expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors ${SHOP}`)
  })

  it('lays Arabic out right to left, card digits still left to right', async () => {
    const { app } = setup()
    const html = await (await app.request(`${PAY}/hosted-fields?origin=${SHOP}&locale=ar`)).text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<label for="card-number">رقم البطاقة</label>')
    expect(html).toMatch(/<input id="card-number"[^>]*dir="ltr"/)
    expect(html).toMatch(/<input id="card-expiry"[^>]*dir="ltr"/)
    expect(html).not.toMatch(/<input id="card-name"[^>]*dir=/)
  })

  it('falls back to English for a locale it cannot speak or read, never failing', async () => {
    const { app } = setup()
    const locales = ['xx', 'sw-KE', '%%%', '%E0%A4%A', '"><script>', 'de'.repeat(250), '']
    for (const locale of locales) {
      const response = await app.request(`${PAY}/hosted-fields?origin=${SHOP}&locale=${locale}`)
      expect(response.status, locale).toBe(200)
      const html = await response.text()
      expect(html, locale).toContain('<html lang="en" dir="ltr">')
      expect(html, locale).toContain('<label for="card-number">Card number</label>')
      expect(html, locale).not.toContain('<script>')
    }
    // Taiwan reads Traditional Chinese, one of the 35, by the fallback chain.
    const taiwan = await app.request(`${PAY}/hosted-fields?origin=${SHOP}&locale=zh-Hant-TW`)
    expect(await taiwan.text()).toContain('<html lang="zh-Hant" dir="ltr">')
    const twice = await app.request(`${PAY}/hosted-fields?origin=${SHOP}&locale=fr&locale=ar`)
    expect(await twice.text()).toContain('<html lang="fr" dir="ltr">')
  })

  it("paints itself in the widget's colour scheme when told light or dark", async () => {
    const { app } = setup()
    const html = async (scheme: string) =>
      (await app.request(`${PAY}/hosted-fields?origin=${SHOP}&scheme=${scheme}`)).text()
    expect(await html('dark')).toContain('<html lang="en" dir="ltr" data-scheme="dark">')
    expect(await html('light')).toContain('<html lang="en" dir="ltr" data-scheme="light">')
    // Anything else (theme "auto" sends none) leaves the page to follow the system.
    for (const scheme of ['', 'auto', '"><script>', 'DARK']) {
      expect(await html(scheme), scheme).toContain('<html lang="en" dir="ltr">')
    }
  })

  it('refuses an origin that is missing, not allowed or not an origin', async () => {
    const { app } = setup(['https://shop.example'])
    for (const origin of ['', 'https://evil.example', 'https://shop.example/path', 'null']) {
      const response = await app.request(
        `${PAY}/hosted-fields?origin=${encodeURIComponent(origin)}`,
      )
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ reason: 'origin_not_allowed' })
    }
    const allowed = await app.request(`${PAY}/hosted-fields?origin=https://shop.example`)
    expect(allowed.headers.get('content-security-policy')).toContain(
      'frame-ancestors https://shop.example;',
    )
  })

  it('serves its script and stylesheet as files, the script valid JavaScript', async () => {
    const { app } = setup()
    const script = await app.request(`${PAY}/hosted-fields.js`)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const source = await script.text()
    expect(() => new Script(source)).not.toThrow()
    expect(source).toContain('postMessage(message, parentOrigin)')
    expect(source).toContain('event.origin !== parentOrigin')
    expect(source).not.toMatch(/postMessage\([^)]*['"]\*['"]/)
    const challenge = await (await app.request(`${PAY}/3ds.js`)).text()
    expect(() => new Script(challenge)).not.toThrow()
    const css = await app.request(`${PAY}/payment-pages.css`)
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })
})

describe('payment origin: POST /tokens', () => {
  it('issues an opaque token with brand and last four only', async () => {
    const { postJson, payments } = setup()
    const response = await postJson('/tokens', { ...goodCard, origin: SHOP })
    expect(response.status).toBe(201)
    const body = (await response.json()) as { token: string }
    expect(body).toEqual({
      token: expect.stringMatching(/^tok_/),
      brand: 'visa',
      last4: '4242',
      expiresAt: '2026-11-26T10:15:00.000Z',
    })
    expect(payments.tokens.peek(body.token)?.parentOrigin).toBe(SHOP)
  })

  it('refuses bad cards with field errors, never echoing the number', async () => {
    const { postJson } = setup()
    const bad = { number: '4242 4242 4242 4241', expiry: '01/20', cvc: '12' }
    const response = await postJson('/tokens', bad)
    expect(response.status).toBe(422)
    const text = await response.text()
    expect(text).not.toMatch(/4241|4242/)
    expect(JSON.parse(text)).toMatchObject({
      code: 'VALIDATION',
      reason: 'invalid_card',
      errors: [{ field: 'number' }, { field: 'expiry' }, { field: 'cvc' }],
    })
    const typed = await postJson('/tokens', { number: 4242424242424242, expiry: 1, cvc: [] })
    expect(typed.status).toBe(422)
    expect(await typed.text()).not.toContain('4242')
  })

  it('refuses other origins, bodies that are not JSON and a parent origin not allowed', async () => {
    const { app, postJson } = setup()
    const crossSite = await postJson('/tokens', goodCard, { origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
    const fetchMeta = await postJson('/tokens', goodCard, { 'sec-fetch-site': 'cross-site' })
    expect(fetchMeta.status).toBe(403)
    const form = await app.request(`${PAY}/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'number=4242424242424242',
    })
    expect(form.status).toBe(415)
    const parent = await postJson('/tokens', { ...goodCard, origin: 'https://evil.example' })
    expect(parent.status).toBe(403)
  })

  it('limits tokenization per client (card testing) with a Retry-After', async () => {
    const { postJson } = setup()
    for (let i = 0; i < 60; i++) await postJson('/tokens', goodCard)
    const limited = await postJson('/tokens', goodCard)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('600')
  })
})

describe('payment origin: 3-D Secure page', () => {
  function openChallenge(payments: ReturnType<typeof setup>['payments'], parentOrigin?: string) {
    const amount = { amount: 6295, currency: 'EUR' }
    return payments.challenges.open({ amount, brand: 'visa', last4: '3184', parentOrigin })
  }

  it('shows the amount and two choices, framed only by the shop that tokenized the card', async () => {
    const { app, payments } = setup()
    const challenge = openChallenge(payments, SHOP)
    const response = await app.request(`${PAY}/3ds/${challenge.id}?origin=https://evil.example`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors ${SHOP};`)
    const html = await response.text()
    expect(html).toContain('€62.95')
    expect(html).toContain('Visa •••• 3184')
    expect(html).toContain('>Complete authentication</button>')
    expect(html).toContain('>Fail authentication</button>')
    expect(html).toContain('<script src="/3ds.js" defer></script>')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/)
  })

  it("speaks the widget's locale: German words and amount, Arabic right to left", async () => {
    const { app, payments } = setup()
    const challenge = openChallenge(payments, SHOP)
    const german = await (await app.request(`${PAY}/3ds/${challenge.id}?locale=de-AT`)).text()
    expect(german).toContain('<html lang="de" dir="ltr">')
    expect(german).toContain('<h1>Bestätige deine Zahlung</h1>')
    // German words, Austrian money: the amount keeps the shopper's own region.
    expect(german).toContain('<strong><bdi>€\u00a062,95</bdi></strong>')
    expect(german).toContain('>Authentifizierung abschließen</button>')
    expect(german).toContain('Verbindung zu deiner Bank…')

    const arabic = await (await app.request(`${PAY}/3ds/${challenge.id}?locale=ar`)).text()
    expect(arabic).toContain('<html lang="ar" dir="rtl">')
    expect(arabic).toContain('>إكمال المصادقة</button>')
    // The card keeps its left-to-right order inside the Arabic sentence.
    expect(arabic).toContain('<bdi dir="ltr">Visa •••• 3184</bdi>')

    for (const locale of ['xx', '%%%', '"><script>', 'de'.repeat(250)]) {
      const response = await app.request(`${PAY}/3ds/${challenge.id}?locale=${locale}`)
      expect(response.status, locale).toBe(200)
      expect(await response.text(), locale).toContain('<h1>Confirm your payment</h1>')
    }
  })

  it('records the answer once, on its own origin only', async () => {
    const { app, payments, postJson } = setup()
    const challenge = openChallenge(payments)
    const noOrigin = await app.request(`${PAY}/3ds/${challenge.id}`)
    expect(noOrigin.status).toBe(403)
    expect((await app.request(`${PAY}/3ds/${challenge.id}?origin=${SHOP}`)).status).toBe(200)
    const crossSite = await postJson(`/3ds/${challenge.id}`, { outcome: 'pass' }, { origin: SHOP })
    expect(crossSite.status).toBe(403)
    const answered = await postJson(`/3ds/${challenge.id}`, { outcome: 'pass' })
    expect(await answered.json()).toEqual({ status: 'passed' })
    expect(payments.challenges.get(challenge.id)?.status).toBe('passed')
    const twice = await postJson(`/3ds/${challenge.id}`, { outcome: 'fail' })
    expect(twice.status).toBe(409)
    expect((await postJson(`/3ds/${challenge.id}`, { outcome: 'maybe' })).status).toBe(422)
    expect((await postJson('/3ds/act_unknown', { outcome: 'pass' })).status).toBe(404)
    expect((await app.request(`${PAY}/3ds/act_unknown?origin=${SHOP}`)).status).toBe(404)
  })
})
