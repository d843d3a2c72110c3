import { batch, effect, type Signal } from '@preact/signals-core'
import type { CheckoutError } from '../errors.js'
import type { CartSession } from './cart-session.js'
import type { createChoiceActions } from './checkout-choices.js'
import type { CheckoutDraft } from './checkout-draft.js'
import type { Runner } from './checkout-run.js'
import type { CheckoutState } from './checkout-state.js'
import { canEnterStep, furthestReachable, stepIndex } from './checkout-steps.js'
import { type CheckoutStep, checkoutSteps, isPaymentInFlight } from './checkout-types.js'

export interface NavigationContext {
  session: CartSession
  state: CheckoutState
  runner: Runner
  choices: Pick<
    ReturnType<typeof createChoiceActions>,
    'loadShippingOptions' | 'loadPaymentMethods'
  >
  /** The draft found at start-up, if any. */
  saved: CheckoutDraft | null
  /** Flipped once the draft is applied; saving waits for it so start-up never overwrites it. */
  restored: Signal<boolean>
  /** The step holds typed input its "Continue" has not saved: it may not be skipped forward. */
  hasUnsavedInput(step: CheckoutStep): boolean
}

/** Moving between steps, and coming back to the right one after a reload. */
export function createNavigation(context: NavigationContext) {
  const { session, state, runner, choices, saved, restored, hasUnsavedInput } = context
  const savedStep: CheckoutStep = saved?.order ? 'confirmation' : (saved?.step ?? 'cart')
  let firstRun = true
  let resuming: Promise<CheckoutStep> | null = null
  /** Bumped by every step the shopper takes, so a resume never undoes one made while it ran. */
  let moves = 0
  /** The error of a cart that failed to load at start-up, shown until a cart arrives. */
  let loadFailure: CheckoutError | null = null

  function goTo(target: CheckoutStep): boolean {
    const current = state.step.peek()
    if (target === current) return true
    // While the order is placed nothing may change under it; after it, the flow is over.
    const paying = isPaymentInFlight(state.paymentStatus.peek())
    if (current === 'confirmation' || paying) return false
    const back = stepIndex(target) < stepIndex(current)
    if (!back && (hasUnsavedInput(current) || !canEnterStep(target, state.guardInput.peek()))) {
      return false
    }
    moves++
    batch(() => {
      state.step.value = target
      // A refused code belongs to the step it was typed on, not to every step after it.
      state.showFieldErrors('code')
    })
    void prepare(target)
    return true
  }

  function next(): boolean {
    const following = checkoutSteps[stepIndex(state.step.peek()) + 1]
    return following !== undefined && following !== 'confirmation' && goTo(following)
  }

  /** Loads what a step shows and the shopper cannot pick without. */
  async function prepare(step: CheckoutStep): Promise<void> {
    const at = stepIndex(step)
    const loads: Promise<boolean>[] = []
    const showsDelivery = at >= stepIndex('shipping') && at <= stepIndex('review')
    if (
      showsDelivery &&
      session.cart.peek()?.shippingAddress &&
      !state.shippingOptions.peek().length
    ) {
      loads.push(choices.loadShippingOptions())
    }
    if ((step === 'payment' || step === 'review') && !state.paymentMethods.peek().length) {
      loads.push(choices.loadPaymentMethods())
    }
    await Promise.all(loads)
  }

  function resume(): Promise<CheckoutStep> {
    resuming ??= runner.track('resume', restore).finally(() => {
      resuming = null
    })
    return resuming
  }

  async function restore(): Promise<CheckoutStep> {
    const movesAtStart = moves
    const status = session.status.peek()
    if (!state.order.peek() && (status === 'idle' || status === 'loading')) await session.load()
    const cart = session.cart.peek()
    const moved = moves !== movesAtStart
    const wanted = firstRun && !moved ? savedStep : state.step.peek()
    batch(() => {
      // A draft for another cart keeps what was typed, never that cart's choices or attempt.
      if (firstRun && saved && cart?.id !== saved.cartId) {
        state.attempt.value = null
        state.selectedShippingOptionId.value = null
      }
      if (cart) state.prefillFrom(cart)
      const action = state.attempt.peek()?.action
      if (action) {
        state.pendingAction.value = action
        state.paymentStatus.value = 'action_required'
      }
      state.step.value = furthestReachable(wanted, state.guardInput.peek())
      if (!cart && session.status.peek() === 'error') {
        loadFailure = session.error.peek()
        state.error.value = loadFailure
      }
      restored.value = true
    })
    firstRun = false
    await prepare(state.step.peek())
    // A saved payment method the backend no longer offers sends the shopper back to choose.
    state.step.value = furthestReachable(state.step.peek(), state.guardInput.peek())
    return state.step.peek()
  }

  // "Try again" after a failed start-up load: the cart that then arrives takes that error away.
  const stopWatchingLoad = effect(() => {
    if (!session.cart.value || !loadFailure) return
    if (state.error.peek() === loadFailure) state.error.value = null
    loadFailure = null
  })

  return { goTo, next, resume, dispose: stopWatchingLoad }
}
