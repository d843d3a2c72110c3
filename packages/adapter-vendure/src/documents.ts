/**
 * The Shop API operations the adapter sends. Every mutation asks for the whole order (or the
 * ErrorResult in its place), so each answer maps to a fresh cart without a second request.
 */

const address =
  'fullName company streetLine1 streetLine2 city province postalCode countryCode phoneNumber'

export const orderFields = `
  id code state active currencyCode createdAt updatedAt orderPlacedAt couponCodes totalQuantity
  subTotal subTotalWithTax shipping shippingWithTax total totalWithTax
  lines {
    id quantity unitPrice unitPriceWithTax linePrice linePriceWithTax
    featuredAsset { preview }
    productVariant { id sku name product { id name } options { name group { name } } }
  }
  discounts { description amount amountWithTax }
  customer { emailAddress }
  shippingAddress { ${address} }
  billingAddress { ${address} }
  shippingLines { price priceWithTax shippingMethod { id code name } }
  payments { method amount state }
`

/** An ErrorResult of any kind: every one carries these two fields. */
const errorResult = `... on ErrorResult { errorCode message }`
/** The Order or ErrorResult answer, with the extra fields of the ErrorResults it may hold. */
const orderOr = (details = '') =>
  `{ __typename ... on Order { ${orderFields} } ${errorResult} ${details} }`
const orderOrError = orderOr()
const stock = orderOr('... on InsufficientStockError { quantityAvailable }')
const transitionDetails = '... on OrderStateTransitionError { transitionError }'
const payment = orderOr(`${transitionDetails}
  ... on PaymentDeclinedError { paymentErrorMessage }
  ... on PaymentFailedError { paymentErrorMessage }`)

export const activeOrderQuery = `query WeshipActiveOrder { activeOrder { ${orderFields} } }`

export const channelQuery = `query WeshipChannel {
  activeChannel { defaultCurrencyCode availableCurrencyCodes pricesIncludeTax }
}`

export const variantBySkuQuery = `query WeshipVariantBySku($sku: String!) {
  search(input: { term: $sku, groupByProduct: false, take: 20 }) {
    items { sku productVariantId }
  }
}`

export const addItemMutation = `mutation WeshipAddItem($variantId: ID!, $quantity: Int!) {
  addItemToOrder(productVariantId: $variantId, quantity: $quantity) ${stock}
}`

export const adjustLineMutation = `mutation WeshipAdjustLine($lineId: ID!, $quantity: Int!) {
  adjustOrderLine(orderLineId: $lineId, quantity: $quantity) ${stock}
}`

export const removeLineMutation = `mutation WeshipRemoveLine($lineId: ID!) {
  removeOrderLine(orderLineId: $lineId) ${orderOrError}
}`

export const applyCouponMutation = `mutation WeshipApplyCoupon($code: String!) {
  applyCouponCode(couponCode: $code) ${orderOrError}
}`

export const removeCouponMutation = `mutation WeshipRemoveCoupon($code: String!) {
  removeCouponCode(couponCode: $code) { ${orderFields} }
}`

export const setCustomerMutation = `mutation WeshipSetCustomer($input: CreateCustomerInput!) {
  setCustomerForOrder(input: $input) ${orderOrError}
}`

export const setShippingAddressMutation = `mutation WeshipSetShippingAddress($input: CreateAddressInput!) {
  setOrderShippingAddress(input: $input) ${orderOrError}
}`

export const setBillingAddressMutation = `mutation WeshipSetBillingAddress($input: CreateAddressInput!) {
  setOrderBillingAddress(input: $input) ${orderOrError}
}`

export const unsetBillingAddressMutation = `mutation WeshipUnsetBillingAddress {
  unsetOrderBillingAddress ${orderOrError}
}`

export const shippingMethodsQuery = `query WeshipShippingMethods {
  eligibleShippingMethods { id code name price priceWithTax }
  activeOrder { currencyCode }
}`

export const setShippingMethodMutation = `mutation WeshipSetShippingMethod($ids: [ID!]!) {
  setOrderShippingMethod(shippingMethodId: $ids) ${orderOrError}
}`

export const paymentMethodsQuery = `query WeshipPaymentMethods {
  eligiblePaymentMethods { id code name isEligible }
}`

export const transitionMutation = `mutation WeshipTransition($state: String!) {
  transitionOrderToState(state: $state) ${orderOr(transitionDetails)}
}`

export const addPaymentMutation = `mutation WeshipAddPayment($input: PaymentInput!) {
  addPaymentToOrder(input: $input) ${payment}
}`

export const orderByCodeQuery = `query WeshipOrderByCode($code: String!) {
  orderByCode(code: $code) { ${orderFields} }
}`
