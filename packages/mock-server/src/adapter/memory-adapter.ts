import {
  type AdapterCapabilities,
  type CheckoutAdapter,
  CheckoutError,
  mergeCspRequirements,
  type RequestOptions,
  stripeCspRequirements,
  toCheckoutError,
} from '@weship/checkout-core'
import { type CommerceEngine, createCommerceEngine } from '../engine/commerce-engine.js'

/** What the engine offers today; the UI hides everything else. */
const capabilities: AdapterCapabilities = {
  catalog: true,
  promoCodes: true,
  giftCards: true,
  accounts: true,
  tracking: true,
  deliveryEstimates: true,
  cartRecovery: true,
  orderLookup: true,
  reorder: true,
}

/**
 * The mock server's engine in-process, for fast tests and demos without a network: same rules,
 * same CheckoutErrors as over HTTP, fresh copies on every call.
 */
export function createMemoryAdapter(
  engine: CommerceEngine = createCommerceEngine(),
): CheckoutAdapter {
  // Async like a real backend, so callers cannot come to rely on synchronous answers.
  async function run<T>(
    options: RequestOptions | undefined,
    call: () => T | Promise<T>,
  ): Promise<T> {
    await Promise.resolve()
    if (options?.signal?.aborted) {
      throw new CheckoutError('CANCELLED', 'The request was cancelled.', {
        cause: options.signal.reason,
      })
    }
    try {
      return await call()
    } catch (error) {
      throw toCheckoutError(error)
    }
  }

  // The signed-in customer's session, kept like the http adapter keeps its bearer token.
  let sessionToken: string | undefined
  const session = () => (sessionToken ? { sessionToken } : {})

  return {
    capabilities: { ...capabilities },
    // The payment pages are the only thing a browser loads from elsewhere: frame them.
    get cspRequirements() {
      const own = { connectSrc: [], frameSrc: [engine.payments.origin], imgSrc: [] }
      return engine.payments.stripe ? mergeCspRequirements(own, stripeCspRequirements) : own
    },
    listProducts: (currency, options) => run(options, () => engine.listProducts(currency)),
    createCart: (request, options) => run(options, () => engine.createCart(request)),
    getCart: (cartId, options) => run(options, () => engine.getCart(cartId)),
    addItem: (cartId, item, options) => run(options, () => engine.addItem(cartId, item)),
    updateItem: (cartId, lineId, quantity, options) =>
      run(options, () => engine.updateItem(cartId, lineId, quantity)),
    removeItem: (cartId, lineId, options) => run(options, () => engine.removeItem(cartId, lineId)),
    applyCode: (cartId, code, options) => run(options, () => engine.applyCode(cartId, code)),
    removeCode: (cartId, code, options) => run(options, () => engine.removeCode(cartId, code)),
    setContact: (cartId, contact, options) =>
      run(options, () => engine.setContact(cartId, contact)),
    setShippingAddress: (cartId, address, options) =>
      run(options, () => engine.setShippingAddress(cartId, address)),
    setBillingAddress: (cartId, address, options) =>
      run(options, () => engine.setBillingAddress(cartId, address)),
    listShippingOptions: (cartId, options) =>
      run(options, () => engine.listShippingOptions(cartId)),
    selectShippingOption: (cartId, optionId, options) =>
      run(options, () => engine.selectShippingOption(cartId, optionId, options?.pickupPointId)),
    listPaymentMethods: (cartId, options) => run(options, () => engine.listPaymentMethods(cartId)),
    placeOrder: (cartId, request, options) =>
      run(options, () =>
        engine.placeOrder(cartId, request, {
          idempotencyKey: options.idempotencyKey,
          ...session(),
        }),
      ),
    completePaymentAction: (cartId, actionId, options) =>
      run(options, () =>
        engine.completePaymentAction(cartId, actionId, {
          idempotencyKey: options.idempotencyKey,
          ...session(),
        }),
      ),
    getOrder: (orderId, access) => run(access, () => engine.getOrder(orderId, access.token)),
    getTracking: (orderId, access) => run(access, () => engine.getTracking(orderId, access.token)),
    submitFeedback: (orderId, feedback, access) =>
      run(access, () => engine.submitFeedback(orderId, access.token, feedback)),
    recoverCart: (token, options) => run(options, () => engine.recoverCart(token)),
    reorder: (token, options) => run(options, () => engine.reorder(token)),
    createReorderLink: (orderId, access) =>
      run(access, () => engine.createReorderLink(orderId, access.token)),
    lookUpOrder: (request, options) => run(options, () => engine.lookUpOrder(request)),
    signUp: (request, options) =>
      run(options, async () => {
        const signedUp = await engine.signUp(request)
        sessionToken = signedUp.token
        return signedUp
      }),
    signIn: (request, options) =>
      run(options, async () => {
        const signedIn = await engine.signIn(request)
        sessionToken = signedIn.token
        return signedIn
      }),
    signOut: (options) =>
      run(options, () => {
        engine.signOut(sessionToken)
        sessionToken = undefined
      }),
    getCustomer: (options) => run(options, () => engine.getCustomer(sessionToken)),
  }
}
