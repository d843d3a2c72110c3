import { pseudoLocale, supportedLocales } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { hostedFieldsMessages } from '../payment-origin/hosted-fields-messages.js'
import { localeMessages, serverLocale } from './server-locale.js'

describe('serverLocale', () => {
  it("follows the widget's chain, keeping the shopper's region for numbers", () => {
    expect(serverLocale('fr-CA')).toEqual({ language: 'fr', locale: 'fr-CA', dir: 'ltr' })
    expect(serverLocale('ar-EG')).toEqual({ language: 'ar', locale: 'ar-EG', dir: 'rtl' })
    expect(serverLocale('sw-KE')).toEqual({ language: 'en', locale: 'en-KE', dir: 'ltr' })
    expect(serverLocale(undefined)).toEqual({ language: 'en', locale: 'en', dir: 'ltr' })
    expect(serverLocale('<script>')).toEqual({ language: 'en', locale: 'en', dir: 'ltr' })
  })

  it('speaks the pseudo-locale, made from English', () => {
    expect(serverLocale(pseudoLocale).language).toBe(pseudoLocale)
    const pseudo = hostedFieldsMessages(pseudoLocale)
    expect(pseudo.lang).toBe(pseudoLocale)
    expect(pseudo.labels.number).toMatch(/^\[Çåå.*\]$/)
  })
})

describe('localeMessages', () => {
  it('reads every supported locale of every namespace', () => {
    for (const locale of supportedLocales) {
      expect(localeMessages('email', locale)).toHaveProperty('common.orderNumber')
      expect(localeMessages('payment-pages', locale)).toHaveProperty('challenge.title')
    }
  })
})
