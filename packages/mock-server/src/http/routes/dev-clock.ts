import { CheckoutError } from '@weship/checkout-core'
import type { Hono } from 'hono'
import * as z from 'zod/mini'
import { type Clock, parseIsoDuration } from '../../engine/clock.js'
import { parseInput } from '../../engine/parse-input.js'
import { httpProblem } from '../problem.js'
import { readJsonBody } from '../read-json-body.js'

const advanceSchema = z.object({ advance: z.string().check(z.maxLength(64)) })
// Past this the engine's Date would become invalid and every later request would fail.
const MAX_ADVANCE_MS = 100 * 366 * 24 * 3600_000

/** `GET`/`POST /__dev/clock`: read the engine's time and move it forward (dev mode only). */
export function registerDevClockRoutes(app: Hono, clock: Clock): void {
  app.get('/__dev/clock', (c) => c.json({ now: clock.now().toISOString() }))

  app.post('/__dev/clock', async (c) => {
    const { advance } = parseInput(advanceSchema, await readJsonBody(c))
    const ms = parseIsoDuration(advance)
    if (ms === undefined || ms > MAX_ADVANCE_MS) throw badDuration()
    if (Number.isNaN(new Date(clock.now().getTime() + ms).getTime())) throw badDuration()
    try {
      return c.json({ now: clock.advance(ms).toISOString() })
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      throw httpProblem('CONFLICT', 409, 'clock_fixed', 'This server runs on a fixed clock.')
    }
  })
}

function badDuration(): CheckoutError {
  const message =
    'An ISO 8601 duration of weeks, days and time, up to 100 years, such as PT2H or P1DT30M.'
  return new CheckoutError('VALIDATION', `advance: ${message}`, {
    status: 422,
    reason: 'invalid_request',
    fieldErrors: [{ field: 'advance', message }],
  })
}
