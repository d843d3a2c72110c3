// The example pages' Content-Security-Policy with Stripe's origins added, as a merchant's page
// that pays with Stripe needs them (docs/getting-started.md): for the demo in Stripe mode and
// the live Stripe test.
import { stripeCspRequirements } from '@weship/checkout-core'

/**
 * @param {string} html
 * @returns {string}
 */
export function allowStripeInCsp(html) {
  const directives = /** @type {const} */ ([
    ['script-src', stripeCspRequirements.scriptSrc],
    ['frame-src', stripeCspRequirements.frameSrc],
    ['connect-src', stripeCspRequirements.connectSrc],
  ])
  return directives.reduce(
    (text, [directive, origins]) =>
      text.replace(new RegExp(`(${directive} [^;"]*)`), `$1 ${origins.join(' ')}`),
    html,
  )
}
