import type { CspRequirements } from '../adapter.js'

/**
 * What a page's Content-Security-Policy must allow for Stripe.js and the Payment Element, as
 * Stripe lists it (https://docs.stripe.com/security/guide#content-security-policy): the script,
 * its frames (the Payment Element and 3-D Secure pages) and its API. `maps.googleapis.com`, which
 * the same list names for the Address Element's autocomplete, is left out: the widget collects
 * addresses itself.
 */
export const stripeCspRequirements: Readonly<Required<CspRequirements>> = {
  scriptSrc: ['https://js.stripe.com', 'https://*.js.stripe.com'],
  frameSrc: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
  connectSrc: ['https://api.stripe.com'],
  imgSrc: [],
}

/** Several requirements as one, each origin once. */
export function mergeCspRequirements(
  ...parts: readonly CspRequirements[]
): Required<CspRequirements> {
  const merge = (pick: (part: CspRequirements) => readonly string[] | undefined) => [
    ...new Set(parts.flatMap((part) => pick(part) ?? [])),
  ]
  return {
    scriptSrc: merge((part) => part.scriptSrc),
    frameSrc: merge((part) => part.frameSrc),
    connectSrc: merge((part) => part.connectSrc),
    imgSrc: merge((part) => part.imgSrc),
  }
}
