import type {
  Customer,
  Merchant,
  Order,
  OrderLookup,
  PaymentMethod,
  PlaceOrderRequest,
  PlaceOrderResult,
  Session,
  SignInRequest,
  SignUpRequest,
} from '@weship/checkout-core'
import type { StoredCustomer } from '../accounts/account-state.js'
import { createAccounts } from '../accounts/accounts.js'
import type { CatalogIndex } from '../catalog-index.js'
import { createPaymentDesk, type PaymentDesk } from '../payments/payment-desk.js'
import type { StripeSettings } from '../payments/stripe/stripe-settings.js'
import { createOrderDesk } from './order-desk.js'
import type { OrderCarts, PlaceOrderContext } from './order-desk-types.js'
import type { StoredOrder } from './order-state.js'

export interface PurchaseSettings {
  /** Origin of the payment pages (hosted fields, 3-D Secure); `http://127.0.0.1:4011` by default. */
  paymentOrigin?: string
  /** Simulated processor round trip in ms (0 by default), to demonstrate overlapping requests. */
  paymentLatencyMs?: number
  /** How long idempotency keys are remembered; 24 hours by default. */
  idempotencyTtlMs?: number
  /** Stripe mode: cards are paid through Stripe (its keys and API address). */
  stripe?: StripeSettings | undefined
}

/** Payments, orders and accounts: the engine's part of the adapter port from payment onwards. */
export interface PurchaseOperations {
  /** The test payment processor and the store its hosted pages share with the API. */
  readonly payments: PaymentDesk
  listPaymentMethods(cartId: string): PaymentMethod[]
  /** Async like a real processor round trip; at most once per idempotency key. */
  placeOrder(
    cartId: string,
    request: PlaceOrderRequest,
    context: PlaceOrderContext,
  ): Promise<PlaceOrderResult>
  completePaymentAction(
    cartId: string,
    actionId: string,
    context: PlaceOrderContext,
  ): Promise<PlaceOrderResult>
  getOrder(orderId: string, statusToken: string | undefined): Order
  /** `request` is `{ number, email }`; `client` keys the rate limit. */
  lookUpOrder(request: unknown, client?: string): OrderLookup
  signUp(request: SignUpRequest, client?: string): Promise<Session>
  signIn(request: SignInRequest, client?: string): Promise<Session>
  signOut(sessionToken: string | undefined): void
  getCustomer(sessionToken: string | undefined): Customer
}

export interface PurchasesOptions extends PurchaseSettings {
  now: () => Date
  catalog: CatalogIndex
  carts: OrderCarts
  merchant: Merchant
  /** Orders and customers from a snapshot. */
  state?: { orders?: StoredOrder[] | undefined; customers?: StoredCustomer[] | undefined }
  onChange: () => void
}

export interface Purchases {
  operations: PurchaseOperations
  /** Refuses (409 `cart_already_ordered`) any change to a cart that became an order. */
  assertCartOpen(cartId: string): void
  /** The same question without a refusal, for scans over many carts. */
  isCartOrdered(cartId: string): boolean
  /** The order by id alone, for the engine's own use: never answered to a client as is. */
  orderById(orderId: string): Order | undefined
  exportState(): { orders: StoredOrder[]; customers: StoredCustomer[] }
}

export function createPurchases(options: PurchasesOptions): Purchases {
  const { now, onChange } = options
  const payments = createPaymentDesk({
    now,
    ...(options.paymentOrigin === undefined ? {} : { origin: options.paymentOrigin }),
    ...(options.paymentLatencyMs === undefined ? {} : { latencyMs: options.paymentLatencyMs }),
    stripe: options.stripe,
  })
  // Accounts list orders and orders remember addresses: each looks the other up when called.
  const accounts = createAccounts({
    now,
    customers: options.state?.customers,
    ordersOf: (customer) => orders.summariesFor(customer),
    claimOrder: (order, customer) => orders.claim(order, customer),
    onChange,
  })
  const orders = createOrderDesk({
    now,
    catalog: options.catalog,
    carts: options.carts,
    customers: accounts,
    payments,
    orders: options.state?.orders,
    idempotencyTtlMs: options.idempotencyTtlMs,
    merchant: options.merchant,
    onChange,
  })

  return {
    operations: {
      payments,
      listPaymentMethods: orders.listPaymentMethods,
      placeOrder: orders.placeOrder,
      completePaymentAction: orders.completePaymentAction,
      getOrder: orders.getOrder,
      lookUpOrder: orders.lookUpOrder,
      signUp: accounts.signUp,
      signIn: accounts.signIn,
      signOut: accounts.signOut,
      getCustomer: accounts.getCustomer,
    },
    assertCartOpen: orders.assertCartOpen,
    isCartOrdered: orders.isCartOrdered,
    orderById: orders.orderById,
    exportState: () => ({ orders: orders.exportOrders(), customers: accounts.exportCustomers() }),
  }
}
