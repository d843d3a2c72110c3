import {
  type AdapterCapabilities,
  type CheckoutAdapter,
  CheckoutError,
  type RequestOptions,
  toCheckoutError,
} from '@weship/checkout-core'
import { type CommerceEngine, createCommerceEngine } from '../engine/commerce-engine.js'

/** What the engine offers today; the UI hides everything else. */
const capabilities: AdapterCapabilities = {
  catalog: true,
  promoCodes: false,
  giftCards: false,
  accounts: false,
  tracking: false,
  deliveryEstimates: false,
  cartRecovery: false,
}

function notYet(): Promise<never> {
  return Promise.reject(
    new CheckoutError('ADAPTER', 'The mock engine does not offer this yet.', {
      reason: 'not_implemented',
    }),
  )
}

/**
 * The mock server's engine in-process, for fast tests and demos without a network: same rules,
 * same CheckoutErrors as over HTTP, fresh copies on every call.
 */
export function createMemoryAdapter(
  engine: CommerceEngine = createCommerceEngine(),
): CheckoutAdapter {
  // Async like a real backend, so callers cannot come to rely on synchronous answers.
  async function run<T>(options: RequestOptions | undefined, call: () => T): Promise<T> {
    await Promise.resolve()
    if (options?.signal?.aborted) {
      throw new CheckoutError('CANCELLED', 'The request was cancelled.', {
        cause: options.signal.reason,
      })
    }
    try {
      return call()
    } catch (error) {
      throw toCheckoutError(error)
    }
  }

  return {
    capabilities: { ...capabilities },
    cspRequirements: { connectSrc: [], frameSrc: [], imgSrc: [] },
    listProducts: (currency, options) => run(options, () => engine.listProducts(currency)),
    createCart: (request, options) => run(options, () => engine.createCart(request)),
    getCart: (cartId, options) => run(options, () => engine.getCart(cartId)),
    addItem: (cartId, item, options) => run(options, () => engine.addItem(cartId, item)),
    updateItem: (cartId, lineId, quantity, options) =>
      run(options, () => engine.updateItem(cartId, lineId, quantity)),
    removeItem: (cartId, lineId, options) => run(options, () => engine.removeItem(cartId, lineId)),
    // The rest of the checkout lands engine by engine (issue 3); until then it says so plainly.
    applyCode: notYet,
    removeCode: notYet,
    setContact: notYet,
    setShippingAddress: notYet,
    setBillingAddress: notYet,
    listShippingOptions: notYet,
    selectShippingOption: notYet,
    listPaymentMethods: notYet,
    placeOrder: notYet,
    completePaymentAction: notYet,
    getOrder: notYet,
  }
}
