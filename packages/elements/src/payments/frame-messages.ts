import { CheckoutError } from '@weship/checkout-core'

/** Messages the payment origin's pages post to the widget (see mock-server `payment-origin/`). */
export type FrameMessage =
  | { type: 'weship:ready' }
  | { type: 'weship:resize'; height: number }
  | { type: 'weship:token'; token: string; brand?: string | undefined; last4?: string | undefined }
  | { type: 'weship:token-error' }
  | { type: 'weship:change'; complete: boolean }
  | { type: 'weship:3ds-complete'; actionId: string }
  /** Escape pressed inside the frame, which the dialog around it cannot hear. */
  | { type: 'weship:escape' }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * The message if it came from `frame` on `origin` and has a known shape, else null. Both checks:
 * the origin says who sent it, the source that it is our frame and not another of theirs.
 */
export function readFrameMessage(
  event: MessageEvent,
  origin: string,
  frame: HTMLIFrameElement,
): FrameMessage | null {
  if (event.origin !== origin || !event.source || event.source !== frame.contentWindow) return null
  const data: unknown = event.data
  if (!isRecord(data)) return null
  switch (data.type) {
    case 'weship:ready':
    case 'weship:token-error':
    case 'weship:escape':
      return { type: data.type }
    case 'weship:change':
      return { type: data.type, complete: data.complete === true }
    case 'weship:resize':
      return typeof data.height === 'number' && data.height >= 0
        ? { type: data.type, height: Math.min(data.height, 4000) }
        : null
    case 'weship:token':
      if (typeof data.token !== 'string' || !data.token) return null
      return {
        type: data.type,
        token: data.token,
        brand: optionalString(data.brand),
        last4: optionalString(data.last4),
      }
    case 'weship:3ds-complete':
      return typeof data.actionId === 'string' ? { type: data.type, actionId: data.actionId } : null
    default:
      return null
  }
}

/**
 * A payment page's URL, told which parent origin it may talk to (the pages check it too) and how
 * the widget looks where the frame sits: its language (`locale`), its colour scheme (`scheme`:
 * light or dark, none for theme="auto", where the page follows the system as the widget does)
 * and the colour behind the frame (`background`, `#rrggbb`), which a dark page paints so that it
 * is no panel of its own. A cross-origin frame cannot see the widget's theme otherwise.
 */
export function framedPageUrl(
  pageUrl: string,
  host: Element,
  locale: string,
  background?: string | null,
): URL {
  const url = new URL(pageUrl)
  // The model let only declared https origins through (paymentPageRefusal); this is a last
  // stand at the frame's src, where a `javascript:` URL would run in the shop's page.
  if (!/^https?:$/.test(url.protocol)) {
    throw new CheckoutError('CONFIG', `Refused to frame a "${url.protocol}" payment page.`, {
      reason: 'payment_page_refused',
    })
  }
  url.searchParams.set('origin', location.origin)
  url.searchParams.set('locale', locale)
  const scheme = getComputedStyle(host).colorScheme.trim()
  if (scheme === 'light' || scheme === 'dark') url.searchParams.set('scheme', scheme)
  if (background) url.searchParams.set('background', background)
  return url
}
