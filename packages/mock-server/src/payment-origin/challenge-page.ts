import { formatMoney } from '@weship/checkout-core'
import { brandLabels } from '../engine/payments/card-number.js'
import type { Challenge } from '../engine/payments/challenge-store.js'
import { escapeHtml } from '../escape-html.js'
import { challengeMessages } from './challenge-messages.js'
import { pageBackdropScript } from './page-backdrop.js'
import { schemeAttribute } from './page-scheme.js'

/**
 * The test bank's 3-D Secure page, in the widget's language (`locale`; English for anything
 * else): the shopper passes or fails the challenge on purpose.
 */
export function challengePage(
  challenge: Challenge,
  parentOrigin: string,
  locale?: string,
  scheme?: string,
): string {
  const words = challengeMessages(locale)
  const amount = formatMoney(challenge.amount, words.locale)
  const card = `${brandLabels[challenge.brand]} •••• ${challenge.last4}`
  // Each filled-in value is isolated, so an amount or card number keeps its order in Arabic.
  const request = escapeHtml(words.request)
    .replace('{{amount}}', `<strong><bdi>${escapeHtml(amount)}</bdi></strong>`)
    .replace('{{card}}', `<bdi dir="ltr">${escapeHtml(card)}</bdi>`)
  const open = challenge.status === 'pending'
  return `<!doctype html>
<html lang="${escapeHtml(words.lang)}" dir="${words.dir}"${schemeAttribute(scheme)}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(words.title)}</title>
  <link rel="stylesheet" href="/payment-pages.css">
  <script src="/3ds.js" defer></script>
</head>
<body>
  <main id="challenge" class="challenge" data-action-id="${escapeHtml(challenge.id)}" data-parent-origin="${escapeHtml(parentOrigin)}" data-settled="${!open}" data-messages="${escapeHtml(JSON.stringify(words.script))}">
    <h1>${escapeHtml(words.title)}</h1>
    <p>${request}</p>
    <p class="hint">${escapeHtml(words.hint)}</p>
    <div class="actions"${open ? '' : ' hidden'}>
      <button type="button" class="primary" data-outcome="pass">${escapeHtml(words.pass)}</button>
      <button type="button" data-outcome="fail">${escapeHtml(words.fail)}</button>
    </div>
    <p id="challenge-status" role="status">${open ? '' : escapeHtml(words.finished)}</p>
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
${pageBackdropScript}
  const post = (message) => window.parent.postMessage(message, parentOrigin);
  const status = document.getElementById('challenge-status');
  // The page's language (data-messages, no inline script under the CSP), else English.
  const messages = ${JSON.stringify(challengeMessages('en').script)};
  try {
    const given = JSON.parse(main.dataset.messages || '{}');
    for (const key of Object.keys(messages)) {
      if (given && typeof given[key] === 'string') messages[key] = given[key];
    }
  } catch {}
  const buttons = main.querySelectorAll('button[data-outcome]');

  const answer = async (outcome) => {
    for (const button of buttons) button.disabled = true;
    status.textContent = messages.contacting;
    try {
      const response = await fetch('/3ds/' + encodeURIComponent(actionId), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outcome }),
      });
      // An answer given before (another tab) still finishes the step for the shop.
      if (!response.ok && response.status !== 409) throw new Error(String(response.status));
      // The whole answer first: told too early, the shop removes this frame mid-response.
      await response.text();
      status.textContent = messages.done;
      post({ type: 'weship:3ds-complete', actionId });
    } catch {
      status.textContent = messages.unreachable;
      for (const button of buttons) button.disabled = false;
    }
  };
  for (const button of buttons) {
    button.addEventListener('click', () => answer(button.dataset.outcome));
  }
  // The shop's dialog around this frame cannot hear Escape pressed in here: tell it.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') post({ type: 'weship:escape' });
  });
  new ResizeObserver(() => {
    post({ type: 'weship:resize', height: Math.ceil(document.documentElement.getBoundingClientRect().height) });
  }).observe(document.documentElement);
  post({ type: 'weship:ready' });
  // Reloaded after answering: the shop may go on.
  if (main.dataset.settled === 'true') post({ type: 'weship:3ds-complete', actionId });
})();
`
