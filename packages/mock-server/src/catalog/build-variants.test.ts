import { describe, expect, it } from 'vitest'
import { buildVariants } from './build-variants.js'

describe('buildVariants', () => {
  const prices = { EUR: 1000 }

  it('makes one variant per option combination with a readable SKU', () => {
    const variants = buildVariants({
      skuPrefix: 'TEE',
      prices,
      options: { colour: ['Off White', 'Black'], size: ['S', 'M'] },
      stock: 10,
      stockBySku: { 'TEE-OFF-WHITE-M': 0 },
    })
    expect(variants.map(({ sku, options, stock }) => [sku, options, stock])).toEqual([
      ['TEE-OFF-WHITE-S', { colour: 'Off White', size: 'S' }, 10],
      ['TEE-OFF-WHITE-M', { colour: 'Off White', size: 'M' }, 0],
      ['TEE-BLACK-S', { colour: 'Black', size: 'S' }, 10],
      ['TEE-BLACK-M', { colour: 'Black', size: 'M' }, 10],
    ])
  })

  it('makes a single variant without options, leaving stock untracked when none is given', () => {
    expect(buildVariants({ skuPrefix: 'GIFT', prices })).toEqual([
      { sku: 'GIFT', options: {}, prices },
    ])
  })
})
