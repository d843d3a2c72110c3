import type { PickupPoint } from '@weship/checkout-core'

/** The lines of a pickup point: its name, where it is, when it is open (the carrier's words). */
export function pickupPointLines(point: PickupPoint): string[] {
  const { address } = point
  const place = [address.postalCode, address.city].filter(Boolean).join(' ')
  return [point.name, address.line1, address.line2, place, point.openingHours].filter(
    (line): line is string => Boolean(line),
  )
}

/** A pickup point as an address block, wherever the order's destination shows. */
export function PickupPointAddress({ point }: { point: PickupPoint }) {
  return (
    <address part="pickup-point" class="postal-address">
      {pickupPointLines(point).map((line) => (
        <span key={line} class="address-line">
          {line}
        </span>
      ))}
    </address>
  )
}
