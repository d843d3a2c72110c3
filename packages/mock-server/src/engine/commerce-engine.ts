import { randomUUID } from 'node:crypto'
import {
  type AddItemRequest,
  addItemRequestSchema,
  type Cart,
  type CreateCartRequest,
  createCartRequestSchema,
  MAX_LINE_QUANTITY,
  type Merchant,
  type Product,
  updateItemRequestSchema,
} from '@weship/checkout-core'
import { demoCatalog } from '../catalog/demo-catalog.js'
import type { Catalog } from '../catalog/types.js'
import { createCartShelf } from './cart-shelf.js'
import { type StoredCart, type StoredLine, viewCart } from './cart-view.js'
import { type CatalogIndex, indexCatalog } from './catalog-index.js'
import { type CheckoutDetailsEngine, createCheckoutDetails } from './checkout/checkout-details.js'
import { type Clock, clockFromNow } from './clock.js'
import { createCodeLedger } from './codes/code-ledger.js'
import { demoMerchant } from './demo-merchant.js'
import * as refuse from './engine-errors.js'
import { type EngineState, exportCarts, importCarts } from './engine-state.js'
import {
  createPurchases,
  type PurchaseOperations,
  type PurchaseSettings,
} from './orders/purchases.js'
import { parseInput } from './parse-input.js'
import type { ReminderSettings } from './post-purchase/cart-reminders.js'
import { enginePostPurchase } from './post-purchase/engine-post-purchase.js'
import type { InvitationSettings } from './post-purchase/invitation-codes.js'
import type { PostPurchaseOperations } from './post-purchase/post-purchase.js'
import { createTokenBucket } from './token-bucket.js'
import { TooManyAttemptsError } from './too-many-attempts.js'

export interface CommerceEngineOptions extends PurchaseSettings {
  /** The clock behind `createdAt`/`updatedAt`; tests and the dev clock pass their own. */
  now?: () => Date
  /** One clock for prices, delivery dates and the dev clock route; wins over `now`. */
  clock?: Clock
  catalog?: Catalog
  /** Product image URLs; root-relative by default, made absolute per request by the HTTP app. */
  imageUrl?: (productId: string) => string
  /**
   * At most this many carts (10,000): beyond it, unused carts make room for new ones and, when
   * every cart is in recent use, new carts are refused (503) rather than a shopper's dropped.
   */
  maxCarts?: number
  /** Carts unchanged for this long (engine clock) are forgotten; 7 days by default. */
  cartTtlMs?: number
  /** A cart read or changed within this long is never dropped to make room; 24 hours by default. */
  recentCartUseMs?: number
  /** Carts to start from, e.g. a snapshot read back from disk. */
  state?: EngineState
  /** Called after every change, e.g. to schedule a snapshot. */
  onChange?: () => void
  /** Abandoned-cart reminder timing and incentive. */
  reminders?: ReminderSettings
  /** The invitation to buy again after delivery: when, and whether with a code. */
  invitations?: InvitationSettings
  /** How long a "Buy again" link works; 90 days by default. */
  reorderLinkTtlMs?: number
  /** The shop's name and postal address, on every receipt and e-mail; Northwind Goods by default. */
  merchant?: Merchant
}

/** The demo shop's rules, in memory. Mirrors the adapter port, synchronously. */
export interface CommerceEngine
  extends CheckoutDetailsEngine,
    PurchaseOperations,
    PostPurchaseOperations {
  /** The engine's time; the dev clock route moves it. */
  readonly clock: Clock
  /** Currencies with a price list; the first is the default for new carts. */
  readonly currencies: readonly string[]
  /** Who sells: every order's receipt names it, and the e-mails are signed with it. */
  readonly merchant: Merchant
  listProducts(currency: string): Product[]
  /** `client` (the caller's address) is limited to a burst of new carts; in-process callers are not. */
  createCart(request?: CreateCartRequest, client?: string): Cart
  getCart(cartId: string): Cart
  /** Adds units; a SKU already in the cart grows its existing line. */
  addItem(cartId: string, item: AddItemRequest): Cart
  /** Sets a line's quantity; 0 removes the line. */
  updateItem(cartId: string, lineId: string, quantity: number): Cart
  removeItem(cartId: string, lineId: string): Cart
  /** The SVG illustration of a product, or undefined for an unknown product. */
  productImage(productId: string): string | undefined
  /** A deep copy of everything stored, for a snapshot file. */
  exportState(): EngineState
}

export const DEFAULT_CART_TTL_MS = 7 * 24 * 3600_000
/** A shop page makes one cart per visitor; a flood from one network runs dry at once. */
export const NEW_CARTS_PER_CLIENT = { capacity: 100, refillMs: 3_000 }

export const defaultImageUrl = (productId: string) => `/images/${encodeURIComponent(productId)}.svg`

export function createCommerceEngine(options: CommerceEngineOptions = {}): CommerceEngine {
  const clock = options.clock ?? clockFromNow(options.now)
  const now = clock.now
  const imageUrl = options.imageUrl ?? defaultImageUrl
  const catalog = indexCatalog(options.catalog ?? demoCatalog)
  const onChange = options.onChange ?? (() => {})
  const shelf = createCartShelf(
    {
      now,
      maxCarts: options.maxCarts ?? 10_000,
      ttlMs: options.cartTtlMs ?? DEFAULT_CART_TTL_MS,
      recentUseMs: options.recentCartUseMs ?? 24 * 3600_000,
    },
    options.state ? importCarts(options.state, catalog) : [],
  )
  const newCarts = createTokenBucket({ ...NEW_CARTS_PER_CLIENT, now })
  const { carts, isIdle } = shelf
  const ledger = createCodeLedger(options.state?.codes)
  const pricing = { now, ledger }
  const view = (cart: StoredCart) => viewCart(cart, catalog, imageUrl, pricing)

  function findCart(cartId: string): StoredCart {
    const cart = readCart(cartId)
    shelf.markUsed(cartId)
    // An ordered cart is the order's receipt now: changes to it are refused.
    purchases.assertCartOpen(cartId)
    return cart
  }

  function readCart(cartId: string): StoredCart {
    const cart = shelf.get(cartId)
    // An idle cart is gone already; reads leave its removal to the next new cart.
    if (!cart) throw refuse.cartNotFound()
    return cart
  }

  function findLine(cart: StoredCart, lineId: string): StoredLine {
    const line = cart.lines.find((candidate) => candidate.id === lineId)
    if (!line) throw refuse.lineNotFound()
    return line
  }

  function commit(cart: StoredCart): Cart {
    // A change can end a code's conditions (minimum, used by this e-mail): forget it with it.
    details.dropLapsedCodes(cart)
    cart.version += 1
    cart.updatedAt = now().toISOString()
    shelf.markUsed(cart.id)
    onChange()
    return view(cart)
  }

  function removeItem(cartId: string, lineId: string): Cart {
    const cart = findCart(cartId)
    const line = findLine(cart, lineId)
    cart.lines = cart.lines.filter((candidate) => candidate !== line)
    return commit(cart)
  }

  const details = createCheckoutDetails({ findCart, commit, view, pricing, onChange })
  const purchases = createPurchases({
    paymentOrigin: options.paymentOrigin,
    paymentLatencyMs: options.paymentLatencyMs,
    idempotencyTtlMs: options.idempotencyTtlMs,
    stripe: options.stripe,
    merchant: options.merchant ?? demoMerchant,
    now,
    catalog,
    state: options.state,
    onChange,
    carts: {
      view: (cartId) => view(readCart(cartId)),
      chosenShippingOption: details.actions.chosenShippingOption,
      checkCodesForOrder: details.actions.checkCodesForOrder,
      redeemCodesForOrder: details.actions.redeemCodesForOrder,
    },
  })

  const postPurchase = enginePostPurchase({
    now,
    carts,
    isIdle,
    readCart,
    view,
    purchases,
    ledger,
    catalog,
    createCart: (request) => engine.createCart(request),
    settings: {
      reminders: options.reminders,
      invitations: options.invitations,
      reorderLinkTtlMs: options.reorderLinkTtlMs,
    },
    state: options.state?.postPurchase,
  })

  const engine: CommerceEngine = {
    ...details.actions,
    ...purchases.operations,
    ...postPurchase.operations,
    setContact(cartId, contact, client) {
      const cart = details.actions.setContact(cartId, contact, client)
      // Double opt-in: a ticked box asks the address itself before any marketing mail goes.
      const given = cart.contact
      if (given?.marketingConsent?.email === true)
        postPurchase.consentGiven(given.email, given.locale, client)
      return cart
    },
    clock,
    currencies: catalog.currencies,
    merchant: { ...(options.merchant ?? demoMerchant) },
    productImage: (productId) => catalog.findProduct(productId)?.imageSvg,
    exportState: () => ({
      ...exportCarts([...carts.values()].filter((cart) => !isIdle(cart))),
      codes: ledger.exportState(),
      ...purchases.exportState(),
      postPurchase: postPurchase.exportState(),
    }),

    listProducts(currency) {
      assertCurrency(catalog, currency)
      return catalog.listProducts(currency, imageUrl)
    },

    createCart(request = {}, client) {
      const wait = client === undefined ? 0 : newCarts.take(client)
      if (wait > 0) throw new TooManyAttemptsError(wait, 'Too many new carts. Try again later.')
      const { currency = catalog.currencies[0] ?? '', items = [] } = parseInput(
        createCartRequestSchema,
        request,
      )
      assertCurrency(catalog, currency)
      const quantities = new Map<string, number>()
      items.forEach(({ sku, quantity }, index) => {
        const total = (quantities.get(sku) ?? 0) + quantity
        assertSellable(catalog, sku, total, `items.${index}`)
        quantities.set(sku, total)
      })
      const timestamp = now().toISOString()
      const cart: StoredCart = {
        id: randomUUID(),
        version: 1,
        currency,
        lines: [...quantities].map(([sku, quantity], index) => ({
          id: `line_${index + 1}`,
          sku,
          quantity,
        })),
        nextLine: quantities.size + 1,
        createdAt: timestamp,
        updatedAt: timestamp,
      }
      shelf.add(cart)
      onChange()
      return view(cart)
    },

    getCart(cartId) {
      const cart = readCart(cartId)
      shelf.markUsed(cartId)
      return view(cart)
    },

    addItem(cartId, item) {
      const { sku, quantity } = parseInput(addItemRequestSchema, item)
      const cart = findCart(cartId)
      const line = cart.lines.find((candidate) => candidate.sku === sku)
      const total = (line?.quantity ?? 0) + quantity
      assertSellable(catalog, sku, total, '')
      if (line) line.quantity = total
      else cart.lines.push({ id: `line_${cart.nextLine++}`, sku, quantity })
      return commit(cart)
    },

    updateItem(cartId, lineId, quantity) {
      const wanted = parseInput(updateItemRequestSchema, { quantity }).quantity
      const cart = findCart(cartId)
      const line = findLine(cart, lineId)
      if (wanted === line.quantity) return view(cart)
      if (wanted === 0) return removeItem(cartId, lineId)
      assertSellable(catalog, line.sku, wanted, '')
      line.quantity = wanted
      return commit(cart)
    },

    removeItem,
  }
  return engine
}

function assertCurrency(catalog: CatalogIndex, currency: string): void {
  if (!catalog.currencies.includes(currency)) {
    throw refuse.unsupportedCurrency(currency, catalog.currencies)
  }
}

/** Refuses, before anything is written, a quantity the shop cannot sell; never clamps it. */
function assertSellable(catalog: CatalogIndex, sku: string, quantity: number, at: string): void {
  const field = (name: string) => (at ? `${at}.${name}` : name)
  const entry = catalog.findVariant(sku)
  if (!entry) throw refuse.unknownSku(sku, field('sku'))
  const { stock } = entry.variant
  if (stock !== undefined && quantity > stock) {
    throw refuse.stockRefused(sku, stock, field('quantity'))
  }
  if (quantity > MAX_LINE_QUANTITY) throw refuse.quantityLimit(field('quantity'))
}
