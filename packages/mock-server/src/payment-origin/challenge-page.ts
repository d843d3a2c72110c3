import { formatMoney } from '@weship/checkout-core'
import { brandLabels } from '../engine/payments/card-number.js'
import type { Challenge } from '../engine/payments/challenge-store.js'
import { escapeHtml } from '../escape-html.js'

/** The test bank's 3-D Secure page: the shopper passes or fails the challenge on purpose. */
export function challengePage(challenge: Challenge, parentOrigin: string): string {
  const amount = formatMoney(challenge.amount, 'en')
  const card = `${brandLabels[challenge.brand]} •••• ${challenge.last4}`
  const open = challenge.status === 'pending'
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Confirm your payment</title>
  <link rel="stylesheet" href="/payment-pages.css">
  <script src="/3ds.js" defer></script>
</head>
<body>
  <main id="challenge" class="challenge" data-action-id="${escapeHtml(challenge.id)}" data-parent-origin="${escapeHtml(parentOrigin)}" data-settled="${!open}">
    <h1>Confirm your payment</h1>
    <p>Your bank asks you to confirm a payment of <strong>${escapeHtml(amount)}</strong> with ${escapeHtml(card)}.</p>
    <p class="hint">This is a test page: choose what the bank should answer.</p>
    <div class="actions"${open ? '' : ' hidden'}>
      <button type="button" class="primary" data-outcome="pass">Complete authentication</button>
      <button type="button" data-outcome="fail">Fail authentication</button>
    </div>
    <p id="challenge-status" role="status">${open ? '' : 'This authentication is already finished.'}</p>
  </main>
</body>
</html>
`
}

/** Records the choice on this origin, then tells the parent; nothing else crosses the frame. */
export const challengeScript = `'use strict';
(() => {
  const main = document.getElementById('challenge');
  const actionId = main && main.dataset.actionId;
  const parentOrigin = main && main.dataset.parentOrigin;
  if (!main || !actionId || !parentOrigin || window.parent === window) return;
  const post = (message) => window.parent.postMessage(message, parentOrigin);
  const status = document.getElementById('challenge-status');
  const buttons = main.querySelectorAll('button[data-outcome]');

  const answer = async (outcome) => {
    for (const button of buttons) button.disabled = true;
    status.textContent = 'Contacting your bank…';
    try {
      const response = await fetch('/3ds/' + encodeURIComponent(actionId), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outcome }),
      });
      // An answer given before (another tab) still finishes the step for the shop.
      if (!response.ok && response.status !== 409) throw new Error(String(response.status));
      status.textContent = 'Done. Returning to the shop…';
      post({ type: 'weship:3ds-complete', actionId });
    } catch {
      status.textContent = 'The bank could not be reached. Try again.';
      for (const button of buttons) button.disabled = false;
    }
  };
  for (const button of buttons) {
    button.addEventListener('click', () => answer(button.dataset.outcome));
  }
  new ResizeObserver(() => {
    post({ type: 'weship:resize', height: Math.ceil(document.documentElement.getBoundingClientRect().height) });
  }).observe(document.documentElement);
  post({ type: 'weship:ready' });
  // Reloaded after answering: the shop may go on.
  if (main.dataset.settled === 'true') post({ type: 'weship:3ds-complete', actionId });
})();
`
