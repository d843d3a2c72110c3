import type { IncomingMessage } from 'node:http'
import type { Context } from 'hono'
import { problemResponse } from './problem.js'

/**
 * The app's error handler: a problem document for anything thrown, and a log entry only for what
 * went wrong on the server. A client that hung up mid-request (an aborted upload) is neither: it
 * reads no answer, so it gets no 5xx and no log line, and a flood of them floods nothing.
 */
export function answerErrors(logError: (error: unknown) => void) {
  return (error: unknown, c: Context) => {
    if (clientGone(c)) return c.body(null, 400)
    const response = problemResponse(c, error)
    // A 503 is a state the server chose (every cart in use), not a failure to investigate.
    if (response.status >= 500 && response.status !== 503) logError(error)
    return response
  }
}

function clientGone(c: Context): boolean {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
  return incoming !== undefined && incoming.destroyed === true && !incoming.complete
}
