import { describe, expect, it } from 'vitest'
import { formatDeliveryDates } from './delivery-dates.js'

const spaced = (text: string) => text.replace(/\s/g, ' ')

describe('formatDeliveryDates', () => {
  it('formats a range in the shopper’s locale', () => {
    const estimate = { earliest: '2026-12-01', latest: '2026-12-03' }
    expect(spaced(formatDeliveryDates(estimate, 'en-GB'))).toBe('Tue 1 Dec – Thu 3 Dec')
    expect(spaced(formatDeliveryDates(estimate, 'de-DE'))).toBe('Di., 1. – Do., 3. Dez.')
  })

  it('gives one date when the earliest day is the latest', () => {
    const estimate = { earliest: '2026-12-31', latest: '2026-12-31' }
    expect(spaced(formatDeliveryDates(estimate, 'en-GB'))).toBe('Thu 31 Dec')
  })

  it('keeps the calendar day whatever the time zone', () => {
    // Midnight UTC is still the previous evening in the Americas; the day must not move.
    const format = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles' })
    expect(format.format(new Date('2026-01-01T00:00:00Z'))).toBe('12/31/2025')
    const estimate = { earliest: '2026-01-01', latest: '2026-01-02' }
    expect(spaced(formatDeliveryDates(estimate, 'en-GB'))).toBe('Thu 1 Jan – Fri 2 Jan')
  })
})
