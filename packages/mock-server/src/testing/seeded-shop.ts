import type { Address, Cart } from '@weship/checkout-core'
import type { Hono } from 'hono'
import { createClock } from '../engine/clock.js'
import { type CommerceEngine, createCommerceEngine } from '../engine/commerce-engine.js'
import { createTestCardToken } from '../engine/payments/test-card-token.js'
import { createApp } from '../http/create-app.js'
import { demoMessageSettings } from '../messages/message-content.js'
import { createMessenger } from '../messages/messenger.js'
import { API_ORIGIN } from './hostile-requests.js'

export const BERLIN: Address = {
  name: 'Erika Mustermann',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}
export const SHOP_START = new Date('2026-11-26T10:00:00Z')
export const APPROVED_CARD = '4242424242424242'
export const DECLINED_CARD = '4000000000000002'
export const CHALLENGED_CARD = '4000002760003184'
// The seed's own client, so its orders leave the fuzzed client's rate limits untouched.
const SEED_CLIENT = 'seed'

/** A shop with carts in every state a request can meet, and real ids to aim at. */
export interface SeededShop {
  engine: CommerceEngine
  app: Hono
  /** Real values per route parameter name (`cartId`, `lineId`, …). */
  params: Readonly<Record<string, readonly string[]>>
  /** A cart with items, contact, address, delivery and a promo code: ready to pay. */
  readyCartId: string
  /** Live card tokens: approved, declined, challenged (each pays for one attempt). */
  tokens: readonly string[]
  orderStatusToken: string
  /** From the reminder to `left@example.com`. */
  recoveryToken: string
}

/** A cart ready to pay, made through the engine as the widget would through the API. */
export function readyCart(engine: CommerceEngine, code?: string): Cart {
  const { id } = engine.createCart({
    items: [
      { sku: 'COTTON-TEE-WHITE-M', quantity: 2 },
      { sku: 'STONEWARE-MUG-SLATE', quantity: 1 },
    ],
  })
  engine.setContact(id, { email: 'erika@example.com', marketingConsent: { email: false } })
  engine.setShippingAddress(id, BERLIN)
  const cart = engine.selectShippingOption(id, 'de-standard')
  return code ? engine.applyCode(id, code) : cart
}

export async function seedShop(options: { dev?: boolean } = {}): Promise<SeededShop> {
  const engine = createCommerceEngine({ clock: createClock(SHOP_START) })
  const settings = { ...demoMessageSettings, apiUrl: API_ORIGIN }
  const messenger = createMessenger(engine, { settings, logError: () => {} })
  const app = createApp(engine, { dev: options.dev ?? true, logError: () => {}, messenger })
  const card = (number: string) => createTestCardToken(engine, number)
  const pay = async (cart: Cart, number: string, idempotencyKey: string) => {
    const request = {
      cartVersion: cart.version,
      payment: { methodId: 'card', token: card(number) },
    }
    return engine.placeOrder(cart.id, request, { idempotencyKey, client: SEED_CLIENT })
  }

  // A consenting shopper who left an hour ago: a reminder gives real recovery and unsubscribe tokens.
  const left = engine.createCart({ items: [{ sku: 'COTTON-TEE-BLACK-S', quantity: 1 }] })
  engine.setContact(left.id, { email: 'left@example.com', marketingConsent: { email: true } })
  const [confirmation] = engine.takeDueMessages()
  if (confirmation?.kind !== 'marketing_confirmation') {
    throw new Error('The seed expected a double opt-in e-mail.')
  }
  engine.confirmMarketing(confirmation.confirmationToken)
  // Another one who has not confirmed yet: a live confirmation link to fuzz.
  const unsure = engine.createCart({ items: [{ sku: 'COTTON-TEE-BLACK-S', quantity: 1 }] })
  engine.setContact(unsure.id, { email: 'unsure@example.com', marketingConsent: { email: true } })
  const [pending] = engine.takeDueMessages()
  const confirmationToken =
    pending?.kind === 'marketing_confirmation' ? pending.confirmationToken : ''
  engine.clock.advance(2 * 3600_000)
  const [reminder] = engine.takeDueMessages()
  if (reminder?.kind !== 'cart_reminder' || !reminder.unsubscribeToken) {
    throw new Error('The seed expected a cart reminder.')
  }

  const ready = readyCart(engine, 'WELCOME10')
  const withGiftCard = engine.applyCode(readyCart(engine).id, 'GIFT-DEMO-EURO-0050')
  const empty = engine.createCart({ currency: 'USD' })
  const orderedCart = readyCart(engine)
  const challengedCart = readyCart(engine)
  const ordered = await pay(orderedCart, APPROVED_CARD, 'seed-order')
  const challenged = await pay(challengedCart, CHALLENGED_CARD, 'seed-3ds')
  if (ordered.status !== 'completed' || challenged.status !== 'action_required') {
    throw new Error('The seed expected one placed order and one 3-D Secure challenge.')
  }
  const { order } = ordered
  // The order confirmation, so the outbox has a real message id.
  await messenger.flush()

  return {
    engine,
    app,
    readyCartId: ready.id,
    params: {
      cartId: [ready.id, ready.id, withGiftCard.id, empty.id, orderedCart.id, challengedCart.id],
      lineId: ready.items.map((item) => item.id),
      code: ['WELCOME10', 'welcome10', withGiftCard.giftCards[0]?.id ?? 'GIFT-DEMO-EURO-0050'],
      actionId: [challenged.action.id],
      orderId: [order.id],
      file: ['organic-cotton-tee.svg', 'stoneware-mug.svg'],
      token: [reminder.unsubscribeToken, confirmationToken],
      id: messenger.outbox.list().map((message) => message.id),
    },
    recoveryToken: reminder.recoveryToken,
    tokens: [card(APPROVED_CARD), card(APPROVED_CARD), card(DECLINED_CARD), card(CHALLENGED_CARD)],
    orderStatusToken: order.statusToken ?? '',
  }
}
