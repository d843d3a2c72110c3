import type { ParsedMail } from 'mailparser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../server/start-mock-server.js'
import { isConfirmationMail, postPurchaseShopper } from '../testing/post-purchase-shopper.js'
import { type SmtpInbox, startSmtpInbox } from '../testing/smtp-inbox.js'

let inbox: SmtpInbox
let server: MockServer
beforeEach(async () => {
  inbox = await startSmtpInbox()
  server = await startMockServer({ port: 0, paymentPort: 0, dev: true, smtpUrl: inbox.url })
})
afterEach(async () => {
  await server.close()
  await inbox.close()
})

async function received(address: string): Promise<ParsedMail[]> {
  await inbox.settled()
  return inbox.to(address).filter((mail) => !isConfirmationMail(mail))
}
const headerLine = (mail: ParsedMail | undefined, key: string) =>
  mail?.headerLines.find((line) => line.key === key)?.line.replaceAll(/\r\n\s+/g, ' ')
const subjects = (mails: ParsedMail[]) => mails.map((mail) => mail.subject ?? '')

describe('order messages over SMTP, driven by the dev clock', () => {
  it('sends each milestone exactly once, in the checkout locale, with HTML and text', async () => {
    const shopper = postPurchaseShopper(server, inbox)
    const email = 'erika@example.com'
    const cart = await shopper.cartWithContact({
      email,
      consent: true,
      locale: 'de-DE',
      skus: ['COTTON-TEE-BLACK-M', 'STONEWARE-MUG-SLATE'],
    })
    const order = await shopper.order(cart)
    // Sent just after the answer, so a slow mail server never holds up a purchase.
    const [confirmation] = await inbox.waitFor(email, 1)
    expect(confirmation?.subject).toBe(`Ihre Bestellung ${order.number} ist bestätigt`)
    expect(confirmation?.html).toContain('<table role="presentation"')
    expect(confirmation?.html).toContain('lang="de"')
    expect(confirmation?.text).toContain('Zwischensumme')
    expect(confirmation?.text).toContain('Unter den Linden 1, 10117 Berlin')
    expect(confirmation?.text).toContain(`token=${order.statusToken}`)
    expect(confirmation?.from?.text).toBe('"Northwind Goods" <shop@northwind.example>')
    expect(confirmation?.date?.toISOString().slice(0, 16)).toBe(order.createdAt.slice(0, 16))
    expect(headerLine(confirmation, 'list-unsubscribe')).toBeUndefined()

    // Hour by hour through the carrier's repeated scans, then well past the feedback date.
    for (let hour = 0; hour < 80; hour += 1) await shopper.advance('PT1H')
    await shopper.advance('P10D')
    await shopper.advance('P10D')
    const number = order.number
    expect(subjects(await received(email))).toEqual([
      `Ihre Bestellung ${number} ist bestätigt`,
      `Ihre Bestellung ${number} ist unterwegs`,
      `Ihre Bestellung ${number} ist unterwegs`,
      `Ihre Bestellung ${number} kommt heute`,
      `Ihre Bestellung ${number} wurde zugestellt`,
      `Ihre Bestellung ${number} kommt heute`,
      `Ihre Bestellung ${number} wurde zugestellt`,
      `Wie war Ihre Bestellung ${number}?`,
      'Ihre Lieblingsstücke von Northwind Goods – nur einen Klick entfernt',
    ])
    const mails = await received(email)
    const shipped = mails[1]
    expect(shipped?.text).toContain('Paket 1 von 2')
    expect(shipped?.text).toContain('DHL Paket')
    expect(shipped?.text).toMatch(/Sendungsnummer: WS\d{12}/)
    expect(shipped?.text).toContain('Voraussichtliche Lieferung')
    expect(shipped?.html).toContain('https://www.dhl.com/')
    // Dated by the dev clock: the delivery mail is days after the confirmation.
    expect((mails[4]?.date?.getTime() ?? 0) - Date.parse(order.createdAt)).toBeGreaterThan(
      2 * 86_400_000,
    )
    for (const mail of mails) {
      expect(mail.html, mail.subject).toBeTruthy()
      expect(mail.text, mail.subject).toContain('Northwind Goods GmbH, Unter den Linden 1')
    }
  }, 60_000)

  it('asks for feedback only with consent, and never after an unsubscribe', async () => {
    const shopper = postPurchaseShopper(server, inbox)
    const silent = 'no-consent@example.com'
    await shopper.order(await shopper.cartWithContact({ email: silent, consent: false }))
    const asked = 'asked@example.com'
    await shopper.order(await shopper.cartWithContact({ email: asked, consent: true }))
    // This shopper also left a cart: its reminder brings an unsubscribe link, used at once.
    const gone = 'gone@example.com'
    await shopper.cartWithContact({ email: gone, consent: true })
    await shopper.order(await shopper.cartWithContact({ email: gone, consent: true }))
    await shopper.advance('PT2H')
    const [, reminder] = await received(gone)
    const link = /http:\/\/\S+\/unsubscribes\/[\w-]+\?lang=en/.exec(reminder?.text ?? '')?.[0]
    expect(headerLine(reminder, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${link}>`)
    expect(headerLine(reminder, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    )
    // Opening the link (as a mail scanner would) only asks; the page's button unsubscribes.
    const page = await fetch(link ?? 'http://127.0.0.1:1/missing')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(await page.text()).toContain('<form method="post">')
    const button = await fetch(link ?? '', { method: 'POST', headers: { accept: 'text/html' } })
    expect(await button.text()).toContain('You are unsubscribed')

    await shopper.advance('P5D')
    await shopper.advance('P5D')
    expect((await received(asked)).at(-1)?.subject).toMatch(/^How was your order WS-\d+\?$/)
    // Confirmation, shipped, out for delivery, delivered, feedback; the invitation comes later.
    expect(await received(asked)).toHaveLength(5)
    expect(await received(silent)).toHaveLength(4)
    // Confirmation, reminder, shipped, out for delivery, delivered: no feedback, no more reminders.
    expect(await received(gone)).toHaveLength(5)
  }, 60_000)
})
