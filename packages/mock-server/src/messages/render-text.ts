import type { MessageContent } from './message-content.js'

/** The plain-text part: the same content, links written out in full. */
export function renderText(content: MessageContent): string {
  const blocks: string[] = [content.heading, ...content.paragraphs]
  if (content.facts.length > 0) {
    blocks.push(content.facts.map(({ label, value }) => `${label}: ${value}`).join('\n'))
  }
  if (content.address) {
    // Isolated (FSI … PDI), so "10115 Berlin" keeps its order inside right-to-left text.
    const lines = content.address.lines.map((line) => `\u2068${line}\u2069`)
    blocks.push([content.address.label, ...lines].join('\n'))
  }
  if (content.action) blocks.push(`${content.action.label}: ${content.action.url}`)
  const { receipt } = content
  if (receipt) {
    const lines = receipt.lines.map(
      (line) => `${line.name} (${line.detail})${line.amount ? `  ${line.amount}` : ''}`,
    )
    const totals = receipt.totals.map((total) => `${total.label}: ${total.amount}`)
    const block = [...(receipt.title ? [receipt.title] : []), ...lines]
    if (totals.length > 0) block.push('', ...totals)
    blocks.push([...block, ...(receipt.notes ?? [])].join('\n'))
    if (receipt.payments) {
      const paid = receipt.payments.lines.map((line) => `${line.label}: ${line.amount}`)
      blocks.push([receipt.payments.title, ...paid].join('\n'))
    }
  }
  if (content.secondaryAction) {
    blocks.push(`${content.secondaryAction.label}: ${content.secondaryAction.url}`)
  }
  const { footer } = content
  const footerLines = ['--', footer.note]
  if (footer.unsubscribe) footerLines.push(`${footer.unsubscribe.label}: ${footer.unsubscribe.url}`)
  footerLines.push(`${footer.merchant} · ${footer.postalAddress}`)
  blocks.push(footerLines.join('\n'))
  return `${blocks.join('\n\n')}\n`
}
