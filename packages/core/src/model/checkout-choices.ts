import { batch } from '@preact/signals-core'
import { CheckoutError, isCheckoutError } from '../errors.js'
import { vetPaymentMethods } from '../payment-pages.js'
import type { Cart } from '../schemas/cart.js'
import type { DetailsContext } from './checkout-details.js'
import { addressKey } from './saved-input.js'

export interface ChoicesContext extends Omit<DetailsContext, 'formats'> {
  /** Origins whose payment pages the widget may frame (see `paymentPageRefusal`). */
  frameSources(): readonly string[]
}

/** What the shopper picks from the backend's lists: delivery, codes and payment methods. */
export function createChoiceActions({
  adapter,
  writer,
  state,
  runner,
  frameSources,
}: ChoicesContext) {
  const ok = (result: unknown) => result !== null
  /** Codes the shopper is removing: their leaving the cart is no news. */
  const removing = new Set<string>()

  /** The options request on its way; a newer one (or a new address) aborts it. */
  let listing: { controller: AbortController; done: Promise<boolean> } | null = null

  /**
   * Loads the options for the cart's address and keeps one chosen, so its price shows early. An
   * answer overtaken by a newer request, or by a new address, is dropped.
   */
  function loadShippingOptions(): Promise<boolean> {
    cancelShippingOptions()
    const controller = new AbortController()
    const done = listShippingOptions(controller.signal).finally(() => {
      if (listing?.controller === controller) listing = null
    })
    listing = { controller, done }
    return done
  }

  async function listShippingOptions(signal: AbortSignal): Promise<boolean> {
    let listedFor: string | null = null
    const options = await runner.run(
      'loadShippingOptions',
      async () => {
        const cart = await writer.current()
        listedFor = addressKey(cart.shippingAddress)
        return adapter.listShippingOptions(cart.id, { signal })
      },
      { again: loadShippingOptions, signal },
    )
    if (!options) return false
    batch(() => {
      state.shippingOptions.value = options
      state.shippingOptionsFor.value = listedFor
    })
    const onCart = writer.shown()?.shippingOptionId
    if (onCart && options.some((option) => option.id === onCart)) {
      state.selectedShippingOptionId.value = onCart
      return true
    }
    const wanted = state.selectedShippingOptionId.peek()
    const choice = options.find((option) => option.id === wanted) ?? options[0]
    state.selectedShippingOptionId.value = choice?.id ?? null
    return choice ? selectShippingOption(choice.id) : true
  }

  /** Drops the options request on its way: the address it was for is being replaced. */
  function cancelShippingOptions() {
    listing?.controller.abort()
    listing = null
  }

  /** Chooses an option and, for a pickup option, one of its points (the backend's nearest without). */
  async function selectShippingOption(optionId: string, pickupPointId?: string): Promise<boolean> {
    state.selectedShippingOptionId.value = optionId
    const choice = pickupPointId ? { pickupPointId } : {}
    const saved = await runner.run(
      'selectShippingOption',
      () =>
        writer.change((cart) => adapter.selectShippingOption(cart.id, optionId, choice), {
          affectsTotals: true,
        }),
      {
        fields: { field: 'shippingOptionId' },
        again: () => selectShippingOption(optionId, pickupPointId),
      },
    )
    return ok(saved)
  }

  /** Applies a promo code or gift card; a refusal is a field error on `code` with its reason. */
  async function applyCode(code: string): Promise<boolean> {
    const trimmed = code.trim()
    state.droppedCodes.value = []
    if (!trimmed) {
      state.showFieldErrors('code', { code: { reason: 'required', message: 'Enter a code.' } })
      return false
    }
    const saved = await runner.run(
      'applyCode',
      () => writer.change((cart) => applyOnce(cart.id, trimmed), { affectsTotals: true }),
      { fields: { field: 'code' }, again: () => applyCode(code) },
    )
    return ok(saved) && refreshPaymentMethods()
  }

  /**
   * Applies a code; "already applied" when the cart does show it is the answer to an earlier
   * try whose answer was lost (a timeout, then "Try again"), so the code is on, as asked.
   */
  async function applyOnce(cartId: string, code: string): Promise<Cart> {
    try {
      return await adapter.applyCode(cartId, code)
    } catch (cause) {
      if (!isCheckoutError(cause) || cause.reason !== 'code_already_applied') throw cause
      const fresh = await adapter.getCart(cartId)
      const wanted = code.toUpperCase()
      const shown =
        fresh.promoCodes.some((applied) => applied.toUpperCase() === wanted) ||
        fresh.giftCards.some((card) => wanted.endsWith(card.last4.toUpperCase()))
      if (shown) return fresh
      throw cause
    }
  }

  async function removeCode(code: string): Promise<boolean> {
    state.droppedCodes.value = []
    removing.add(code)
    const saved = await runner
      .run(
        'removeCode',
        () => writer.change((cart) => adapter.removeCode(cart.id, code), { affectsTotals: true }),
        { fields: { field: 'code' }, again: () => removeCode(code) },
      )
      .finally(() => removing.delete(code))
    return ok(saved) && refreshPaymentMethods()
  }

  /**
   * A code changes what is left to pay, and with it the methods: a gift card covering the
   * whole order is the payment, and removing it brings the card back. Methods already listed
   * (payment or review) are listed again; before that they load when the step shows.
   */
  async function refreshPaymentMethods(): Promise<boolean> {
    if (state.paymentMethods.peek().length === 0) return true
    await loadPaymentMethods()
    return true
  }

  /** Loads the methods and keeps a valid choice (the first when the saved one is gone). */
  async function loadPaymentMethods(): Promise<boolean> {
    const methods = await runner.run(
      'loadPaymentMethods',
      async () => {
        const methods = await adapter.listPaymentMethods((await writer.current()).id)
        return vetPaymentMethods(methods, frameSources())
      },
      { again: loadPaymentMethods },
    )
    if (!methods) return false
    state.paymentMethods.value = methods
    const chosen = state.selectedPaymentMethodId.peek()
    if (!methods.some((method) => method.id === chosen)) {
      state.selectedPaymentMethodId.value = methods[0]?.id ?? null
    }
    return true
  }

  function selectPaymentMethod(methodId: string): boolean {
    const methods = state.paymentMethods.peek()
    if (methods.length > 0 && !methods.some((method) => method.id === methodId)) {
      state.error.value = new CheckoutError('VALIDATION', `No payment method "${methodId}".`, {
        reason: 'unknown_payment_method',
      })
      return false
    }
    state.selectedPaymentMethodId.value = methodId
    return true
  }

  return {
    /** Whether a code is on its way out at the shopper's request. */
    isRemoving: (code: string) => removing.has(code),
    loadShippingOptions,
    cancelShippingOptions,
    /** The options request on its way, if any, to wait for. */
    shippingOptionsLoading: () => listing?.done ?? null,
    selectShippingOption,
    applyCode,
    removeCode,
    loadPaymentMethods,
    selectPaymentMethod,
  }
}
