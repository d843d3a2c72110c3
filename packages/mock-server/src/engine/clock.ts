/**
 * The engine's notion of now. Real time by default; the dev hooks and tests move it forward so
 * delivery estimates, shipments and reminders can be shown without waiting.
 */
export interface Clock {
  now(): Date
  /** Moves time forward by `ms` milliseconds (never backwards). */
  advance(ms: number): Date
}

export function createClock(start?: Date): Clock {
  // Offset from the real clock, so time still flows between advances.
  let offset = start ? start.getTime() - Date.now() : 0
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward.')
      offset += ms
      return new Date(Date.now() + offset)
    },
  }
}

/** Parses an ISO 8601 duration of days and time (`P1D`, `PT2H`, `P1DT30M`) into milliseconds. */
export function parseIsoDuration(text: string): number | undefined {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    text,
  )
  if (!match || text === 'P' || text.endsWith('T')) return undefined
  const [, weeks, days, hours, minutes, seconds] = match
  const value = (part: string | undefined) => (part ? Number(part) : 0)
  return (
    ((value(weeks) * 7 + value(days)) * 24 * 3600 +
      value(hours) * 3600 +
      value(minutes) * 60 +
      value(seconds)) *
    1000
  )
}

/** A clock that stands still until advanced, so tests get the same dates on every run. */
export function createFixedClock(start: Date): Clock {
  let time = start.getTime()
  return {
    now: () => new Date(time),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward.')
      time += ms
      return new Date(time)
    },
  }
}

/** A clock over a plain `now` function (tests pass one); only a real clock can be advanced. */
export function clockFromNow(now: (() => Date) | undefined): Clock {
  if (!now) return createClock()
  return {
    now,
    advance() {
      throw new RangeError('This clock follows the `now` function it was made from.')
    },
  }
}
