import type {
  Merchant,
  Order,
  OrderLookup,
  OrderSummary,
  PaymentMethod,
  PlaceOrderResult,
} from '@weship/checkout-core'
import type { CatalogIndex } from '../catalog-index.js'
import type { PaymentDesk } from '../payments/payment-desk.js'
import { paymentMethodsFor } from '../payments/payment-methods.js'
import { emailKey } from '../secrets.js'
import type { OrderCarts, OrderCustomers, PlaceOrderContext } from './order-desk-types.js'
import { cartAlreadyOrdered, orderNotFound } from './order-errors.js'
import { createOrderLookup } from './order-lookup.js'
import type { StoredOrder } from './order-state.js'
import { createOrderStore } from './order-store.js'
import { createOrderPlacement } from './place-order.js'

export interface OrderDeskOptions {
  now: () => Date
  catalog: CatalogIndex
  carts: OrderCarts
  customers: OrderCustomers
  payments: PaymentDesk
  /** Orders from a snapshot; their items are taken out of stock again. */
  orders?: readonly StoredOrder[] | undefined
  idempotencyTtlMs?: number | undefined
  merchant: Merchant
  onChange: () => void
}

/** Payment methods, order placement (idempotent, 3-D Secure) and order pages, for the engine. */
export interface OrderDesk {
  listPaymentMethods(cartId: string): PaymentMethod[]
  placeOrder(
    cartId: string,
    request: unknown,
    context: PlaceOrderContext,
  ): Promise<PlaceOrderResult>
  completePaymentAction(
    cartId: string,
    actionId: string,
    context: PlaceOrderContext,
  ): Promise<PlaceOrderResult>
  /** The order for the holder of its status token; 404 for anyone else. */
  getOrder(orderId: string, statusToken: string | undefined): Order
  /** A fresh status token for the right number and e-mail; rate-limited per number and client. */
  lookUpOrder(request: unknown, client?: string): OrderLookup
  /** Refuses, with 409 `cart_already_ordered`, a change to a cart that became an order. */
  assertCartOpen(cartId: string): void
  isCartOrdered(cartId: string): boolean
  summariesFor(customer: { id: string; email: string }): OrderSummary[]
  /** The order by id alone, for the engine's own use. */
  orderById(orderId: string): Order | undefined
  /**
   * Keeps a guest order in a new account: only with the order's live status token and for the
   * same e-mail; anything else leaves the order as it was.
   */
  claim(order: { id: string; token: string }, customer: { id: string; email: string }): void
  exportOrders(): StoredOrder[]
}

export function createOrderDesk(options: OrderDeskOptions): OrderDesk {
  const { now, catalog, carts, payments } = options
  const store = createOrderStore(options.orders)
  for (const order of options.orders ?? []) {
    for (const item of order.receipt.items) catalog.sell(item.sku, item.quantity)
  }
  const placement = createOrderPlacement(
    { ...options, store },
    { idempotencyTtlMs: options.idempotencyTtlMs },
  )

  return {
    listPaymentMethods(cartId) {
      if (store.forCart(cartId)) throw cartAlreadyOrdered()
      return paymentMethodsFor(carts.view(cartId), payments)
    },
    placeOrder: placement.placeOrder,
    completePaymentAction: placement.completePaymentAction,
    getOrder(orderId, statusToken) {
      const order = store.readWithToken(orderId, statusToken, now())
      if (!order) throw orderNotFound()
      return order
    },
    lookUpOrder: createOrderLookup(store, now),
    isCartOrdered: (cartId) => store.forCart(cartId) !== undefined,
    assertCartOpen(cartId) {
      if (store.forCart(cartId)) throw cartAlreadyOrdered()
    },
    summariesFor: (customer) => store.summariesFor(customer),
    orderById: (orderId) => store.read(orderId),
    claim({ id, token }, customer) {
      const order = store.readWithToken(id, token, now())
      if (!order || order.hasAccount || emailKey(order.email) !== emailKey(customer.email)) return
      store.assignCustomer(order.id, customer.id)
      options.onChange()
    },
    exportOrders: () => store.list(),
  }
}
