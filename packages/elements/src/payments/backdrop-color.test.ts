import { afterEach, describe, expect, it } from 'vitest'
import { backdropColor } from './backdrop-color.js'

afterEach(() => document.body.replaceChildren())

function nested(outer: string, inner: string): Element {
  const parent = document.createElement('div')
  parent.style.backgroundColor = outer
  const child = document.createElement('div')
  child.style.backgroundColor = inner
  parent.append(child)
  document.body.append(parent)
  return child
}

// Colours in other spaces (oklch, lab, color()) need a canvas: payment-frames.browser.test.ts.
describe('the colour a payment frame sits on', () => {
  it('is the nearest opaque background, as #rrggbb', () => {
    expect(backdropColor(nested('rgb(16, 24, 40)', 'rgba(0, 0, 0, 0)'))).toBe('#101828')
    expect(backdropColor(nested('rgb(16, 24, 40)', 'rgb(255, 255, 255)'))).toBe('#ffffff')
  })
})
