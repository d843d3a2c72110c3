import { createHash } from 'node:crypto'

// Public tracking pages of the carriers the demo rates name; others get no link.
const trackingPages: readonly [prefix: string, url: (number: string) => string][] = [
  ['DHL', (n) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${n}`],
  ['UPS', (n) => `https://www.ups.com/track?tracknum=${n}`],
  ['USPS', (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`],
  ['Royal Mail', (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`],
  ['PostNL', (n) => `https://jouw.postnl.nl/track-and-trace/${n}`],
]

export function carrierTrackingUrl(carrier: string | undefined, trackingNumber: string) {
  const page = trackingPages.find(([prefix]) => carrier?.startsWith(prefix))
  return page ? page[1](encodeURIComponent(trackingNumber)) : undefined
}

/** A stable, carrier-looking number per package, so a replayed demo shows the same one. */
export function trackingNumberFor(orderId: string, index: number): string {
  const digest = createHash('sha256').update(`${orderId}#${index}`).digest()
  const digits = [...digest.subarray(0, 12)].map((byte) => byte % 10).join('')
  return `WS${digits}`
}
