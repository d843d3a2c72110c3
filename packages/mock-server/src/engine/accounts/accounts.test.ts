import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'
import { DEMO_EMAIL, DEMO_PASSWORD } from './demo-account.js'
import { hashPassword, verifyPassword } from './password-hash.js'

const refused = (status: number, reason: string) => expect.objectContaining({ status, reason })
const ada = { email: 'ada@example.com', password: 'analytical-engine', name: 'Ada Lovelace' }

describe('password hashes', () => {
  it('are salted scrypt hashes that verify only the right password', async () => {
    const [first, second] = await Promise.all([
      hashPassword('secret-123'),
      hashPassword('secret-123'),
    ])
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(first).not.toBe(second)
    expect(await verifyPassword('secret-123', first)).toBe(true)
    expect(await verifyPassword('secret-124', first)).toBe(false)
    expect(await verifyPassword('secret-123', 'md5$abc')).toBe(false)
    expect(await verifyPassword('secret-123', 'scrypt$1$1$1$c2FsdA$c2hvcnQ')).toBe(false)
  })
})

describe('accounts', () => {
  it('signs up, then reads the customer with the session token', async () => {
    const engine = createCommerceEngine()
    const session = await engine.signUp(ada)
    expect(session.token).toMatch(/^ses_[\w-]{43}$/)
    expect(session.customer).toEqual({
      id: expect.stringMatching(/^cus_/),
      email: ada.email,
      name: ada.name,
      addresses: [],
      orders: [],
    })
    expect(engine.getCustomer(session.token)).toEqual(session.customer)
    expect(JSON.stringify(engine.exportState().customers)).not.toContain(ada.password)
  })

  it('refuses a second account for the same e-mail, in any case', async () => {
    const engine = createCommerceEngine()
    await engine.signUp(ada)
    await expect(engine.signUp({ ...ada, email: 'ADA@example.com' })).rejects.toEqual(
      refused(422, 'email_already_registered'),
    )
  })

  it('refuses a password under 10 characters', async () => {
    const engine = createCommerceEngine()
    await expect(engine.signUp({ ...ada, password: 'short' })).rejects.toEqual(
      refused(422, 'invalid_request'),
    )
  })

  it('signs in with the right password and answers the same 401 for a wrong one or an unknown e-mail', async () => {
    const engine = createCommerceEngine()
    await engine.signUp(ada)
    const session = await engine.signIn({ email: 'Ada@Example.com', password: ada.password })
    expect(session.customer.email).toBe(ada.email)
    const wrong = engine.signIn({ email: ada.email, password: 'not-the-password' })
    const unknown = engine.signIn({ email: 'nobody@example.com', password: ada.password })
    const [wrongError, unknownError] = await Promise.all([
      wrong.catch((error: unknown) => error),
      unknown.catch((error: unknown) => error),
    ])
    expect(wrongError).toEqual(refused(401, 'invalid_credentials'))
    expect(unknownError).toEqual(wrongError)
  })

  it('signs out: the token stops working, and signing out twice is fine', async () => {
    const engine = createCommerceEngine()
    const { token } = await engine.signUp(ada)
    engine.signOut(token)
    engine.signOut(token)
    engine.signOut(undefined)
    expect(() => engine.getCustomer(token)).toThrow(refused(401, 'not_signed_in'))
    expect(() => engine.getCustomer(undefined)).toThrow(refused(401, 'not_signed_in'))
  })

  it('ends sessions after 7 days', async () => {
    const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
    const engine = createCommerceEngine({ clock })
    const { token } = await engine.signUp(ada)
    clock.advance(7 * 24 * 3600_000)
    expect(() => engine.getCustomer(token)).toThrow(refused(401, 'not_signed_in'))
  })

  it('refuses a blank or commonly used password with a field error saying why', async () => {
    const engine = createCommerceEngine()
    const signUp = (password: string, email = 'kim.lee@example.com') =>
      engine.signUp({ email, password }).catch((error: unknown) => error)
    const blank = await signUp(' '.repeat(10))
    expect(blank).toEqual(refused(422, 'password_blank'))
    expect(blank).toMatchObject({ fieldErrors: [{ field: 'password' }] })
    for (const common of [
      'qwertyuiop',
      '1234567890',
      'Password123',
      ' basketball ',
      'aaaaaaaaaa',
    ]) {
      const refusal = await signUp(common)
      expect(refusal, common).toEqual(refused(422, 'password_too_common'))
      expect(refusal).toMatchObject({ fieldErrors: [{ field: 'password' }] })
    }
    expect(await signUp('kim.lee@example.com')).toEqual(refused(422, 'password_too_common'))
    expect(await signUp('kim.lee.kim.lee')).toMatchObject({
      customer: { email: 'kim.lee@example.com' },
    })
  })

  it('has the documented demo account with a German and a US address', async () => {
    const engine = createCommerceEngine()
    const { customer } = await engine.signIn({ email: DEMO_EMAIL, password: DEMO_PASSWORD })
    expect(customer.email).toBe('demo@weship.dev')
    expect(customer.addresses.map((address) => address.country)).toEqual(['DE', 'US'])
  })

  it('makes a guessing client wait longer after each wrong sign-in, never counting successes', async () => {
    const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
    const engine = createCommerceEngine({ clock })
    const demo = { email: DEMO_EMAIL, password: DEMO_PASSWORD }
    for (let i = 0; i < 12; i++) await engine.signIn(demo)
    const guess = (i: number) => engine.signIn({ ...demo, password: `guess-${i}-guess` })
    for (let i = 0; i < 5; i++)
      await expect(guess(i)).rejects.toEqual(refused(401, 'invalid_credentials'))
    const waits: number[] = []
    for (let i = 5; i < 10; i++) {
      const limited = await guess(i).catch((error: unknown) => error)
      expect(limited).toEqual(refused(429, 'too_many_attempts'))
      const { retryAfterSeconds } = limited as { retryAfterSeconds: number }
      waits.push(retryAfterSeconds)
      clock.advance(retryAfterSeconds * 1000)
      await expect(guess(i)).rejects.toEqual(refused(401, 'invalid_credentials'))
    }
    expect(waits).toEqual([1, 2, 4, 8, 16])
    clock.advance(32_000)
    await expect(engine.signIn(demo)).resolves.toMatchObject({ customer: { email: DEMO_EMAIL } })
  })

  it('keeps customers (hashes only) across a snapshot, but not sessions', async () => {
    const engine = createCommerceEngine()
    const { token } = await engine.signUp(ada)
    const state = JSON.parse(JSON.stringify(engine.exportState()))
    const restored = createCommerceEngine({ state })
    expect(() => restored.getCustomer(token)).toThrow(refused(401, 'not_signed_in'))
    const session = await restored.signIn({ email: ada.email, password: ada.password })
    expect(session.customer.name).toBe(ada.name)
    expect(restored.exportState().customers?.filter((c) => c.email === DEMO_EMAIL)).toHaveLength(1)
  })
})

describe('sign-in limits under parallel guesses', () => {
  it('lets no more guesses through at once than one after another', async () => {
    const engine = createCommerceEngine({
      clock: createFixedClock(new Date('2026-11-26T10:00:00Z')),
    })
    const guesses = Array.from({ length: 25 }, (_, i) =>
      engine
        .signIn({ email: DEMO_EMAIL, password: `parallel-guess-${i}` })
        .catch((e: unknown) => e),
    )
    const answers = (await Promise.all(guesses)) as Array<{ status: number }>
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(5)
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(20)
  })
})
