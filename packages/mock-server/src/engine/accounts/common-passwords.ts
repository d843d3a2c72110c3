import { CheckoutError } from '@weship/checkout-core'
import { emailKey } from '../secrets.js'

let commonPasswords: Promise<ReadonlySet<string>> | undefined

/**
 * The ~49,000 most used passwords of zxcvbn-ts (`@zxcvbn-ts/language-common`, MIT, kept up to
 * date with its password-strength estimator), lower-cased; loaded on the first sign-up only.
 */
function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((word) => word.toLowerCase())),
  )
  return commonPasswords
}

/**
 * Refuses (422 `password_too_common`) a new password that attackers try first: one of the most
 * used passwords in any case, the e-mail address or its name part, or one short unit repeated
 * ("aaaaaaaaaa", "abcabcabcabc"), as NIST SP 800-63B asks of a password check.
 */
export async function refuseCommonPassword(password: string, email: string): Promise<void> {
  const candidate = password.trim().toLowerCase()
  const address = emailKey(email)
  const repeated = /^(.{1,3})\1+$/u.test(candidate)
  const personal = candidate === address || candidate === address.split('@')[0]
  if (repeated || personal || (await loadCommonPasswords()).has(candidate)) {
    const message = 'This password is too common. Choose one that is harder to guess.'
    throw new CheckoutError('VALIDATION', message, {
      status: 422,
      reason: 'password_too_common',
      fieldErrors: [{ field: 'password', message }],
    })
  }
}
