import { describe, expect, it } from 'vitest'
import { CheckoutElement, checkoutElements, defineCheckoutElements } from './index.js'

describe('defineCheckoutElements', () => {
  it('is not called by importing the package entry', () => {
    expect(customElements.get('weship-checkout')).toBeUndefined()
  })

  it('defines every element once, and skips tags already taken', () => {
    class Theirs extends HTMLElement {}
    customElements.define('weship-cart-button', Theirs)
    defineCheckoutElements()
    expect(() => defineCheckoutElements()).not.toThrow()
    expect(customElements.get('weship-checkout')).toBe(CheckoutElement)
    expect(customElements.get('weship-add-to-cart')).toBe(checkoutElements['weship-add-to-cart'])
    expect(customElements.get('weship-cart-button')).toBe(Theirs)
  })
})
