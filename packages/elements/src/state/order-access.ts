import { browserStorage } from './browser-storage.js'
/** Which order the page is about and the capability token that opens it. */
export interface OrderAccess {
  orderId: string | undefined
  token: string | undefined
}

// Per tab only: a token from the verification form must not outlive the tab (never localStorage).
const STORAGE_KEY = 'weship:order-access'

/** `?order=…&token=…` from the page URL: the confirmation's and the e-mails' link. */
export function accessFromPage(location: Location | undefined = globalThis.location): OrderAccess {
  const params = new URLSearchParams(location?.search ?? '')
  return {
    orderId: params.get('order') || undefined,
    token: params.get('token') || undefined,
  }
}

/** True when the feedback e-mail's link brought the shopper here (`#feedback` or `?feedback=1`). */
export function feedbackRequested(location: Location | undefined = globalThis.location): boolean {
  if (!location) return false
  return (
    location.hash === '#feedback' || new URLSearchParams(location.search).get('feedback') === '1'
  )
}

/** The token this tab got from the verification form, when it is for the same order. */
export function rememberedAccess(orderId: string | undefined): OrderAccess | undefined {
  try {
    const raw = browserStorage('sessionStorage').getItem(STORAGE_KEY)
    const stored: unknown = raw ? JSON.parse(raw) : undefined
    if (!isAccess(stored)) return undefined
    return orderId === undefined || stored.orderId === orderId ? stored : undefined
  } catch {
    return undefined
  }
}

export function rememberAccess(access: { orderId: string; token: string }): void {
  // Full or blocked storage: the page still works, it just asks again after a reload.
  browserStorage('sessionStorage').setItem(STORAGE_KEY, JSON.stringify(access))
}

function isAccess(value: unknown): value is { orderId: string; token: string } {
  const candidate = value as { orderId?: unknown; token?: unknown } | null | undefined
  return typeof candidate?.orderId === 'string' && typeof candidate.token === 'string'
}
