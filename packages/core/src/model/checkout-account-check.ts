import type * as z from 'zod/mini'
import type { CheckoutFieldError } from './checkout-types.js'
import type { Checked } from './checkout-validation.js'

/**
 * Checks an account form (sign-in, sign-up) before any request. Passwords are not draft fields,
 * so this maps issues to `section.field` paths itself, with the same i18n reasons as the draft.
 */
export function checkShape<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  section: string,
): Checked<T> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const errors: Record<string, CheckoutFieldError> = {}
  for (const issue of result.error.issues) {
    const path = [section, ...issue.path.map(String)].join('.')
    const given = (input as Record<string, unknown>)[String(issue.path[0])]
    const reason = given === '' || given === undefined ? 'required' : reasonOf(issue)
    errors[path] ??= { reason, message: issue.message }
  }
  return { ok: false, errors }
}

function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'invalid_email'
  if (issue.code === 'too_small') return issue.minimum === 1 ? 'required' : 'too_short'
  if (issue.code === 'too_big') return 'too_long'
  // A schema's own rule names its reason (`password_blank`).
  if (issue.code === 'custom' && typeof issue.params?.reason === 'string')
    return issue.params.reason
  return issue.code === 'invalid_type' ? 'required' : 'invalid'
}
