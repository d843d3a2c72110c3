import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { emailTranslator } from '../../messages/email-translator.js'
import { noticePage, PAGE_CSP, questionPage } from './link-pages.js'

const questions = new Set(['unsubscribe', 'confirmSubscription'])

/** A page for a link from an e-mail, in the e-mail's language (`?lang=`), else the browser's. */
export function linkPage(
  c: Context,
  section: Parameters<typeof questionPage>[1] | Parameters<typeof noticePage>[1],
  status: ContentfulStatusCode = 200,
) {
  const language = c.req.query('lang') ?? c.req.header('accept-language')?.split(/[,;]/)[0]
  const tr = emailTranslator(language)
  c.header('content-security-policy', PAGE_CSP)
  c.header('referrer-policy', 'no-referrer')
  const html = questions.has(section)
    ? questionPage(tr, section as Parameters<typeof questionPage>[1])
    : noticePage(tr, section as Parameters<typeof noticePage>[1])
  return c.html(html, status)
}

/** A browser's form post (the page's button), not a mail client's one-click POST. */
export function wantsPage(c: Context): boolean {
  return c.req.header('accept')?.includes('text/html') ?? false
}
