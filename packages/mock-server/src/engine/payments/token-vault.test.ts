import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createTokenVault } from './token-vault.js'

const visa = {
  brand: 'visa' as const,
  last4: '4242',
  behaviour: { outcome: 'approve' as const },
  fingerprint: 'fp_visa',
}

describe('token vault', () => {
  it('issues opaque, single-use tokens that carry no card number', () => {
    const vault = createTokenVault({ now: () => new Date() })
    const issued = vault.issue(visa, 'http://localhost:5173')
    expect(issued.token).toMatch(/^tok_[\w-]{24}$/)
    expect(vault.issue(visa).token).not.toBe(issued.token)
    expect(vault.peek(issued.token)).toMatchObject({
      ...visa,
      parentOrigin: 'http://localhost:5173',
    })
    expect(vault.consume(issued.token)).toMatchObject(visa)
    expect(vault.consume(issued.token)).toBeUndefined()
    expect(vault.peek(issued.token)).toBeUndefined()
    // Used up, it still names its card until it would have expired.
    expect(vault.cardOf(issued.token)).toBe('fp_visa')
    expect(vault.cardOf('tok_unknown')).toBeUndefined()
  })

  it('forgets a token after its time (15 minutes)', () => {
    const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
    const vault = createTokenVault({ now: clock.now })
    const { token } = vault.issue(visa)
    clock.advance(15 * 60_000 - 1)
    expect(vault.peek(token)).toBeDefined()
    clock.advance(1)
    expect(vault.consume(token)).toBeUndefined()
  })

  it('keeps memory bounded by dropping the oldest tokens', () => {
    const vault = createTokenVault({ now: () => new Date(), maxTokens: 3 })
    const tokens = [1, 2, 3, 4].map(() => vault.issue(visa).token)
    expect(vault.peek(tokens[0] ?? '')).toBeUndefined()
    expect(vault.peek(tokens[3] ?? '')).toBeDefined()
  })
})
