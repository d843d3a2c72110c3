import type { DeliveryEstimate } from '@weship/checkout-core'

export interface Warehouse {
  /** IANA time zone the cut-off is read in. */
  timeZone: string
  /** Orders placed before this hour (local) leave the same business day. */
  cutOffHour: number
}

/** Business days in transit once the parcel has left the warehouse. */
export interface TransitDays {
  min: number
  max: number
}

/** The demo shop ships from Berlin; orders before 14:00 there leave the same business day. */
export const demoWarehouse: Warehouse = { timeZone: 'Europe/Berlin', cutOffHour: 14 }

const DAY_MS = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()
// Every cart read prices delivery; the local day and hour only change on the hour, so the last
// answer per zone and minute saves an Intl round trip on almost every request.
const lastAnswer = new Map<string, { minute: number; day: number; hour: number }>()

/** The warehouse's calendar day (as UTC midnight, so day arithmetic ignores DST) and hour. */
function localDayAndHour(instant: Date, timeZone: string): { day: number; hour: number } {
  const minute = Math.floor(instant.getTime() / 60_000)
  const cached = lastAnswer.get(timeZone)
  if (cached?.minute === minute) return { day: cached.day, hour: cached.hour }
  const answer = formatDayAndHour(instant, timeZone)
  lastAnswer.set(timeZone, { minute, ...answer })
  return answer
}

function formatDayAndHour(instant: Date, timeZone: string): { day: number; hour: number } {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, formatter)
  }
  const parts = formatter.formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { day: Date.UTC(part('year'), part('month') - 1, part('day')), hour: part('hour') }
}

// Public holidays are not modelled: every Monday to Friday is a business day.
const isWeekend = (day: number) => [0, 6].includes(new Date(day).getUTCDay())

function addBusinessDays(day: number, count: number): number {
  let result = day
  for (let left = count; left > 0; ) {
    result += DAY_MS
    if (!isWeekend(result)) left -= 1
  }
  return result
}

const calendarDate = (day: number) => new Date(day).toISOString().slice(0, 10)

/** The day a parcel ordered at `now` leaves: today before the cut-off on a business day. */
export function dispatchDate(now: Date, warehouse: Warehouse = demoWarehouse): string {
  return calendarDate(dispatchDay(now, warehouse))
}

function dispatchDay(now: Date, warehouse: Warehouse): number {
  const { day, hour } = localDayAndHour(now, warehouse.timeZone)
  return !isWeekend(day) && hour < warehouse.cutOffHour ? day : addBusinessDays(day, 1)
}

/** Earliest and latest delivery as `YYYY-MM-DD`, counted in business days from dispatch. */
export function estimateDelivery(
  now: Date,
  transit: TransitDays,
  warehouse: Warehouse = demoWarehouse,
): DeliveryEstimate {
  const dispatched = dispatchDay(now, warehouse)
  return {
    earliest: calendarDate(addBusinessDays(dispatched, transit.min)),
    latest: calendarDate(addBusinessDays(dispatched, transit.max)),
  }
}
