import { escapeHtml } from '../../escape-html.js'
import type { EmailTranslator } from '../../messages/email-translator.js'

// Static pages with inline styles only: nothing to load, nothing to run; the form posts back to
// the page's own URL.
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"

type Notice = 'unsubscribed' | 'subscribed' | 'linkInvalid'
type Question = 'unsubscribe' | 'confirmSubscription'

/** What a link from an e-mail opens: a question with one button. A GET changes nothing. */
export function questionPage(tr: EmailTranslator, section: Question): string {
  const text = (key: string) => escapeHtml(tr.t(`${section}.${key}`))
  // No action attribute: the form posts to this very URL, `?lang=` included.
  return page(
    tr,
    text('title'),
    `<h1>${text('heading')}</h1>
<p>${text('body')}</p>
<form method="post"><button type="submit" style="font: inherit; padding: 0.6rem 1.2rem; cursor: pointer">${text('button')}</button></form>`,
  )
}

/** What the button (or an unknown link) leads to. */
export function noticePage(tr: EmailTranslator, section: Notice): string {
  const text = (key: string) => escapeHtml(tr.t(`${section}.${key}`))
  return page(tr, text('title'), `<h1>${text('heading')}</h1>\n<p>${text('body')}</p>`)
}

function page(tr: EmailTranslator, title: string, body: string): string {
  return `<!doctype html>
<html lang="${tr.language}" dir="${tr.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
${body}
</body>
</html>`
}
