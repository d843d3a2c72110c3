import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server on 127.0.0.1 that keeps every message it receives, parsed. */
export interface SmtpInbox {
  url: string
  messages: ParsedMail[]
  /** Messages to one address, oldest first. */
  to(address: string): ParsedMail[]
  /** Waits until every message accepted so far has been parsed. */
  settled(): Promise<void>
  close(): Promise<void>
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const messages: ParsedMail[] = []
  const parsing: Promise<unknown>[] = []
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate for nodemailer to distrust.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const parsed = simpleParser(stream).then((mail) => {
        messages.push(mail)
        callback()
      }, callback)
      parsing.push(parsed)
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) =>
      messages.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address),
    settled: async () => void (await Promise.allSettled(parsing)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
