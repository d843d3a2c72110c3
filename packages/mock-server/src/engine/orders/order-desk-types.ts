import type { Address, Cart, Merchant, ShippingOption } from '@weship/checkout-core'
import type { CatalogIndex } from '../catalog-index.js'
import type { PaymentDesk } from '../payments/payment-desk.js'
import type { OrderStore } from './order-store.js'

/** What the orders need from the carts, codes and delivery parts of the engine. */
export interface OrderCarts {
  /** The cart as priced right now, ordered or not; a 404 refusal when there is none. */
  view(cartId: string): Cart
  /** The delivery option the cart has chosen, with its current price and dates. */
  chosenShippingOption(cartId: string): ShippingOption | undefined
  /** Drops codes that lapsed since the shopper saw the totals, refusing with 409 if any did. */
  checkCodesForOrder(cartId: string): void
  /** Uses up the cart's gift card balances and records its promo codes as used by this order. */
  redeemCodesForOrder(cart: Cart, order: RedeemingOrder): void
}

export interface RedeemingOrder {
  orderId: string
  email: string
  customerId: string | undefined
}

/** What the orders need from the accounts. */
export interface OrderCustomers {
  /** The signed-in customer behind a session token; undefined for a guest or a stale session. */
  customerIdFor(sessionToken: string | undefined): string | undefined
  /** Keeps the address a signed-in customer shipped to, for their next checkout. */
  rememberAddress(customerId: string, address: Address): void
}

export interface OrderDeps {
  now: () => Date
  catalog: CatalogIndex
  carts: OrderCarts
  customers: OrderCustomers
  payments: PaymentDesk
  store: OrderStore
  /** The seller every order names on its receipt. */
  merchant: Merchant
  onChange: () => void
}

/** Who asks, for idempotency, rate limits and order history. */
export interface PlaceOrderContext {
  idempotencyKey: string
  /** The client's address (or another stable id), for per-client rate limits. */
  client?: string
  sessionToken?: string
}
