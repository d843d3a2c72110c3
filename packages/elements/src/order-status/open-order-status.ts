import type { ReadonlySignal } from '@preact/signals'
import {
  analyticsShipment,
  type CheckoutAdapter,
  type CheckoutError,
  createOrderStatusModel,
  type WeshipEventMap,
} from '@weship/checkout-core'
import type { Translator } from '../i18n/translator.js'
import { browserStorage } from '../state/browser-storage.js'
import { documentVisibility } from '../state/document-visibility.js'
import { accessFromPage, feedbackRequested } from '../state/order-access.js'
import type { OrderStatusViewModel } from './order-status-view.js'

// Carriers scan a few times a day: the first wait between refreshes doubles while nothing moves.
const MAX_POLL_FACTOR = 10

export interface OrderStatusHost {
  adapter: CheckoutAdapter
  translator: ReadonlySignal<Translator>
  /** The first wait between tracking refreshes, in ms. */
  pollInterval: number
  /** The `order` and `token` attributes, which win over the page URL's. */
  access(): { orderId: string | null; token: string | null }
  emit<K extends keyof WeshipEventMap>(name: K, detail: WeshipEventMap[K]): void
  report(error: CheckoutError): void
  settled(): void
  /** The `shop-url` page, where "Buy again" leads. */
  shopUrl: string | undefined
}

/**
 * The status page's model for `<weship-order-status>`, opened on the order of its attributes
 * or its link, in this chunk so that pages without a status page never carry it. Events tell
 * page scripts what happened, never the tracking number or the shopper's words.
 */
export function openOrderStatus(host: OrderStatusHost): OrderStatusViewModel & {
  dispose(): void
} {
  const status = createOrderStatusModel({
    adapter: host.adapter,
    // Per tab: a token from the verification form must not outlive the tab.
    storage: browserStorage('sessionStorage'),
    visibility: documentVisibility(),
    pollDelays: { firstMs: host.pollInterval, maxMs: host.pollInterval * MAX_POLL_FACTOR },
    onTrackingUpdate: ({ orderId, shipments }) =>
      host.emit('weship-tracking-update', { orderId, shipments: shipments.map(analyticsShipment) }),
    onFeedback: ({ orderId, rating, comment }) =>
      host.emit('weship-feedback-submit', { orderId, rating, hasComment: !!comment }),
    onError: (error) => host.report(error),
  })
  const open = () => {
    const page = accessFromPage()
    const { orderId, token } = host.access()
    void status.open({ orderId: orderId ?? page.orderId, token: token ?? page.token })
  }
  return {
    translator: host.translator,
    status,
    feedbackRequested: feedbackRequested(),
    shopUrl: host.shopUrl,
    navigate: (url) => globalThis.location?.assign(url),
    retry: open,
    settled: host.settled,
    dispose: () => status.dispose(),
  }
}
