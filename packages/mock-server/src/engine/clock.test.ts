import { describe, expect, it } from 'vitest'
import { clockFromNow, createClock, createFixedClock, parseIsoDuration } from './clock.js'
import { createRateLimiter } from './rate-limit.js'

describe('clock', () => {
  it('parses ISO 8601 durations', () => {
    expect(parseIsoDuration('PT2H')).toBe(2 * 3600_000)
    expect(parseIsoDuration('P1DT30M')).toBe(24 * 3600_000 + 30 * 60_000)
    expect(parseIsoDuration('P2W')).toBe(14 * 24 * 3600_000)
    expect(parseIsoDuration('PT1.5S')).toBe(1500)
    for (const bad of ['', 'P', 'PT', '2H', 'PT-1H', 'P1Y', 'banana']) {
      expect(parseIsoDuration(bad)).toBeUndefined()
    }
  })

  it('starts where told and only moves forward', () => {
    const clock = createClock(new Date('2026-12-01T09:00:00Z'))
    expect(Math.abs(clock.now().getTime() - Date.parse('2026-12-01T09:00:00Z'))).toBeLessThan(1000)
    const later = clock.advance(2 * 3600_000)
    expect(later.getTime() - Date.parse('2026-12-01T09:00:00Z')).toBeGreaterThanOrEqual(7200_000)
    expect(() => clock.advance(-1)).toThrow(RangeError)
  })

  it('stands still when fixed, until advanced', () => {
    const clock = createFixedClock(new Date('2026-12-01T09:00:00Z'))
    expect(clock.now().toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(clock.advance(60_000).toISOString()).toBe('2026-12-01T09:01:00.000Z')
    expect(() => clockFromNow(clock.now).advance(1)).toThrow(RangeError)
  })
})

describe('rate limiter', () => {
  it('allows the limit per window, then refuses until the window passes', () => {
    const clock = createClock(new Date('2026-12-01T09:00:00Z'))
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: clock.now })
    expect([limiter.attempt('a'), limiter.attempt('a'), limiter.attempt('a')]).toEqual([
      true,
      true,
      false,
    ])
    expect(limiter.attempt('b')).toBe(true)
    expect(limiter.retryAfter('a')).toBeGreaterThan(0)
    clock.advance(60_000)
    expect(limiter.attempt('a')).toBe(true)
  })
})
