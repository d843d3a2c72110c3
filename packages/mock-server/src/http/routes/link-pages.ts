import { escapeHtml } from '../../escape-html.js'
import type { EmailTranslator } from '../../messages/email-translator.js'

/** The page an unsubscribe link opens, in the e-mail's language; no script. */
export function unsubscribedPage(tr: EmailTranslator): string {
  const text = (key: string) => escapeHtml(tr.t(`unsubscribed.${key}`))
  return `<!doctype html>
<html lang="${tr.language}" dir="${tr.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text('title')}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
<h1>${text('heading')}</h1>
<p>${text('body')}</p>
</body>
</html>`
}
