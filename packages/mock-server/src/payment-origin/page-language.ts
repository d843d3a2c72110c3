import { type LocaleChoice, localeMessages, serverLocale } from '../locales/server-locale.js'

/** The payment pages' words, as in `locales/payment-pages/en.json`. */
export interface PaymentPageMessages {
  hostedFields: {
    title: string
    labels: { number: string; expiry: string; cvc: string; name: string }
    hint: string
    script: Record<string, string>
  }
  challenge: {
    title: string
    request: string
    hint: string
    pass: string
    fail: string
    finished: string
    script: Record<string, string>
  }
}

/** A payment page's language for the widget's locale in its URL, and the words it speaks. */
export function pageLanguage(
  locale: string | undefined,
): LocaleChoice & { words: PaymentPageMessages } {
  const choice = serverLocale(locale)
  return {
    ...choice,
    words: localeMessages<PaymentPageMessages>('payment-pages', choice.language),
  }
}
