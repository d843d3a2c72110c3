import type { Cart, Contact } from '@weship/checkout-core'
import { fromMedusaAddress } from './map-address.js'
import { priceBreakdown } from './map-totals.js'
import type { MedusaCart } from './medusa-schemas.js'

/**
 * Cart metadata this adapter keeps: whether billing follows the shipping address (Medusa cannot
 * unset a billing address, so "same as shipping" is a copy plus this flag) and the shopper's
 * marketing consent (Medusa has no field for it; the order inherits the cart's metadata).
 */
export const BILLING_KEY = 'weship_billing'
export const CONSENT_KEY = 'weship_marketing_consent'
/** The shopper's language (BCP 47), which Medusa has no field for either. */
export const LOCALE_KEY = 'weship_locale'

/** `options`: each line's variant options by variant id (Medusa's cart lines do not carry them). */
export function medusaCartToCart(
  cart: MedusaCart,
  version: number,
  options: ReadonlyMap<string, Record<string, string>> = new Map(),
): Cart {
  const prices = priceBreakdown(cart, options)
  const metadata = cart.metadata ?? {}
  const billingFollowsShipping = !cart.billing_address || metadata[BILLING_KEY] === 'same'
  return {
    id: cart.id,
    version,
    currency: prices.currency,
    items: prices.items,
    itemCount: cart.items.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: prices.subtotal,
    discounts: prices.discounts,
    shipping: prices.shipping,
    tax: prices.tax,
    total: prices.total,
    promoCodes: (cart.promotions ?? [])
      .filter((promotion) => promotion.code && !promotion.is_automatic)
      .map((promotion) => promotion.code ?? ''),
    giftCards: [],
    amountDue: prices.total,
    contact: contactOf(cart),
    shippingAddress: fromMedusaAddress(cart.shipping_address),
    billingAddress: billingFollowsShipping ? null : fromMedusaAddress(cart.billing_address),
    shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
    createdAt: cart.created_at,
    updatedAt: cart.updated_at,
  }
}

function contactOf(cart: MedusaCart): Contact | null {
  if (!cart.email) return null
  const consent = cart.metadata?.[CONSENT_KEY]
  const email = typeof consent === 'object' && consent && 'email' in consent && consent.email
  const sms = typeof consent === 'object' && consent && 'sms' in consent && consent.sms
  const marketingConsent = { ...(email ? { email: true } : {}), ...(sms ? { sms: true } : {}) }
  const locale = cart.metadata?.[LOCALE_KEY]
  return {
    email: cart.email,
    ...(email || sms ? { marketingConsent } : {}),
    ...(typeof locale === 'string' && locale ? { locale } : {}),
  }
}

/** Everything the shopper sees and agrees to pay, for the adapter's version counter. */
export function cartFingerprint(cart: MedusaCart): string {
  return JSON.stringify([
    cart.currency_code,
    cart.region_id,
    cart.items.map((line) => [line.id, line.quantity, line.unit_price]),
    (cart.promotions ?? []).map((promotion) => promotion.code),
    (cart.shipping_methods ?? []).map((method) => [method.shipping_option_id, method.amount]),
    cart.total,
    cart.email ?? null,
    cart.shipping_address ?? null,
    cart.billing_address ?? null,
    cart.metadata?.[BILLING_KEY] ?? null,
  ])
}
