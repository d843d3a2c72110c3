// The stand-in's frame pages. Their look follows the Appearance values Stripe.js passes in,
// through CSS custom properties the frame's script sets.

const style = `
:root { --primary: #0570de; --background: #fff; --text: #30313d; --danger: #df1b41;
  --font: system-ui, sans-serif; --font-size: 16px; --radius: 4px; --input-border: #e6e6e6;
  color-scheme: light; }
:root[data-theme="night"] { --background: #30313d; --text: #fff; color-scheme: dark; }
html, body { margin: 0; background: var(--background); color: var(--text);
  font-family: var(--font); font-size: var(--font-size); }
form { display: grid; gap: 8px; padding: 4px; }
label { display: block; }
input { box-sizing: border-box; width: 100%; padding: 8px; border-radius: var(--radius);
  border: 1px solid var(--input-border); background: var(--background); color: var(--text); font: inherit; }
input:focus { outline: 2px solid var(--primary); }
.error { color: var(--danger); min-height: 1em; margin: 0; }
`

export const paymentElementPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Payment Element (stand-in)</title>
<style>${style}</style></head>
<body><form novalidate>
<div><label for="number">Card number</label>
<input id="number" name="number" autocomplete="cc-number" inputmode="numeric" aria-describedby="number-error">
<span data-brand aria-live="polite"></span><p class="error" id="number-error"></p></div>
<div><label for="expiry">Expiration date</label>
<input id="expiry" name="expiry" autocomplete="cc-exp" placeholder="MM / YY" aria-describedby="expiry-error">
<p class="error" id="expiry-error"></p></div>
<div><label for="cvc">Security code</label>
<input id="cvc" name="cvc" autocomplete="cc-csc" inputmode="numeric" aria-describedby="cvc-error">
<p class="error" id="cvc-error"></p></div>
</form><script type="module" src="/js/payment-element-frame.js"></script></body></html>`

export const challengePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>3D Secure test page (stand-in)</title>
<style>${style} main { padding: 16px; } button { margin: 4px; }</style></head>
<body><main><h1>3D Secure 2 Test Page</h1>
<button type="button" data-outcome="pass">Complete</button>
<button type="button" data-outcome="fail">Fail</button></main>
<script type="module" src="/js/challenge-frame.js"></script></body></html>`
