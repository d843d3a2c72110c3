import { randomUUID } from 'node:crypto'
import {
  type AddItemRequest,
  addItemRequestSchema,
  type Cart,
  type CreateCartRequest,
  createCartRequestSchema,
  MAX_LINE_QUANTITY,
  type Product,
  updateItemRequestSchema,
} from '@weship/checkout-core'
import { demoCatalog } from '../catalog/demo-catalog.js'
import type { Catalog } from '../catalog/types.js'
import { type StoredCart, type StoredLine, viewCart } from './cart-view.js'
import { type CatalogIndex, indexCatalog } from './catalog-index.js'
import * as refuse from './engine-errors.js'
import { type EngineState, exportCarts, importCarts } from './engine-state.js'
import { parseInput } from './parse-input.js'

export interface CommerceEngineOptions {
  /** The clock behind `createdAt`/`updatedAt`; tests and the dev clock pass their own. */
  now?: () => Date
  catalog?: Catalog
  /** Product image URLs; root-relative by default, made absolute per request by the HTTP app. */
  imageUrl?: (productId: string) => string
  /** Oldest carts are forgotten beyond this, so a flood of new carts cannot exhaust memory. */
  maxCarts?: number
  /** Carts to start from, e.g. a snapshot read back from disk. */
  state?: EngineState
  /** Called after every change, e.g. to schedule a snapshot. */
  onChange?: () => void
}

/** The demo shop's rules, in memory. Mirrors the adapter port, synchronously. */
export interface CommerceEngine {
  /** Currencies with a price list; the first is the default for new carts. */
  readonly currencies: readonly string[]
  listProducts(currency: string): Product[]
  createCart(request?: CreateCartRequest): Cart
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

export const defaultImageUrl = (productId: string) => `/images/${encodeURIComponent(productId)}.svg`

export function createCommerceEngine(options: CommerceEngineOptions = {}): CommerceEngine {
  const now = options.now ?? (() => new Date())
  const imageUrl = options.imageUrl ?? defaultImageUrl
  const maxCarts = options.maxCarts ?? 10_000
  const catalog = indexCatalog(options.catalog ?? demoCatalog)
  const onChange = options.onChange ?? (() => {})
  const carts = new Map<string, StoredCart>()
  for (const cart of options.state ? importCarts(options.state, catalog) : []) {
    carts.set(cart.id, cart)
  }
  const view = (cart: StoredCart) => viewCart(cart, catalog, imageUrl)

  function findCart(cartId: string): StoredCart {
    const cart = carts.get(cartId)
    if (!cart) throw refuse.cartNotFound()
    return cart
  }

  function findLine(cart: StoredCart, lineId: string): StoredLine {
    const line = cart.lines.find((candidate) => candidate.id === lineId)
    if (!line) throw refuse.lineNotFound()
    return line
  }

  function commit(cart: StoredCart): Cart {
    cart.version += 1
    cart.updatedAt = now().toISOString()
    onChange()
    return view(cart)
  }

  function removeItem(cartId: string, lineId: string): Cart {
    const cart = findCart(cartId)
    const line = findLine(cart, lineId)
    cart.lines = cart.lines.filter((candidate) => candidate !== line)
    return commit(cart)
  }

  return {
    currencies: catalog.currencies,
    productImage: (productId) => catalog.findProduct(productId)?.imageSvg,
    exportState: () => exportCarts(carts.values()),

    listProducts(currency) {
      assertCurrency(catalog, currency)
      return catalog.listProducts(currency, imageUrl)
    },

    createCart(request = {}) {
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
      carts.set(cart.id, cart)
      // Maps iterate in insertion order, so the first key is the oldest cart.
      if (carts.size > maxCarts) carts.delete(carts.keys().next().value ?? '')
      onChange()
      return view(cart)
    },

    getCart: (cartId) => view(findCart(cartId)),

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
