// The stand-in's 3-D Secure page, as Stripe's test mode shows one for its 3-D Secure cards
// (https://docs.stripe.com/testing#authentication-and-setup): complete or fail, then tell
// Stripe.js in the shop's page that the shopper answered.

const query = new URLSearchParams(location.search)
const parentOrigin = query.get('parent') ?? ''
const id = query.get('payment_intent') ?? ''

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-outcome]')) {
  button.addEventListener('click', async () => {
    await fetch(`/stand-in/3ds/${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        outcome: button.dataset.outcome ?? 'fail',
        client_secret: query.get('client_secret') ?? '',
      }),
    })
    window.parent.postMessage({ type: 'stripe-stand-in:3ds-done' }, parentOrigin)
  })
}

export {}
