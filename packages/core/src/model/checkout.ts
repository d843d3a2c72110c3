import { batch, computed, createModel, effect, signal, untracked } from '@preact/signals-core'
import { parsePaymentOrigin } from '../payment-pages.js'
import { createCartSession } from './cart-session.js'
import { createAccountActions } from './checkout-account.js'
import { createAddressFormats } from './checkout-address-formats.js'
import type { Checkout } from './checkout-api.js'
import { randomIdempotencyKey } from './checkout-attempt.js'
import { createCartWriter } from './checkout-cart.js'
import { createChoiceActions } from './checkout-choices.js'
import { createDeliveryFollower } from './checkout-delivery.js'
import { createDetailActions } from './checkout-details.js'
import { isBlankDraft, readDraft, writeDraft } from './checkout-draft.js'
import { createFieldActions } from './checkout-fields.js'
import { createNavigation } from './checkout-navigation.js'
import { createPaymentActions } from './checkout-payment.js'
import { createRunner } from './checkout-run.js'
import { createCheckoutState } from './checkout-state.js'
import { createStepSave } from './checkout-step-save.js'
import { canEnterStep, isStepComplete, stepIndex } from './checkout-steps.js'
import { type CheckoutOptions, type CheckoutStep, checkoutSteps } from './checkout-types.js'
import { createSafeStorage } from './storage.js'

const CheckoutModel = createModel<Checkout, [CheckoutOptions]>((options) => {
  const { adapter } = options
  const session = options.session ?? createCartSession({ adapter })
  const storage = createSafeStorage(options.storage)
  const storageKey = options.storageKey ?? 'weship:checkout'
  const now = options.now ?? (() => new Date())
  const createIdempotencyKey = options.createIdempotencyKey ?? randomIdempotencyKey

  const saved = readDraft(storage, storageKey, now())
  const state = createCheckoutState(session, saved)
  const writer = createCartWriter(session)
  const runner = createRunner(state.error, state.fieldErrors)
  const declared = (options.paymentOrigins ?? []).map(parsePaymentOrigin)
  // Read on every use: an adapter may learn its payment origins after it was made.
  const frameSources = () => [...adapter.cspRequirements.frameSrc, ...declared]
  const choices = createChoiceActions({ adapter, writer, state, runner, frameSources })
  const formats = createAddressFormats(state)
  const details = createDetailActions({ adapter, writer, state, runner, formats }, choices)
  const payment = createPaymentActions({
    adapter,
    session,
    writer,
    state,
    runner,
    createIdempotencyKey,
    frameSources,
  })
  const fields = createFieldActions(state, formats)
  const account = createAccountActions({ adapter, state, runner })
  const restored = signal(false)
  const stepSave = createStepSave({ session, state, writer, details, choices, formats })
  const navigation = createNavigation({
    session,
    state,
    runner,
    choices,
    saved,
    restored,
    hasUnsavedInput: stepSave.hasUnsavedInput,
  })
  const delivery = createDeliveryFollower({
    session,
    state,
    busy: runner.busy,
    format: formats.shippingAddressFormat,
    setShippingAddress: () => details.setShippingAddress(),
    delayMs: options.addressSaveDelayMs ?? 400,
  })

  const perStep = (rule: (step: CheckoutStep) => boolean) =>
    Object.fromEntries(checkoutSteps.map((step) => [step, rule(step)])) as Record<
      CheckoutStep,
      boolean
    >
  const canEnter = computed(() => perStep((step) => canEnterStep(step, state.guardInput.value)))
  const completed = computed(() => perStep((step) => isStepComplete(step, state.guardInput.value)))
  const canPlaceOrder = computed(() => {
    const status = state.paymentStatus.value
    const ready = status === 'idle' || status === 'declined'
    return ready && canEnter.value.review && !writer.totalsStale.value && !state.conflict.value
  })
  const canProceed = computed(() => {
    const step = state.step.value
    if (step === 'review') return canPlaceOrder.value
    const following = checkoutSteps[stepIndex(step) + 1]
    return following !== undefined && following !== 'confirmation' && canEnter.value[following]
  })

  const { isRemoving, cancelShippingOptions, shippingOptionsLoading, ...choiceActions } = choices
  // A code that left the same cart without the shopper removing it was dropped by the backend.
  let shownCart = session.cart.peek()
  const stopWatchingCodes = effect(() => {
    const cart = session.cart.value
    const before = shownCart
    shownCart = cart
    if (cart?.id !== before?.id) state.droppedCodes.value = []
    if (!cart || !before || cart.id !== before.id) return
    const dropped = before.promoCodes.filter(
      (code) => !cart.promoCodes.includes(code) && !isRemoving(code),
    )
    if (dropped.length > 0) state.droppedCodes.value = dropped
  })

  // Saves the draft on every change, once start-up has applied the one found in storage.
  const stopSaving = effect(() => {
    if (!restored.value) return
    const draft = {
      version: 1 as const,
      savedAt: now().getTime(),
      cartId: session.cart.value?.id ?? null,
      step: state.step.value,
      contact: state.contact.value,
      shippingAddress: state.shippingAddress.value,
      billingSameAsShipping: state.billingSameAsShipping.value,
      billingAddress: state.billingAddress.value,
      selectedShippingOptionId: state.selectedShippingOptionId.value,
      selectedPaymentMethodId: state.selectedPaymentMethodId.value,
      attempt: state.attempt.value,
      order: state.order.value,
    }
    if (isBlankDraft(draft)) storage.removeItem(storageKey)
    else writeDraft(storage, storageKey, draft)
  })

  function reset(): boolean {
    if (state.paymentStatus.peek() === 'placing') return false
    batch(() => {
      state.clearInputs()
      state.order.value = null
      state.paymentStatus.value = 'idle'
      state.step.value = 'cart'
    })
    runner.forgetFailure()
    return true
  }

  // The order's cart is forgotten once it is placed, so a cart with items showing up at the
  // confirmation is the shopper's next purchase (an add on this page, or a product page after a
  // reload): the confirmation gives way to it instead of hiding it.
  const stopWatchingNextCart = effect(() => {
    const cart = session.cart.value
    const confirmed = restored.value && state.step.value === 'confirmation' && state.order.value
    if (confirmed && cart && cart.itemCount > 0) untracked(reset)
  })

  void navigation.resume()

  return {
    step: state.step,
    cart: session.cart,
    contact: state.contact,
    shippingAddress: state.shippingAddress,
    shippingAddressFormat: formats.shippingAddressFormat,
    billingSameAsShipping: state.billingSameAsShipping,
    billingAddress: state.billingAddress,
    billingAddressFormat: formats.billingAddressFormat,
    shippingOptions: state.shippingOptions,
    deliveryStatus: delivery.deliveryStatus,
    shippingAddressChanged: delivery.shippingAddressChanged,
    selectedShippingOptionId: state.selectedShippingOptionId,
    paymentMethods: state.paymentMethods,
    selectedPaymentMethodId: state.selectedPaymentMethodId,
    paymentStatus: state.paymentStatus,
    paymentFailure: state.paymentFailure,
    pendingAction: state.pendingAction,
    order: state.order,
    fieldErrors: state.fieldErrors,
    busy: runner.busy,
    error: state.error,
    totalsStale: writer.totalsStale,
    conflict: state.conflict,
    droppedCodes: state.droppedCodes,
    canEnter,
    completed,
    canProceed,
    canPlaceOrder,
    ...navigation,
    saveStep: stepSave.saveStep,
    ...fields,
    ...details,
    ...choiceActions,
    ...payment,
    ...account,
    retry: runner.retry,
    reset,
    dispose: () => {
      stopSaving()
      stopWatchingCodes()
      stopWatchingNextCart()
      formats.dispose()
      navigation.dispose()
      delivery.dispose()
    },
  }
})

/**
 * The checkout as signals and actions, from cart to confirmation. Resumes a saved draft from
 * `storage` (cart and step re-checked against the fresh cart) and keeps saving it as it changes.
 */
export function createCheckout(options: CheckoutOptions): Checkout {
  return new CheckoutModel(options)
}
