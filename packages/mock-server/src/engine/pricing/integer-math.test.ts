import { describe, expect, it } from 'vitest'
import { mulDivRoundHalfUp, taxInGross, taxOnNet } from './integer-math.js'

describe('integer money math', () => {
  it('rounds halves up and everything else to the nearest unit', () => {
    expect(taxOnNet(1000, 725)).toBe(73) // 72.5
    expect(taxOnNet(1500, 625)).toBe(94) // 93.75
    expect(taxOnNet(1001, 400)).toBe(40) // 40.04
    expect(mulDivRoundHalfUp(-5, 1, 2)).toBe(-3) // halves go away from zero
  })

  it('extracts included VAT exactly', () => {
    expect(taxInGross(11_900, 1900)).toBe(1900)
    expect(taxInGross(495, 1900)).toBe(79) // 79.03
    expect(taxInGross(12_000, 2000)).toBe(2000)
  })

  it('stays exact beyond what a double could multiply', () => {
    const huge = 2 ** 52
    expect(mulDivRoundHalfUp(huge, 3, 3)).toBe(huge)
  })
})
