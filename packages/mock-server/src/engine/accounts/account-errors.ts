import { CheckoutError } from '@weship/checkout-core'

export function invalidCredentials(): CheckoutError {
  // One answer for an unknown e-mail and a wrong password: sign-in does not reveal who has an account.
  return new CheckoutError('VALIDATION', 'The e-mail address or password is not right.', {
    status: 401,
    reason: 'invalid_credentials',
  })
}

export function emailTaken(): CheckoutError {
  const message = 'An account with this e-mail address exists; sign in instead.'
  return new CheckoutError('VALIDATION', message, {
    status: 422,
    reason: 'email_already_registered',
    fieldErrors: [{ field: 'email', message }],
  })
}

export function notSignedIn(): CheckoutError {
  return new CheckoutError('ADAPTER', 'Sign in first; the session is missing or has expired.', {
    status: 401,
    reason: 'not_signed_in',
  })
}
