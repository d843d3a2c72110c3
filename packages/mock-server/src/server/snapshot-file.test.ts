import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHttpAdapter } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { readSnapshot } from './snapshot-file.js'
import { startMockServer } from './start-mock-server.js'

const dirs: string[] = []
function tempFile(name = 'demo.json') {
  const dir = mkdtempSync(join(tmpdir(), 'weship-snapshot-'))
  dirs.push(dir)
  return join(dir, 'nested', name)
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('JSON snapshot (--data)', () => {
  it('keeps carts across a restart', async () => {
    const dataFile = tempFile()
    const first = await startMockServer({ port: 0, dataFile })
    const adapter = createHttpAdapter({ baseUrl: first.url })
    const cart = await adapter.createCart({ currency: 'USD' })
    const saved = await adapter.addItem(cart.id, { sku: 'POUR-OVER-WHITE', quantity: 2 })
    await first.close()
    expect(JSON.parse(readFileSync(dataFile, 'utf8'))).toMatchObject({
      format: 'weship-mock-server/1',
      carts: [{ id: cart.id, lines: [{ sku: 'POUR-OVER-WHITE', quantity: 2 }] }],
    })

    const second = await startMockServer({ port: 0, dataFile })
    try {
      const restored = await createHttpAdapter({ baseUrl: second.url }).getCart(cart.id)
      const sameOrigin = (url?: string) => url?.replace(first.url, second.url)
      expect(restored).toEqual({
        ...saved,
        items: saved.items.map((item) => ({ ...item, imageUrl: sameOrigin(item.imageUrl) })),
      })
    } finally {
      await second.close()
    }
  })

  it('starts empty without a file and refuses a damaged one', async () => {
    const dataFile = tempFile()
    expect(await readSnapshot(dataFile)).toBeUndefined()
    const damaged = tempFile('damaged.json').replace('/nested', '')
    writeFileSync(damaged, '{"carts": "nope"}')
    await expect(readSnapshot(damaged)).rejects.toMatchObject({
      code: 'CONFIG',
      reason: 'invalid_snapshot',
    })
    await expect(startMockServer({ port: 0, dataFile: damaged })).rejects.toThrow(
      /is not a mock-server snapshot/,
    )
  })

  it('drops lines whose SKU left the catalog when restoring', () => {
    const engine = createCommerceEngine()
    const cart = engine.createCart({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }] })
    const state = engine.exportState()
    const line = state.carts[0]?.lines[0]
    if (line) line.sku = 'DISCONTINUED'
    const restored = createCommerceEngine({ state }).getCart(cart.id)
    expect(restored).toMatchObject({ items: [], total: { amount: 0 } })
  })
})
