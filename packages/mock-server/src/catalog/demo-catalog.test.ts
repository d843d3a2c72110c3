import { describe, expect, it } from 'vitest'
import { demoCatalog } from './demo-catalog.js'

const variants = demoCatalog.products.flatMap((product) => product.variants)

describe('demo catalog', () => {
  it('has at least nine products with unique, readable SKUs', () => {
    expect(demoCatalog.products.length).toBeGreaterThanOrEqual(9)
    const skus = variants.map((variant) => variant.sku)
    expect(new Set(skus).size).toBe(skus.length)
    for (const sku of skus) expect(sku).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)
    expect(skus).toContain('MERINO-CREW-NAVY-M')
  })

  it('prices every variant in EUR, USD and JPY as positive integer minor units', () => {
    expect(demoCatalog.currencies).toEqual(['EUR', 'USD', 'JPY'])
    for (const { prices } of variants) {
      for (const currency of demoCatalog.currencies) {
        expect(Number.isSafeInteger(prices[currency]) && (prices[currency] ?? 0) > 0).toBe(true)
      }
    }
  })

  it('has plenty of stock mostly, a few low variants and exactly one sold out', () => {
    const stock = variants.map((variant) => variant.stock ?? Number.POSITIVE_INFINITY)
    expect(stock.filter((units) => units === 0)).toHaveLength(1)
    expect(stock.filter((units) => units > 0 && units <= 5).length).toBeGreaterThanOrEqual(3)
    expect(stock.filter((units) => units >= 25).length).toBeGreaterThan(variants.length * 0.8)
  })

  it('draws each product as a small, script-free SVG in its own colours', () => {
    const backgrounds = new Set<string>()
    for (const { imageSvg, name } of demoCatalog.products) {
      expect(imageSvg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/)
      expect(imageSvg).toContain(`<title>${name}</title>`)
      expect(imageSvg).not.toMatch(/<script|style=|href=|on\w+=/i)
      expect(imageSvg.length).toBeLessThan(2048)
      backgrounds.add(/<rect width="160" height="160" fill="([^"]+)"/.exec(imageSvg)?.[1] ?? '')
    }
    expect(backgrounds.size).toBe(demoCatalog.products.length)
  })
})
