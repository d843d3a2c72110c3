import type { StripeStandIn } from './stand-in-server.js'

/**
 * What the stand-in's Payment Element does with a card: a ConfirmationToken made with the
 * publishable key, for tests that play the browser's part from Node.
 */
export async function confirmationTokenFor(
  standIn: StripeStandIn,
  number: string,
  options: { account?: string } = {},
): Promise<string> {
  const response = await fetch(`${standIn.url}/v1/confirmation_tokens`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${standIn.publishableKey}`,
      'content-type': 'application/x-www-form-urlencoded',
      ...(options.account ? { 'stripe-account': options.account } : {}),
    },
    body: new URLSearchParams({
      'payment_method_data[card][number]': number,
      'payment_method_data[card][exp_month]': '12',
      'payment_method_data[card][exp_year]': String(new Date().getFullYear() + 3),
      'payment_method_data[card][cvc]': '123',
    }),
  })
  const body = (await response.json()) as { id?: string; error?: { message: string } }
  if (!body.id) throw new Error(`No ConfirmationToken: ${body.error?.message}`)
  return body.id
}

/** The shopper answers the stand-in's 3-D Secure page, as its buttons do. */
export async function answerStripeChallenge(
  standIn: StripeStandIn,
  clientSecret: string,
  outcome: 'pass' | 'fail',
): Promise<void> {
  const id = clientSecret.split('_secret_')[0] ?? ''
  const response = await fetch(`${standIn.url}/stand-in/3ds/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ outcome, client_secret: clientSecret }),
  })
  if (!response.ok) throw new Error(`The stand-in's bank refused: ${await response.text()}`)
}
