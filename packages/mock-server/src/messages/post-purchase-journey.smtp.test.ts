import type { ParsedMail } from 'mailparser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../server/start-mock-server.js'
import { postPurchaseShopper } from '../testing/post-purchase-shopper.js'
import { type SmtpInbox, startSmtpInbox } from '../testing/smtp-inbox.js'

// The acceptance check: on the dev clock, what each shopper finds in their inbox.

let inbox: SmtpInbox
let server: MockServer
beforeEach(async () => {
  inbox = await startSmtpInbox()
  server = await startMockServer({
    port: 0,
    paymentPort: 0,
    dev: true,
    smtpUrl: inbox.url,
    invitations: { afterMs: 14 * 86_400_000, incentivePercent: 10 },
  })
})
afterEach(async () => {
  await server.close()
  await inbox.close()
})

async function received(address: string): Promise<ParsedMail[]> {
  await inbox.settled()
  return inbox.to(address)
}

/** What the outbox says each message was, by milestone kind, for one address. */
async function kindsSentTo(address: string): Promise<string[]> {
  const response = await fetch(`${server.url}/__dev/outbox`, {
    headers: { accept: 'application/json' },
  })
  const { messages } = (await response.json()) as { messages: { kind: string; to: string }[] }
  return messages
    .filter((message) => message.to === address)
    .map((message) => message.kind)
    .reverse()
}

const headerLine = (mail: ParsedMail | undefined, key: string) =>
  mail?.headerLines.find((line) => line.key === key)?.line.replaceAll(/\r\n\s+/g, ' ')

describe('after the order, on the dev clock', () => {
  it('sends a consenting shopper each message once, invitation included; the others four', async () => {
    const shopper = postPurchaseShopper(server)
    const yes = 'yes@example.com'
    const no = 'no@example.com'
    const order = await shopper.order(
      await shopper.cartWithContact({ email: yes, consent: true, locale: 'fr-FR' }),
    )
    await shopper.order(await shopper.cartWithContact({ email: no, consent: false }))
    // Hour by hour through the repeated carrier scans, then weeks at a time.
    for (let hour = 0; hour < 72; hour += 1) await shopper.advance('PT1H')
    for (let week = 0; week < 5; week += 1) await shopper.advance('P7D')

    expect(await kindsSentTo(yes)).toEqual([
      'order_confirmation',
      'shipped',
      'out_for_delivery',
      'delivered',
      'feedback_request',
      'invitation',
    ])
    expect(await kindsSentTo(no)).toEqual([
      'order_confirmation',
      'shipped',
      'out_for_delivery',
      'delivered',
    ])

    const mails = await received(yes)
    expect(mails).toHaveLength(6)
    const invitation = mails[5]
    // In the order's language, from the shop, marketing with RFC 8058 one-click unsubscribe.
    expect(invitation?.subject).toBe('Vos favoris de chez Northwind Goods, à un clic')
    expect(invitation?.from?.text).toBe('"Northwind Goods" <shop@northwind.example>')
    expect(invitation?.html).toContain('lang="fr"')
    expect(invitation?.text).toContain('Commander à nouveau: http')
    expect(invitation?.text).toContain('Cotton Tee')
    const unsubscribe = /http:\/\/\S+\/unsubscribes\/[\w-]+\?lang=fr/.exec(invitation?.text ?? '')
    expect(headerLine(invitation, 'list-unsubscribe')).toBe(
      `List-Unsubscribe: <${unsubscribe?.[0]}>`,
    )
    expect(headerLine(invitation, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    )
    // Its link fills a new cart with the order's items; its code is this shopper's alone.
    const token = /weship_reorder=([\w-]+)/.exec(invitation?.text ?? '')?.[1] ?? ''
    const again = await shopper.adapter.reorder?.(token)
    expect(again?.cart?.items.map((item) => item.sku)).toEqual(
      order.receipt.items.map((item) => item.sku),
    )
    const code = /AGAIN-[0-9A-F]{10}/.exec(invitation?.text ?? '')?.[0] ?? ''
    const theirs = await shopper.cartWithContact({ email: 'YES@example.com', consent: false })
    expect((await shopper.adapter.applyCode(theirs.id, code)).promoCodes).toEqual([code])
    const stranger = await shopper.cartWithContact({ email: no, consent: false })
    await expect(shopper.adapter.applyCode(stranger.id, code)).rejects.toMatchObject({
      reason: 'code_not_for_this_email',
    })
    // The delivery that completed the order offered "Buy again" too.
    expect(mails[3]?.text).toMatch(/Commander à nouveau: http\S+weship_reorder=/)
  }, 120_000)

  it('stops the invitation at an unsubscribe from the feedback request, at once', async () => {
    const shopper = postPurchaseShopper(server)
    const email = 'leaving@example.com'
    await shopper.order(await shopper.cartWithContact({ email, consent: true }))
    await shopper.advance('P10D')
    const feedback = (await received(email)).at(-1)
    expect(feedback?.subject).toMatch(/^How was your order/)
    const link = /http:\/\/\S+\/unsubscribes\/[\w-]+\?lang=en/.exec(feedback?.text ?? '')?.[0]
    const oneClick = await fetch(link ?? 'http://127.0.0.1:1/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(204)
    await shopper.advance('P30D')
    expect(await kindsSentTo(email)).not.toContain('invitation')
  }, 60_000)

  it('tells a pickup order where to collect it, and when it is ready', async () => {
    const shopper = postPurchaseShopper(server)
    const email = 'pickup@example.com'
    const cart = await shopper.cartWithContact({ email, consent: false })
    const order = await shopper.order(cart, { kind: 'pickup' })
    const point = order.pickupPoint
    expect(point?.name).toMatch(/^DHL Packstation \d+$/)
    await shopper.advance('P7D')
    expect(await kindsSentTo(email)).toEqual([
      'order_confirmation',
      'shipped',
      'ready_for_pickup',
      'delivered',
    ])
    const [confirmation, , ready] = await received(email)
    expect(confirmation?.text).toContain(`Pickup point: ${point?.name}, ${point?.address.line1}`)
    expect(ready?.subject).toBe(`Your order ${order.number} is ready for pickup`)
    expect(ready?.text).toContain(`is waiting for you at ${point?.name}.`)
    expect(ready?.text).toContain('Opening hours: Open 24/7')
  }, 60_000)
})
