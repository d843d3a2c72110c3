import { describe, expect, it } from 'vitest'
import { dispatchDate, estimateDelivery } from './delivery-dates.js'

// 2026-11-26 is a Thursday; Berlin is on UTC+1 in November and UTC+2 in July.
const at = (iso: string) => new Date(iso)
const oneToTwo = { min: 1, max: 2 }

describe('delivery dates', () => {
  it('dispatches the same business day before the 14:00 Berlin cut-off', () => {
    expect(dispatchDate(at('2026-11-26T12:59:00Z'))).toBe('2026-11-26')
    expect(estimateDelivery(at('2026-11-26T10:00:00Z'), oneToTwo)).toEqual({
      earliest: '2026-11-27',
      latest: '2026-11-30',
    })
  })

  it('dispatches the next business day after the cut-off', () => {
    expect(dispatchDate(at('2026-11-26T13:00:00Z'))).toBe('2026-11-27')
    expect(estimateDelivery(at('2026-11-26T13:30:00Z'), oneToTwo)).toEqual({
      earliest: '2026-11-30',
      latest: '2026-12-01',
    })
  })

  it('skips the weekend, both for dispatch and in transit', () => {
    expect(estimateDelivery(at('2026-11-27T12:00:00Z'), oneToTwo)).toEqual({
      earliest: '2026-11-30',
      latest: '2026-12-01',
    })
    expect(dispatchDate(at('2026-11-27T15:00:00Z'))).toBe('2026-11-30')
    expect(dispatchDate(at('2026-11-28T09:00:00Z'))).toBe('2026-11-30')
    expect(estimateDelivery(at('2026-11-29T09:00:00Z'), { min: 5, max: 8 })).toEqual({
      earliest: '2026-12-07',
      latest: '2026-12-10',
    })
  })

  it('reads the cut-off on the warehouse clock, not UTC', () => {
    // 23:30 UTC on Friday is already Saturday in Berlin.
    expect(dispatchDate(at('2026-11-27T23:30:00Z'))).toBe('2026-11-30')
    // 12:30 UTC is 13:30 in a Berlin winter, before the cut-off, but 14:30 in summer, after it.
    expect(dispatchDate(at('2026-11-26T12:30:00Z'))).toBe('2026-11-26')
    expect(dispatchDate(at('2026-07-01T12:30:00Z'))).toBe('2026-07-02')
  })

  it('honours another warehouse', () => {
    const tokyo = { timeZone: 'Asia/Tokyo', cutOffHour: 12 }
    // 02:00 UTC is 11:00 in Tokyo: before its noon cut-off.
    expect(dispatchDate(at('2026-11-26T02:00:00Z'), tokyo)).toBe('2026-11-26')
    expect(dispatchDate(at('2026-11-26T04:00:00Z'), tokyo)).toBe('2026-11-27')
  })
})
