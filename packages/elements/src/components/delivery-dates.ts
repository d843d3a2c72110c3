import type { DeliveryEstimate } from '@weship/checkout-core'

// Estimates are calendar days (`YYYY-MM-DD`): read and shown in UTC so no time zone moves the day.
const dayFormat: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
}

const formats = new Map<string, Intl.DateTimeFormat>()

/** A date formatter per locale and style, built once: the status page re-renders as it polls. */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    formats.set(key, format)
  }
  return format
}

/** "Tue 3 – Thu 5 Dec" in the shopper's locale; one date when the earliest is the latest. */
export function formatDeliveryDates(estimate: DeliveryEstimate, locale: string): string {
  const format = dateFormat(locale, dayFormat)
  const earliest = new Date(`${estimate.earliest}T00:00:00Z`)
  const latest = new Date(`${estimate.latest}T00:00:00Z`)
  if (estimate.earliest >= estimate.latest) return format.format(earliest)
  return format.formatRange(earliest, latest)
}
