import type { Cart, CreateCartRequest, Order } from '@weship/checkout-core'
import type { StoredCart } from '../cart-view.js'
import type { CatalogIndex } from '../catalog-index.js'
import type { CodeLedger } from '../codes/code-ledger.js'
import { cartNotFound } from '../engine-errors.js'
import type { PurchaseOperations, Purchases } from '../orders/purchases.js'
import { planShipments } from '../shipments/plan-shipments.js'
import {
  createPostPurchase,
  type PostPurchaseOperations,
  type PostPurchaseSettings,
} from './post-purchase.js'
import type { PostPurchaseState } from './post-purchase-state.js'

/** The parts of the engine that tracking, messages and reminders read. */
export interface EngineParts {
  now: () => Date
  carts: ReadonlyMap<string, StoredCart>
  isIdle(cart: Pick<StoredCart, 'updatedAt'>): boolean
  /** The cart, ordered or not; 404 when gone. */
  readCart(cartId: string): StoredCart
  view(cart: StoredCart): Cart
  purchases: Purchases
  ledger: CodeLedger
  catalog: CatalogIndex
  createCart(request: CreateCartRequest): Cart
  settings: PostPurchaseSettings
  /** From a snapshot. */
  state?: PostPurchaseState | undefined
}

type Placement = Pick<PurchaseOperations, 'placeOrder' | 'completePaymentAction' | 'getOrder'>

/** The post-purchase operations, and order placement that starts each order's messages. */
export function enginePostPurchase(parts: EngineParts): {
  operations: PostPurchaseOperations & Placement
  consentGiven(email: string, locale: string | undefined, client?: string): void
  exportState(): PostPurchaseState
} {
  const { carts, purchases } = parts
  const isOrdered = purchases.isCartOrdered
  const postPurchase = createPostPurchase(
    {
      now: parts.now,
      readOrder: purchases.operations.getOrder,
      customerEmails: () => purchases.exportState().orders.map((order) => order.email),
      orderById: purchases.orderById,
      catalog: parts.catalog,
      createCart: parts.createCart,
      *reminderCandidates() {
        for (const { id, updatedAt, contact, lines } of carts.values()) {
          if (!contact || lines.length === 0) continue
          if (parts.isIdle({ updatedAt }) || isOrdered(id)) continue
          yield { id, updatedAt, contact }
        }
      },
      openCart(cartId) {
        const cart = parts.readCart(cartId)
        if (isOrdered(cartId)) throw cartNotFound()
        return parts.view(cart)
      },
      issuePromotion: parts.ledger.issuePromotion,
    },
    parts.settings,
    parts.state,
  )
  // Every completed order (and its replays, which the follow-up ignores) starts its messages.
  const followed = async (
    cartId: string,
    placing: Promise<Awaited<ReturnType<Placement['placeOrder']>>>,
  ) => {
    const result = await placing
    if (result.status === 'completed') {
      const consent = parts.readCart(cartId).contact?.marketingConsent?.email === true
      postPurchase.orderPlaced(result.order, consent)
    }
    return result
  }
  const operations: PostPurchaseOperations & Placement = {
    ...postPurchase.operations,
    getOrder(orderId, statusToken) {
      const order = purchases.operations.getOrder(orderId, statusToken)
      return { ...order, status: fulfilmentStatus(order, parts.now()) }
    },
    placeOrder: (cartId, request, context) =>
      followed(cartId, purchases.operations.placeOrder(cartId, request, context)),
    completePaymentAction: (cartId, actionId, context) =>
      followed(cartId, purchases.operations.completePaymentAction(cartId, actionId, context)),
  }
  return {
    operations,
    consentGiven: postPurchase.consentGiven,
    exportState: postPurchase.exportState,
  }
}

/**
 * `fulfilled` once the carrier holds every package (its first transit scan has passed),
 * `delivered` once every one has arrived.
 */
function fulfilmentStatus(order: Order, now: Date): Order['status'] {
  if (order.status !== 'confirmed') return order.status
  const plans = planShipments(order)
  const passed = (status: string) =>
    plans.every((plan) =>
      plan.scans.some((scan) => scan.status === status && scan.at <= now.getTime()),
    )
  if (passed('delivered')) return 'delivered'
  return passed('in_transit') ? 'fulfilled' : 'confirmed'
}
