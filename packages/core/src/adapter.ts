import type { AddItemRequest, Cart, CreateCartRequest } from './schemas/cart.js'
import type { Product } from './schemas/catalog.js'

/** Features a backend may lack; the UI hides what an adapter does not declare. */
export interface AdapterCapabilities {
  catalog: boolean
  promoCodes: boolean
  giftCards: boolean
  accounts: boolean
  tracking: boolean
  deliveryEstimates: boolean
  cartRecovery: boolean
}

/** Origins the adapter talks to, so merchants can write a strict Content-Security-Policy. */
export interface CspRequirements {
  connectSrc: string[]
  frameSrc: string[]
  imgSrc: string[]
}

export interface RequestOptions {
  signal?: AbortSignal
}

/**
 * The port between the widget and any commerce backend. Every method returns parsed domain
 * types and fails only with a CheckoutError. The server computes every price: callers send
 * SKUs and quantities, never amounts.
 */
export interface CheckoutAdapter {
  readonly capabilities: AdapterCapabilities
  readonly cspRequirements: CspRequirements
  listProducts(currency: string, options?: RequestOptions): Promise<Product[]>
  createCart(request: CreateCartRequest, options?: RequestOptions): Promise<Cart>
  getCart(cartId: string, options?: RequestOptions): Promise<Cart>
  addItem(cartId: string, item: AddItemRequest, options?: RequestOptions): Promise<Cart>
  /** Sets a line's quantity; 0 removes it. */
  updateItem(
    cartId: string,
    lineId: string,
    quantity: number,
    options?: RequestOptions,
  ): Promise<Cart>
  removeItem(cartId: string, lineId: string, options?: RequestOptions): Promise<Cart>
}
