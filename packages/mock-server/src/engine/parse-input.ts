import { CheckoutError, type FieldError } from '@weship/checkout-core'
import { en } from 'zod/locales'
import type * as z from 'zod/mini'

// zod/mini ships without messages; English ones per parse keep the global zod config untouched.
const englishMessages = en().localeError
// A hostile body can produce thousands of issues; the first few are enough to fix the request.
const MAX_FIELD_ERRORS = 20

/** Parses untrusted input or throws a 422 VALIDATION CheckoutError naming every bad field. */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown): T {
  const result = schema.safeParse(input, { error: englishMessages })
  if (result.success) return result.data
  const fieldErrors: FieldError[] = result.error.issues
    .slice(0, MAX_FIELD_ERRORS)
    .map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }))
  const summary = fieldErrors.map(({ field, message }) =>
    field ? `${field}: ${message}` : message,
  )
  throw new CheckoutError('VALIDATION', `The request is not valid (${summary.join('; ')}).`, {
    status: 422,
    reason: ruleReason(result.error.issues) ?? 'invalid_request',
    fieldErrors,
  })
}

/** The reason a schema's own rule gives (`password_blank`), when it is the only thing wrong. */
function ruleReason(issues: readonly z.core.$ZodIssue[]): string | undefined {
  const [issue, ...others] = issues
  const reason = issue?.code === 'custom' ? issue.params?.reason : undefined
  return others.length === 0 && typeof reason === 'string' ? reason : undefined
}
