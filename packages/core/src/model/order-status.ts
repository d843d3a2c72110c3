import { batch, signal } from '@preact/signals-core'
import type { CheckoutAdapter } from '../adapter.js'
import { loadAddressFormat } from '../address/address-data.js'
import { type CheckoutError, toCheckoutError } from '../errors.js'
import type { Order } from '../schemas/order.js'
import type { OrderLookupRequest } from '../schemas/order-lookup.js'
import type { Tracking } from '../schemas/tracking.js'
import {
  type PageVisibility,
  type RefreshOutcome,
  startTrackingPoll,
} from '../tracking/tracking-poll.js'
import { isTrackingFinished, trackingFingerprint } from '../tracking/tracking-summary.js'
import { createOrderOffers } from './order-status-offers.js'
import type { KeyValueStorage } from './storage.js'

/** Which order a page is about and the capability token that opens it (`?order=…&token=…`). */
export interface OrderLink {
  orderId: string | undefined
  token: string | undefined
}

export type StatusView =
  | { kind: 'loading' }
  /** No usable token: ask for the number and e-mail; nothing of the order is known here. */
  | { kind: 'verify' }
  | { kind: 'order'; order: Order }
  | { kind: 'error'; error: CheckoutError }

export type LookupState =
  | { status: 'idle' | 'checking' }
  | { status: 'failed'; error: CheckoutError }

export type FeedbackState =
  | { status: 'idle' | 'sending' | 'sent' | 'already-sent' }
  | { status: 'failed'; error: CheckoutError }

export interface OrderStatusModelOptions {
  adapter: CheckoutAdapter
  /**
   * Where a token from the verification form is kept, so a reload opens the order again. Per tab
   * (the widget passes `sessionStorage`): a token must not outlive the tab.
   */
  storage: KeyValueStorage
  /** Polling pauses while the page is hidden; defaults to always visible. */
  visibility?: PageVisibility | undefined
  /** First poll wait and the cap it doubles to; see `startTrackingPoll`. */
  pollDelays: { firstMs: number; maxMs: number }
  onTrackingUpdate(tracking: Tracking): void
  onFeedback(feedback: { orderId: string; rating: number; comment: string | undefined }): void
  onError(error: CheckoutError): void
}

/** A wrong, expired or missing token: the answer is the same 404 as for no order at all. */
const isNotFound = (error: CheckoutError) => error.code === 'ADAPTER' && error.status === 404

/** The order status page's state and actions; the view reads the signals and calls the actions. */
export function createOrderStatusModel(options: OrderStatusModelOptions) {
  const { adapter } = options
  const view = signal<StatusView>({ kind: 'loading' })
  const tracking = signal<Tracking | null>(null)
  const lookup = signal<LookupState>({ status: 'idle' })
  const feedback = signal<FeedbackState>({ status: 'idle' })
  let token = ''
  let fingerprint = ''
  let stopPolling: (() => void) | undefined
  let generation = 0

  const fail = (cause: unknown) => {
    const error = toCheckoutError(cause)
    options.onError(error)
    return error
  }
  const offers = createOrderOffers({ adapter, view, token: () => token, onError: options.onError })

  async function readTracking(order: Order): Promise<RefreshOutcome> {
    if (!adapter.capabilities.tracking || !adapter.getTracking) return 'done'
    const latest = await adapter.getTracking(order.id, { token })
    const next = trackingFingerprint(latest)
    const changed = fingerprint !== '' && next !== fingerprint
    fingerprint = next
    tracking.value = latest
    if (changed) options.onTrackingUpdate(latest)
    if (isTrackingFinished(order, latest)) return 'done'
    return changed ? 'changed' : 'unchanged'
  }

  /** Opens the order with the first token that works; none → the verification form. */
  async function open(access: OrderLink): Promise<void> {
    const run = ++generation
    stopPolling?.()
    const remembered = rememberedAccess(options.storage, access.orderId)
    const tries = [access.token ? access : undefined, remembered].filter(
      (candidate): candidate is { orderId: string; token: string } =>
        Boolean(candidate?.orderId && candidate.token),
    )
    view.value = { kind: 'loading' }
    for (const candidate of tries) {
      try {
        const order = await adapter.getOrder(candidate.orderId, { token: candidate.token })
        if (run !== generation) return
        token = candidate.token
        await show(order, run)
        return
      } catch (cause) {
        const error = toCheckoutError(cause)
        if (run !== generation) return
        if (!isNotFound(error)) {
          view.value = { kind: 'error', error: fail(error) }
          return
        }
      }
    }
    if (run === generation) view.value = { kind: 'verify' }
  }

  async function show(order: Order, run: number): Promise<void> {
    fingerprint = ''
    // The first tracking read belongs to the first paint; a failure there still shows the order.
    // So does the delivery country's address format, fetched beside it (it never fails).
    const [outcome] = await Promise.all([
      readTracking(order).catch((cause: unknown) => {
        fail(cause)
        return 'unchanged' as const
      }),
      loadAddressFormat(order.shippingAddress.country),
    ])
    if (run !== generation) return
    batch(() => {
      feedback.value = { status: 'idle' }
      offers.reset()
      view.value = { kind: 'order', order }
    })
    if (outcome === 'done') return
    stopPolling = startTrackingPoll({
      refresh: () => (run === generation ? refresh(order) : Promise.resolve('done')),
      firstDelayMs: options.pollDelays.firstMs,
      maxDelayMs: options.pollDelays.maxMs,
      visibility: options.visibility,
    })
  }

  /** A token that expires while the page is open takes the order off the screen with it. */
  async function refresh(order: Order): Promise<RefreshOutcome> {
    try {
      return await readTracking(order)
    } catch (cause) {
      if (!isNotFound(toCheckoutError(cause))) throw cause
      batch(() => {
        tracking.value = null
        view.value = { kind: 'verify' }
      })
      return 'done'
    }
  }

  async function lookUp(request: OrderLookupRequest): Promise<boolean> {
    if (!adapter.capabilities.orderLookup || !adapter.lookUpOrder) return false
    lookup.value = { status: 'checking' }
    const run = ++generation
    try {
      const found = await adapter.lookUpOrder(request)
      const order = await adapter.getOrder(found.orderId, { token: found.token })
      if (run !== generation) return false
      token = found.token
      rememberAccess(options.storage, { orderId: found.orderId, token: found.token })
      lookup.value = { status: 'idle' }
      await show(order, run)
      return true
    } catch (cause) {
      const error = toCheckoutError(cause)
      // A mismatch is the shopper's to fix, not a failure to report.
      if (!isNotFound(error)) options.onError(error)
      lookup.value = { status: 'failed', error }
      return false
    }
  }

  async function submitFeedback(rating: number, comment: string): Promise<void> {
    const current = view.peek()
    if (current.kind !== 'order' || !adapter.submitFeedback) return
    const status = feedback.peek().status
    if (status === 'sending' || status === 'sent' || status === 'already-sent') return
    feedback.value = { status: 'sending' }
    const text = comment.trim() || undefined
    try {
      const orderId = current.order.id
      await adapter.submitFeedback(
        orderId,
        { rating, ...(text ? { comment: text } : {}) },
        { token },
      )
      feedback.value = { status: 'sent' }
      options.onFeedback({ orderId, rating, comment: text })
    } catch (cause) {
      const error = toCheckoutError(cause)
      if (error.code === 'CONFLICT') feedback.value = { status: 'already-sent' }
      else feedback.value = { status: 'failed', error: fail(error) }
    }
  }

  return {
    view,
    tracking,
    lookup,
    feedback,
    open,
    lookUp,
    submitFeedback,
    ...offers,
    canLookUp: () => Boolean(adapter.capabilities.orderLookup && adapter.lookUpOrder),
    dispose() {
      generation++
      stopPolling?.()
    },
  }
}

export type OrderStatusModel = ReturnType<typeof createOrderStatusModel>

const STORAGE_KEY = 'weship:order-access'

/** The token the verification form gave, when it is for the same order. */
function rememberedAccess(
  storage: KeyValueStorage,
  orderId: string | undefined,
): OrderLink | undefined {
  try {
    const raw = storage.getItem(STORAGE_KEY)
    const stored: unknown = raw ? JSON.parse(raw) : undefined
    if (!isLink(stored)) return undefined
    return orderId === undefined || stored.orderId === orderId ? stored : undefined
  } catch {
    return undefined
  }
}

function rememberAccess(storage: KeyValueStorage, access: { orderId: string; token: string }) {
  // Full or blocked storage: the page still works, it just asks again after a reload.
  storage.setItem(STORAGE_KEY, JSON.stringify(access))
}

function isLink(value: unknown): value is { orderId: string; token: string } {
  const candidate = value as { orderId?: unknown; token?: unknown } | null | undefined
  return typeof candidate?.orderId === 'string' && typeof candidate.token === 'string'
}
