import { describe, expect, it, vi } from 'vitest'
import { withFaults } from './fault-injection.js'
import { cartFixture, stubAdapter } from './fixtures.js'

function counted() {
  const getCart = vi.fn(async (id: string) => cartFixture({ id }))
  return { getCart, faulty: withFaults(stubAdapter({ getCart })) }
}

describe('withFaults', () => {
  it('passes calls through until a fault is armed, and keeps what the adapter declares', async () => {
    const { getCart, faulty } = counted()
    expect((await faulty.adapter.getCart('c1')).id).toBe('c1')
    expect(getCart).toHaveBeenCalledOnce()
    expect(faulty.adapter.cspRequirements).toEqual({ connectSrc: [], frameSrc: [], imgSrc: [] })
    expect(faulty.calls).toEqual([{ call: 'getCart', fault: null }])
  })

  it('fails a network fault before the server, a timeout after it did the work', async () => {
    const { getCart, faulty } = counted()
    faulty.inject('getCart', 'network')
    faulty.inject('getCart', 'timeout')
    await expect(faulty.adapter.getCart('c1')).rejects.toMatchObject({
      code: 'NETWORK',
      reason: 'unreachable',
    })
    expect(getCart).not.toHaveBeenCalled()
    await expect(faulty.adapter.getCart('c1')).rejects.toMatchObject({ reason: 'timeout' })
    expect(getCart).toHaveBeenCalledOnce()
    expect((await faulty.adapter.getCart('c1')).id).toBe('c1')
  })

  it('answers 500 as the http adapter reports it', async () => {
    const { faulty } = counted()
    faulty.inject('getCart', 'server-error')
    await expect(faulty.adapter.getCart('c1')).rejects.toMatchObject({
      code: 'ADAPTER',
      status: 500,
    })
  })

  it('holds a late answer, already done on the server, until released', async () => {
    const { getCart, faulty } = counted()
    faulty.inject('getCart', 'late')
    let answered = false
    const answer = faulty.adapter.getCart('c1').then(() => {
      answered = true
    })
    await vi.waitFor(() => expect(getCart).toHaveBeenCalledOnce())
    expect(faulty.held).toBe(1)
    expect(answered).toBe(false)
    faulty.release()
    await answer
    expect(answered).toBe(true)
  })

  it('heals: armed faults are dropped and held answers delivered', async () => {
    const { faulty } = counted()
    faulty.inject('getCart', 'late')
    faulty.inject('getCart', 'network', 2)
    const held = faulty.adapter.getCart('c1')
    faulty.heal()
    await expect(held).resolves.toMatchObject({ id: 'c1' })
    await expect(faulty.adapter.getCart('c2')).resolves.toMatchObject({ id: 'c2' })
  })
})
