import { escapeHtml as escapeText } from '../escape-html.js'
import type { Link, MessageContent } from './message-content.js'

/**
 * Escapes text for HTML, turning each isolated value (FSI … PDI, see `EmailTranslator`) into a
 * `<span dir="auto">`: markup is how HTML isolates, and mail clients know it better.
 */
function escapeHtml(text: string): string {
  return escapeText(text).replace(/\u2068([^\u2068\u2069]*)\u2069/g, '<span dir="auto">$1</span>')
}

// Table layout and inline styles only: what Outlook, Gmail and Apple Mail all render alike.
const FONT = "font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
const TEXT = `${FONT}; font-size: 16px; line-height: 24px; color: #1f2933`
const MUTED = `${FONT}; font-size: 13px; line-height: 20px; color: #52606d`

const end = (content: MessageContent) => (content.dir === 'rtl' ? 'left' : 'right')
const row = (cell: string) => `<tr><td style="padding: 0 32px">${cell}</td></tr>`

function button({ label, url }: Link): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin: 24px 0"><tr>
<td style="background: #1d4ed8; border-radius: 6px"><a href="${escapeHtml(url)}" style="display: inline-block; padding: 12px 24px; ${FONT}; font-size: 16px; font-weight: bold; color: #ffffff; text-decoration: none">${escapeHtml(label)}</a></td>
</tr></table>`
}

function facts(content: MessageContent): string {
  if (content.facts.length === 0) return ''
  // Physical padding on the side that faces the value: logical properties are rare in mail clients.
  const gap = content.dir === 'rtl' ? '4px 0 4px 16px' : '4px 16px 4px 0'
  const rows = content.facts.map(
    ({ label, value }) =>
      `<tr><td style="${MUTED}; padding: ${gap}">${escapeHtml(label)}</td><td style="${TEXT}; padding: 4px 0">${escapeHtml(value)}</td></tr>`,
  )
  return row(
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin: 8px 0 16px">${rows.join('')}</table>`,
  )
}

function address(content: MessageContent): string {
  if (!content.address) return ''
  // Each line its own direction (dir="auto"), so an address keeps its order in any message.
  const lines = content.address.lines.map(
    (line) => `<span dir="auto" style="unicode-bidi: isolate">${escapeHtml(line)}</span>`,
  )
  return row(
    `<p style="${MUTED}; margin: 8px 0 4px">${escapeHtml(content.address.label)}</p><address style="${TEXT}; font-style: normal; margin: 0 0 16px">${lines.join('<br>')}</address>`,
  )
}

function amountRow(content: MessageContent, label: string, amount: string, strong = false) {
  const weight = strong ? '; font-weight: bold' : ''
  return `<tr><td style="${TEXT}; padding: 4px 0${weight}">${escapeHtml(label)}</td><td align="${end(content)}" style="${TEXT}; padding: 4px 0; white-space: nowrap${weight}">${escapeHtml(amount)}</td></tr>`
}

const table = (rows: string) =>
  `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${rows}</table>`

function receipt(content: MessageContent): string {
  const { receipt: details } = content
  if (!details) return ''
  const lines = details.lines.map(
    (line) =>
      `<tr><td style="${TEXT}; padding: 8px 0; border-bottom: 1px solid #e4e7eb">${escapeHtml(line.name)}<br><span style="${MUTED}">${escapeHtml(line.detail)}</span></td><td align="${end(content)}" style="${TEXT}; padding: 8px 0; border-bottom: 1px solid #e4e7eb; white-space: nowrap">${escapeHtml(line.amount)}</td></tr>`,
  )
  const totals = details.totals.map((total) =>
    amountRow(content, total.label, total.amount, total.strong),
  )
  const title = details.title
    ? `<h2 style="${FONT}; font-size: 18px; margin: 24px 0 8px; color: #1f2933">${escapeHtml(details.title)}</h2>`
    : ''
  // Outside the table of amounts: a sentence about the total, not a row that adds to it.
  const notes = (details.notes ?? []).map(
    (note) => `<p style="${MUTED}; margin: 4px 0 0">${escapeHtml(note)}</p>`,
  )
  const { payments } = details
  const paid = payments
    ? `<h3 style="${FONT}; font-size: 15px; margin: 16px 0 4px; color: #1f2933">${escapeHtml(payments.title)}</h3>
${table(payments.lines.map((line) => amountRow(content, line.label, line.amount)).join(''))}`
    : ''
  return row(`${title}
${table(lines.join('') + totals.join(''))}${notes.join('')}${paid}`)
}

/** The HTML part: one centred 600px table, readable without images or CSS support. */
export function renderHtml(content: MessageContent): string {
  const { footer } = content
  const paragraphs = content.paragraphs.map((text) =>
    row(`<p style="${TEXT}; margin: 0 0 16px">${escapeHtml(text)}</p>`),
  )
  const unsubscribe = footer.unsubscribe
    ? ` <a href="${escapeHtml(footer.unsubscribe.url)}" style="color: #52606d">${escapeHtml(footer.unsubscribe.label)}</a>`
    : ''
  return `<!doctype html>
<html lang="${escapeHtml(content.lang)}" dir="${content.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeText(content.subject)}</title></head>
<body style="margin: 0; padding: 0; background: #f5f7fa">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background: #f5f7fa"><tr><td align="center" style="padding: 24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width: 600px; width: 100%; background: #ffffff; border-radius: 8px">
<tr><td style="padding: 24px 32px 0; ${FONT}; font-size: 14px; font-weight: bold; color: #52606d">${escapeHtml(footer.merchant)}</td></tr>
${row(`<h1 style="${FONT}; font-size: 24px; line-height: 32px; margin: 16px 0; color: #1f2933">${escapeHtml(content.heading)}</h1>`)}
${paragraphs.join('\n')}
${facts(content)}
${address(content)}
${content.action ? row(button(content.action)) : ''}
${receipt(content)}
${content.secondaryAction ? row(`<p style="${TEXT}; margin: 16px 0"><a href="${escapeHtml(content.secondaryAction.url)}" style="color: #1d4ed8">${escapeHtml(content.secondaryAction.label)}</a></p>`) : ''}
<tr><td style="padding: 24px 32px 32px; ${MUTED}">${escapeHtml(footer.note)}${unsubscribe}<br>${escapeHtml(footer.merchant)} · ${escapeHtml(footer.postalAddress)}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`
}
