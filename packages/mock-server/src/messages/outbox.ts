import type { DueMessage } from '../engine/post-purchase/message-jobs.js'

/** A message as sent, kept for `/__dev/outbox`. */
export interface OutboxMessage {
  id: string
  kind: DueMessage['kind']
  /** The engine's milestone key: one message per key. */
  key: string
  from: string
  to: string
  subject: string
  html: string
  text: string
  headers: Record<string, string>
  sentAt: string
}

export interface Outbox {
  add(message: Omit<OutboxMessage, 'id'>): OutboxMessage
  /** Newest first. */
  list(): OutboxMessage[]
  find(id: string): OutboxMessage | undefined
}

// A demo runs for hours: the oldest messages go first beyond this.
const MAX_MESSAGES = 500

export function createOutbox(): Outbox {
  const messages: OutboxMessage[] = []
  let next = 1
  return {
    add(message) {
      const stored = { id: String(next++), ...message }
      messages.push(stored)
      if (messages.length > MAX_MESSAGES) messages.shift()
      return stored
    },
    list: () => [...messages].reverse(),
    find: (id) => messages.find((message) => message.id === id),
  }
}
