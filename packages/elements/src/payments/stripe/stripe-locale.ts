import type { StripeElementLocale } from '@stripe/stripe-js'

// The tags Stripe Elements speak (StripeElementLocale), so the Payment Element talks as the widget.
const supported = (
  'ar bg cs da de el en en-AU en-CA en-NZ en-GB es es-ES es-419 et fi fil fr fr-CA fr-FR he hu ' +
  'hr id it it-IT ja ko lt lv ms mt nb nl no pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW'
).split(' ') as StripeElementLocale[]
const byLowerCase = new Map(supported.map((tag) => [tag.toLowerCase(), tag]))

/** The widget's locale as Stripe takes it: the tag, else its language, else Stripe's `auto`. */
export function stripeLocale(locale: string): StripeElementLocale {
  const lower = locale.toLowerCase()
  const [language = ''] = lower.split('-')
  return byLowerCase.get(lower) ?? byLowerCase.get(language) ?? 'auto'
}
