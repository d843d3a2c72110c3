import type { Context, Hono } from 'hono'
import { escapeHtml } from '../../escape-html.js'
import type { Outbox, OutboxMessage } from '../../messages/outbox.js'
import { httpProblem } from '../problem.js'
import { PAGE_CSP } from './link-pages.js'

// A sent message's own HTML may style itself inline, but never run script or load anything.
const MESSAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"

/** `GET /__dev/outbox`: the messages the server sent, as JSON or a page (dev mode only). */
export function registerDevOutboxRoutes(app: Hono, outbox: Outbox): void {
  app.get('/__dev/outbox', (c) => {
    const messages = outbox.list()
    if (wantsJson(c)) return c.json({ messages })
    c.header('content-security-policy', PAGE_CSP)
    return c.html(outboxPage(messages))
  })

  app.get('/__dev/outbox/:id', (c) => {
    const message = outbox.find(c.req.param('id'))
    if (!message) throw httpProblem('ADAPTER', 404, 'message_not_found', 'No such message.')
    if (wantsJson(c)) return c.json(message)
    if (c.req.query('part') === 'text') return c.text(message.text)
    c.header('content-security-policy', MESSAGE_CSP)
    return c.html(message.html)
  })
}

function wantsJson(c: Context): boolean {
  return (c.req.header('accept') ?? '').toLowerCase().includes('application/json')
}

function outboxPage(messages: readonly OutboxMessage[]): string {
  const rows = messages.map((message) => {
    const link = `/__dev/outbox/${encodeURIComponent(message.id)}`
    return `<tr><td>${escapeHtml(message.sentAt)}</td><td>${escapeHtml(message.to)}</td><td>${escapeHtml(message.kind)}</td>
<td><a href="${link}">${escapeHtml(message.subject)}</a> · <a href="${link}?part=text">text</a></td></tr>`
  })
  const empty = '<p>No messages yet. Place an order, or move the clock with POST /__dev/clock.</p>'
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Outbox</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem">
<h1>Outbox</h1>
${messages.length === 0 ? empty : `<table cellpadding="6"><thead><tr><th>Sent (engine clock)</th><th>To</th><th>Kind</th><th>Subject</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`}
</body></html>`
}
