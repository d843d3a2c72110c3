import type { Context } from 'hono'
import { httpProblem } from './problem.js'

export const MAX_BODY_BYTES = 64 * 1024

/**
 * The request body as JSON, or undefined when there is none at all. Only JSON media types are
 * accepted, which also keeps cross-site "simple" form posts from writing anything.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const contentType = c.req.header('content-type')
  const text = await c.req.text()
  if (text === '' && contentType === undefined) return undefined
  if (!isJsonMediaType(contentType)) {
    throw httpProblem(
      'VALIDATION',
      415,
      'unsupported_media_type',
      'Send the body as application/json.',
    )
  }
  try {
    return JSON.parse(text)
  } catch {
    throw httpProblem('VALIDATION', 400, 'malformed_json', 'The body is not valid JSON.')
  }
}

function isJsonMediaType(contentType: string | undefined): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? ''
  return essence === 'application/json' || /^application\/[\w.+-]+\+json$/.test(essence)
}
