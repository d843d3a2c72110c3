import type { Context, Hono } from 'hono'
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

interface EmailLink {
  isLive(token: string): boolean
  /** What the link is for; throws a 404 problem for an unknown or used token. */
  act(token: string): void
  notFound(): Error
  question: 'unsubscribe' | 'confirmSubscription'
  done: 'unsubscribed' | 'subscribed'
}

/**
 * A link from an e-mail: its GET shows a question whose button POSTs (mail scanners follow
 * links, so a GET changes nothing); its POST acts, answering the button with a page and a
 * program (a mail client's one-click) with 204. A dead link is a page for a browser and the 404
 * problem for a program.
 */
export function registerEmailLink(app: Hono, path: string, link: EmailLink): void {
  app.get(path, (c) => {
    const token = c.req.param('token') ?? ''
    if (link.isLive(token)) return linkPage(c, link.question)
    if (wantsPage(c)) return linkPage(c, 'linkInvalid', 404)
    throw link.notFound()
  })
  app.post(path, (c) => {
    const token = c.req.param('token') ?? ''
    if (!wantsPage(c)) {
      link.act(token)
      return c.body(null, 204)
    }
    if (!link.isLive(token)) return linkPage(c, 'linkInvalid', 404)
    link.act(token)
    return linkPage(c, link.done)
  })
}
