import { describe, expect, it } from 'vitest'
import { stripeSettingsFrom } from './stripe-environment.js'

const keys = { STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_PUBLISHABLE_KEY: 'pk_test_abc' }

describe('Stripe mode from the command line and the environment', () => {
  it('stays off without keys', () => {
    expect(stripeSettingsFrom({}, {})).toBeUndefined()
  })

  it('reads the keys, account and API address from the environment', () => {
    const env = { ...keys, STRIPE_ACCOUNT: 'acct_1', STRIPE_API_BASE: 'http://127.0.0.1:12111' }
    expect(stripeSettingsFrom({}, env)).toEqual({
      secretKey: 'sk_test_abc',
      publishableKey: 'pk_test_abc',
      stripeAccount: 'acct_1',
      apiBase: 'http://127.0.0.1:12111',
    })
  })

  it('lets flags win over the environment', () => {
    const settings = stripeSettingsFrom({ secretKey: 'sk_test_flag' }, keys)
    expect(settings).toMatchObject({ secretKey: 'sk_test_flag', publishableKey: 'pk_test_abc' })
  })

  it.each([
    ['half the keys', {}, { STRIPE_SECRET_KEY: 'sk_test_abc' }, /needs both keys/],
    ['a live key', { secretKey: 'sk_live_abc' }, keys, /test key/],
    ['keys swapped', { secretKey: 'pk_test_abc', publishableKey: 'sk_test_abc' }, {}, /test key/],
    ['a bad API address', { apiBase: 'ftp://stripe' }, keys, /http\(s\) URL/],
  ])('refuses %s with a message', (_what, flags, env, message) => {
    const result = stripeSettingsFrom(flags, env)
    expect(result).toBeInstanceOf(Error)
    expect((result as Error).message).toMatch(message)
  })
})
