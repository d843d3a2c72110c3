import { describe, expect, it } from 'vitest'
import en from '../locales/en.json'
import { pseudoLocalize, pseudoLocalizeText } from './pseudo-locale.js'

describe('pseudoLocalizeText', () => {
  it('accents every letter, brackets the text and keeps placeholders', () => {
    const text = pseudoLocalizeText('Remove {{name}} from {{count}} items')
    expect(text).toMatch(/^\[.*\]$/)
    expect(text).toContain('{{name}}')
    expect(text).toContain('{{count}}')
    expect(text.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[a-z]/i)
  })

  it('makes every English message at least 40 % longer', () => {
    const check = (messages: object) => {
      for (const value of Object.values(messages)) {
        if (typeof value !== 'string') check(value)
        else if (/[a-z]/i.test(value.replace(/\{\{\w+\}\}/g, ''))) {
          expect(pseudoLocalizeText(value).length, value).toBeGreaterThanOrEqual(
            Math.floor(value.length * 1.4),
          )
        }
      }
    }
    check(en)
  })

  it('leaves text without letters alone', () => {
    expect(pseudoLocalizeText('···· {{last4}}')).toBe('···· {{last4}}')
  })
})

describe('pseudoLocalize', () => {
  it('keeps the shape and keys of the messages', () => {
    const pseudo = pseudoLocalize(en)
    expect(Object.keys(pseudo.cart)).toEqual(Object.keys(en.cart))
    expect(pseudo.cart.title).toBe(pseudoLocalizeText(en.cart.title))
  })
})
