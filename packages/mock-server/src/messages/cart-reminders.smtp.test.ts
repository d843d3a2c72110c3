import { isCheckoutError } from '@weship/checkout-core'
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
const incentiveCode = (mail: ParsedMail | undefined) =>
  /COMEBACK-[0-9A-F]+/.exec(mail?.text ?? '')?.[0]
const recoveryToken = (mail: ParsedMail | undefined) =>
  /weship_cart=([\w-]+)/.exec(mail?.text ?? '')?.[1]

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  return isCheckoutError(error) ? error.reason : 'not refused'
}

describe('abandoned-cart reminders over SMTP, driven by the dev clock', () => {
  it('reminds at 1 h, 24 h and 72 h once each; the link restores the cart; the code works once', async () => {
    const shopper = postPurchaseShopper(server, inbox)
    const email = 'left@example.com'
    const cart = await shopper.cartWithContact({ email, consent: true, confirmed: true })
    await shopper.advance('PT59M')
    expect(await received(email)).toHaveLength(0)
    await shopper.advance('PT2M')
    expect(await received(email)).toHaveLength(1)
    await shopper.advance('PT22H')
    expect(await received(email)).toHaveLength(1)
    await shopper.advance('PT1H')
    expect(await received(email)).toHaveLength(2)
    await shopper.advance('P2D')
    await shopper.advance('P2D')
    const mails = await received(email)
    expect(mails.map((mail) => mail.subject)).toEqual([
      'You left something in your cart',
      'You left something in your cart',
      '10% off your cart, for a few days',
    ])
    expect(incentiveCode(mails[0])).toBeUndefined()
    const code = incentiveCode(mails[2]) ?? ''
    expect(code).not.toBe('')

    const token = recoveryToken(mails[0]) ?? ''
    expect(recoveryToken(mails[2])).toBe(token)
    const recovered = await shopper.adapter.recoverCart?.(token)
    expect(recovered?.id).toBe(cart.id)
    expect(recovered?.items.map((item) => item.sku)).toEqual(['COTTON-TEE-BLACK-M'])

    // The code is bound to the address it was sent to.
    const friend = await shopper.cartWithContact({ email: 'friend@example.com', consent: false })
    expect(await refusal(shopper.adapter.applyCode(friend.id, code))).toBe(
      'code_not_for_this_email',
    )
    const discounted = await shopper.adapter.applyCode(cart.id, code.toLowerCase())
    expect(discounted.total.amount).toBeLessThan(cart.total.amount)
    await shopper.order(discounted)
    const other = await shopper.cartWithContact({ email: 'friend@example.com', consent: false })
    expect(await refusal(shopper.adapter.applyCode(other.id, code))).toBe('code_already_used')
    // The ordered cart is no longer recoverable: its reminder link now finds nothing.
    expect(await refusal(shopper.adapter.recoverCart?.(token) ?? Promise.resolve())).toBe(
      'cart_not_found',
    )
  }, 60_000)

  it('sends nothing without consent, and stops at once after a purchase or an unsubscribe', async () => {
    const shopper = postPurchaseShopper(server, inbox)
    await shopper.cartWithContact({ email: 'quiet@example.com', consent: false })
    // A ticked box for someone else's address: that address gets one confirmation, nothing more.
    const victim = 'victim@example.com'
    await shopper.cartWithContact({ email: victim, consent: true })
    await shopper.cartWithContact({ email: victim, consent: true })
    const buyer = 'buyer@example.com'
    const bought = await shopper.cartWithContact({ email: buyer, consent: true, confirmed: true })
    const leaver = 'leaver@example.com'
    await shopper.cartWithContact({ email: leaver, consent: true, confirmed: true })
    await shopper.advance('PT90M')
    expect(await received(buyer)).toHaveLength(1)
    await shopper.order(bought)
    const [reminder] = await received(leaver)
    const link = /http:\/\/\S+\/unsubscribes\/[\w-]+\?lang=en/.exec(reminder?.text ?? '')?.[0] ?? ''
    // What a mail client's one-click button sends (RFC 8058).
    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(204)

    await shopper.advance('P4D')
    expect(await received('quiet@example.com')).toHaveLength(0)
    expect(inbox.to(victim).map((mail) => isConfirmationMail(mail))).toEqual([true])
    expect(await received(leaver)).toHaveLength(1)
    const reminders = (await received(buyer)).filter((mail) => mail.subject?.includes('cart'))
    expect(reminders).toHaveLength(1)
  }, 60_000)

  it('lets the incentive code expire', async () => {
    const shopper = postPurchaseShopper(server, inbox)
    const email = 'late@example.com'
    await shopper.cartWithContact({ email, consent: true, locale: 'fr-FR', confirmed: true })
    // One jump past all three: each reminder still goes exactly once.
    await shopper.advance('P3DT1H')
    const mails = await received(email)
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Vous avez oublié quelque chose dans votre panier',
      'Vous avez oublié quelque chose dans votre panier',
      '10 % de remise sur votre panier, quelques jours seulement',
    ])
    // The unsubscribe page speaks the e-mail's language, and asks before it acts.
    const link = /http:\/\/\S+\/unsubscribes\/[\w-]+\?lang=fr/.exec(mails[0]?.text ?? '')?.[0]
    const page = await (await fetch(link ?? 'http://127.0.0.1:1/missing')).text()
    expect(page).toContain('<html lang="fr" dir="ltr">')
    expect(page).toContain('Se désabonner des e-mails promotionnels ?')
    const done = await fetch(link ?? '', { method: 'POST', headers: { accept: 'text/html' } })
    expect(await done.text()).toContain('Vous êtes désinscrit')
    const code = incentiveCode(mails[2]) ?? ''
    await shopper.advance('P8D')
    const later = await shopper.cartWithContact({ email: 'late@example.com', consent: false })
    expect(await refusal(shopper.adapter.applyCode(later.id, code))).toBe('code_expired')
  }, 60_000)
})
