export type {
  AdapterCapabilities,
  CheckoutAdapter,
  CspRequirements,
  IdempotentRequestOptions,
  OrderAccess,
  RequestOptions,
  ShippingChoiceOptions,
} from './adapter.js'
// For adapters to other backends, so their timeouts and cancels read as the REST adapter's do.
export { createAttemptMemory } from './adapters/attempt-memory.js'
export { type FetchDeadlineOptions, fetchWithDeadline } from './adapters/fetch-with-deadline.js'
export { createHttpAdapter, type HttpAdapterOptions } from './adapters/http.js'
export type { HttpClientOptions } from './adapters/http-request.js'
export { createVersionCounter } from './adapters/version-counter.js'
export * from './address/address-data.js'
export * from './address/address-form-rows.js'
export * from './address/address-format.js'
export * from './address/address-rules.js'
export * from './address/countries.js'
export * from './address/country-name.js'
export * from './address/format-address.js'
export { type AnalyticsCart, analyticsCart } from './analytics-cart.js'
export {
  type AnalyticsOrder,
  type AnalyticsPayment,
  type AnalyticsShipment,
  analyticsOrder,
  analyticsShipment,
} from './analytics-order.js'
export { type BackendIdentity, backendIdentity, backendKey } from './backend-identity.js'
export { DOCS_BASE_URL, docsUrl } from './docs.js'
export {
  CheckoutError,
  type CheckoutErrorCode,
  type CheckoutErrorOptions,
  checkoutErrorCodes,
  type FieldError,
  isCheckoutError,
  toCheckoutError,
} from './errors.js'
export type { WeshipErrorDetail, WeshipEventMap, WeshipEventName } from './events.js'
export { isHttpUrl } from './http-url.js'
export { canonicalLocale } from './i18n/canonical-locale.js'
export {
  formattingLocale,
  localeChain,
  matchLocale,
} from './i18n/locale-chain.js'
export {
  pseudoLocale,
  type SupportedLocale,
  supportedLocales,
  type TargetLocale,
  targetLocales,
  textDirection,
} from './i18n/locales.js'
export {
  type MessageTree,
  messageLeaves,
  messagePattern,
  placeholders,
  pluralBases,
} from './i18n/message-tree.js'
export { pseudoLocalize, pseudoLocalizeText } from './i18n/pseudo-locale.js'
export { isLoopbackHost } from './loopback.js'
export { reorderCart } from './model/cart-reorder.js'
export {
  type CartSession,
  type CartSessionOptions,
  type CartStatus,
  createCartSession,
  isCartGone,
  type ReorderNotice,
} from './model/cart-session.js'
export { createCheckout } from './model/checkout.js'
export { accountFields } from './model/checkout-account.js'
export type { Checkout } from './model/checkout-api.js'
export type { DeliveryStatus } from './model/checkout-delivery.js'
export { DRAFT_TTL_MS } from './model/checkout-draft.js'
export {
  type AddressDraft,
  type CheckoutActionName,
  type CheckoutFieldError,
  type CheckoutFieldErrors,
  type CheckoutOptions,
  type CheckoutStep,
  type ContactDraft,
  checkoutSteps,
  type DraftFieldPath,
  type DraftFields,
  isPaymentInFlight,
  type PaymentActionEnd,
  type PaymentStatus,
  paymentStatuses,
} from './model/checkout-types.js'
export { isAddressComplete } from './model/checkout-validation.js'
export { type EmptyCartFields, emptyCart } from './model/empty-cart.js'
export {
  createOrderStatusModel,
  type FeedbackState,
  type LookupState,
  type OrderLink,
  type OrderStatusModel,
  type OrderStatusModelOptions,
  type StatusView,
} from './model/order-status.js'
export { isAddressSaved } from './model/saved-input.js'
export { createMemoryStorage, createSafeStorage, type KeyValueStorage } from './model/storage.js'
export { yieldToMain } from './model/yield-to-main.js'
export * from './money/decimal-amount.js'
export * from './money/money.js'
export { type ReceiptLayout, type ReceiptRow, receiptLayout } from './money/receipt-layout.js'
export {
  parsePaymentOrigin,
  paymentPageRefusal,
  vetPaymentMethods,
  vetPlaceOrderResult,
} from './payment-pages.js'
export { type RestRoute, restRoutes } from './rest/rest-routes.js'
export * from './schemas/address.js'
export * from './schemas/cart.js'
export * from './schemas/catalog.js'
export * from './schemas/codes.js'
export * from './schemas/contact.js'
export * from './schemas/customer.js'
export * from './schemas/feedback.js'
export * from './schemas/limits.js'
export * from './schemas/money.js'
export * from './schemas/order.js'
export * from './schemas/order-lookup.js'
export * from './schemas/payment.js'
export * from './schemas/pickup.js'
export * from './schemas/problem.js'
export * from './schemas/recovery.js'
export * from './schemas/reorder.js'
export * from './schemas/shipping.js'
export * from './schemas/tracking.js'
export { toStripeAmount } from './stripe/stripe-amount.js'
export { mergeCspRequirements, stripeCspRequirements } from './stripe/stripe-csp.js'
export { collapseRepeatedScans, currentShipmentStatus } from './tracking/collapse-scans.js'
export { type OrderProgress, orderProgress } from './tracking/order-progress.js'
export {
  alwaysVisible,
  type PageVisibility,
  type RefreshOutcome,
  startTrackingPoll,
} from './tracking/tracking-poll.js'
export {
  deliveredAt,
  estimatedDelivery,
  isDelivered,
  isTrackingFinished,
  trackingFingerprint,
} from './tracking/tracking-summary.js'
