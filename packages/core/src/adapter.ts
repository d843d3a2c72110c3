import type { BackendIdentity } from './backend-identity.js'
import type { Address } from './schemas/address.js'
import type { AddItemRequest, Cart, CreateCartRequest } from './schemas/cart.js'
import type { Product } from './schemas/catalog.js'
import type { Contact } from './schemas/contact.js'
import type { Customer, Session, SignInRequest, SignUpRequest } from './schemas/customer.js'
import type { Feedback, FeedbackRequest } from './schemas/feedback.js'
import type { Order, PlaceOrderResult } from './schemas/order.js'
import type { OrderLookup, OrderLookupRequest } from './schemas/order-lookup.js'
import type { PaymentMethod, PlaceOrderRequest } from './schemas/payment.js'
import type { Reorder, ReorderLink } from './schemas/reorder.js'
import type { ShippingOption } from './schemas/shipping.js'
import type { Tracking } from './schemas/tracking.js'

/** Features a backend may lack; the UI hides what an adapter does not declare. */
export interface AdapterCapabilities {
  catalog: boolean
  promoCodes: boolean
  giftCards: boolean
  accounts: boolean
  tracking: boolean
  deliveryEstimates: boolean
  cartRecovery: boolean
  /** `lookUpOrder`: a shopper without the link finds the order by its number and e-mail. */
  orderLookup: boolean
  /** `reorder` and `createReorderLink`: "Buy again" fills a new cart with an order's items. */
  reorder: boolean
}

/** Origins the adapter talks to, so merchants can write a strict Content-Security-Policy. */
export interface CspRequirements {
  connectSrc: string[]
  frameSrc: string[]
  imgSrc: string[]
  /** Scripts a payment provider loads, e.g. Stripe.js; absent when there are none. */
  scriptSrc?: string[]
}

export interface RequestOptions {
  signal?: AbortSignal
}

export interface IdempotentRequestOptions extends RequestOptions {
  /** One key per place-order attempt, reused on every retry of that attempt. */
  idempotencyKey: string
}

export interface ShippingChoiceOptions extends RequestOptions {
  /** For a pickup option: one of its `pickupPoints`; the backend takes the nearest without it. */
  pickupPointId?: string
}

export interface OrderAccess extends RequestOptions {
  /** The capability token from the order or its e-mails. */
  token: string
}

/**
 * The port between the widget and any commerce backend. Every method returns parsed domain
 * types and fails only with a CheckoutError. The server computes every price: callers send
 * SKUs, quantities, codes, addresses and choices — never an amount.
 */
export interface CheckoutAdapter {
  readonly capabilities: AdapterCapabilities
  readonly cspRequirements: CspRequirements
  /**
   * The backend this adapter talks to (`backendIdentity(kind, endpoint, channel)`). Elements
   * share one cart per identity, however they reach it, and remember it under one key. Without
   * it, an adapter object is a backend of its own: its elements share a cart only with elements
   * given the same object.
   */
  readonly identity?: BackendIdentity

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

  /** Applies a promo code or gift card; a refusal is VALIDATION with a `code_*` reason. */
  applyCode(cartId: string, code: string, options?: RequestOptions): Promise<Cart>
  removeCode(cartId: string, code: string, options?: RequestOptions): Promise<Cart>

  setContact(cartId: string, contact: Contact, options?: RequestOptions): Promise<Cart>
  setShippingAddress(cartId: string, address: Address, options?: RequestOptions): Promise<Cart>
  /** `null` bills the shipping address. */
  setBillingAddress(
    cartId: string,
    address: Address | null,
    options?: RequestOptions,
  ): Promise<Cart>

  listShippingOptions(cartId: string, options?: RequestOptions): Promise<ShippingOption[]>
  selectShippingOption(
    cartId: string,
    optionId: string,
    options?: ShippingChoiceOptions,
  ): Promise<Cart>

  listPaymentMethods(cartId: string, options?: RequestOptions): Promise<PaymentMethod[]>
  /**
   * Places the order, or asks for a payment action (3-D Secure). One key per attempt: the cart
   * version, the payment method and the card. Same key and same attempt → the stored result,
   * whether a retry resends the used-up token or brings a fresh single-use token of the same card
   * (typed again after a reload); same key with another attempt — another card's token included,
   * where the backend can tell cards apart — → VALIDATION `idempotency_key_reused`, and the model
   * starts a new attempt with a new key; while the first is in flight → CONFLICT.
   */
  placeOrder(
    cartId: string,
    request: PlaceOrderRequest,
    options: IdempotentRequestOptions,
  ): Promise<PlaceOrderResult>
  /** Finishes a payment after its action; a failed challenge is PAYMENT_DECLINED. */
  completePaymentAction(
    cartId: string,
    actionId: string,
    options: IdempotentRequestOptions,
  ): Promise<PlaceOrderResult>

  getOrder(orderId: string, access: OrderAccess): Promise<Order>

  /** Present when `capabilities.tracking`: the order's shipments, deduplicated events oldest first. */
  getTracking?(orderId: string, access: OrderAccess): Promise<Tracking>
  /** Once per order: a second submission is CONFLICT (`feedback_already_submitted`). */
  submitFeedback?(
    orderId: string,
    feedback: FeedbackRequest,
    access: OrderAccess,
  ): Promise<Feedback>
  /**
   * Present when `capabilities.orderLookup`: a fresh status token when the number and e-mail
   * match; the same ADAPTER 404 for no such order and for a wrong e-mail.
   */
  lookUpOrder?(request: OrderLookupRequest, options?: RequestOptions): Promise<OrderLookup>
  /** Present when `capabilities.cartRecovery`: the cart behind a reminder's token. */
  recoverCart?(token: string, options?: RequestOptions): Promise<Cart>
  /**
   * Present when `capabilities.reorder`: a new cart with the items of the order behind a "Buy
   * again" token, and what could not be added; an unknown or expired token is ADAPTER 404
   * (`reorder_not_found`). The token opens nothing else of the order.
   */
  reorder?(token: string, options?: RequestOptions): Promise<Reorder>
  /** Present when `capabilities.reorder`: a fresh "Buy again" token, for the status token's holder. */
  createReorderLink?(orderId: string, access: OrderAccess): Promise<ReorderLink>

  /**
   * Present when `capabilities.accounts`. `signUp` with `order` (its id and status token) keeps
   * that guest order in the new account.
   */
  signIn?(request: SignInRequest, options?: RequestOptions): Promise<Session>
  signUp?(request: SignUpRequest, options?: RequestOptions): Promise<Session>
  signOut?(options?: RequestOptions): Promise<void>
  getCustomer?(options?: RequestOptions): Promise<Customer>
}
