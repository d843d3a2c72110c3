import {
  checkStripeSettings,
  type StripeSettings,
} from '../engine/payments/stripe/stripe-settings.js'
import type { StripeFlags } from './parse-cli-args.js'

/**
 * Stripe mode's settings from the flags, else the environment (`STRIPE_SECRET_KEY`,
 * `STRIPE_PUBLISHABLE_KEY`, `STRIPE_ACCOUNT`, `STRIPE_API_BASE`): undefined without keys (the
 * test processor), an Error naming what is wrong when they are half given or malformed.
 */
export function stripeSettingsFrom(
  flags: StripeFlags,
  env: Readonly<Record<string, string | undefined>>,
): StripeSettings | undefined | Error {
  try {
    return settingsFrom(flags, env)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

function settingsFrom(
  flags: StripeFlags,
  env: Readonly<Record<string, string | undefined>>,
): StripeSettings | undefined {
  const secretKey = flags.secretKey || env.STRIPE_SECRET_KEY
  const publishableKey = flags.publishableKey || env.STRIPE_PUBLISHABLE_KEY
  if (!secretKey && !publishableKey) return undefined
  if (!secretKey || !publishableKey) {
    throw new Error(
      'Stripe mode needs both keys: --stripe-secret-key (STRIPE_SECRET_KEY) and --stripe-publishable-key (STRIPE_PUBLISHABLE_KEY).',
    )
  }
  const stripeAccount = flags.account || env.STRIPE_ACCOUNT || undefined
  const apiBase = flags.apiBase || env.STRIPE_API_BASE || undefined
  return checkStripeSettings({ secretKey, publishableKey, stripeAccount, apiBase })
}
