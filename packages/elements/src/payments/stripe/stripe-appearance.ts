import type { Appearance } from '@stripe/stripe-js'

// Our tokens as the widget resolved them (tokens.css sets them on :host, so the light-DOM
// container inherits them) → the Appearance API's variables (https://docs.stripe.com/elements/appearance-api).
const colours = {
  colorPrimary: '--_color-primary',
  colorBackground: '--_color-background',
  colorText: '--_color-text',
  colorTextSecondary: '--_color-text-muted',
  colorDanger: '--_color-danger',
  colorSuccess: '--_color-success',
  accessibleColorOnColorPrimary: '--_color-primary-text',
} as const

type Variables = NonNullable<Appearance['variables']>

/**
 * The Payment Element's look from the widget's: colours, font, corners and the dark theme, read
 * where the Element sits so a themed widget and its Stripe fields read as one form. Colours are
 * resolved to rgb(), which Stripe takes, whatever syntax the page used for them.
 */
export function readAppearance(container: HTMLElement): Appearance {
  const probe = document.createElement('span')
  probe.hidden = true
  container.append(probe)
  try {
    const resolved = (property: string, token: string) => {
      probe.style.setProperty(property, `var(${token})`)
      return getComputedStyle(probe).getPropertyValue(property).trim()
    }
    const variables: Variables = {}
    for (const [variable, token] of Object.entries(colours)) {
      const colour = toRgb(resolved('color', token))
      if (colour) variables[variable as keyof typeof colours] = colour
    }
    const style = getComputedStyle(container)
    const fontFamily = style.getPropertyValue('--_font-family').trim()
    if (fontFamily) variables.fontFamily = fontFamily
    const fontSize = resolved('font-size', '--_font-size')
    if (fontSize) variables.fontSizeBase = fontSize
    const lineHeight = style.getPropertyValue('--_line-height').trim()
    if (lineHeight) variables.fontLineHeight = lineHeight
    const radius = resolved('border-top-left-radius', '--_radius-control')
    if (radius) variables.borderRadius = radius
    // Inputs keep the widget's 3:1 border against the background (WCAG 1.4.11), as ours do.
    const border = toRgb(resolved('color', '--_color-control-border'))
    const dark = /\bdark\b/.test(style.colorScheme)
    return {
      theme: dark ? 'night' : 'stripe',
      variables,
      ...(border ? { rules: { '.Input': { borderColor: border } } } : {}),
    }
  } finally {
    probe.remove()
  }
}

/** A computed colour as rgb()/rgba(); modern syntaxes (oklch, color()) go through a canvas. */
function toRgb(colour: string): string | undefined {
  if (!colour) return undefined
  if (/^(rgba?\(|#)/.test(colour)) return colour
  const context = document.createElement('canvas').getContext?.('2d', { willReadFrequently: true })
  if (!context) return undefined
  context.fillStyle = colour
  context.fillRect(0, 0, 1, 1)
  const [red = 0, green = 0, blue = 0, alpha = 255] = context.getImageData(0, 0, 1, 1).data
  return `rgba(${red}, ${green}, ${blue}, ${Math.round((alpha / 255) * 1000) / 1000})`
}

/** Merchant's own Appearance values on top of ours: their variables and rules win. */
export function withOverrides(derived: Appearance, overrides: Appearance | undefined): Appearance {
  if (!overrides) return derived
  return {
    ...derived,
    ...overrides,
    variables: { ...derived.variables, ...overrides.variables },
    rules: { ...derived.rules, ...overrides.rules },
  }
}

/**
 * Calls `onChange` when the look may have changed: the widget's `theme` or the page's classes
 * and styles (a site-wide dark mode), and the system's colour scheme for `theme="auto"`.
 */
export function watchAppearance(container: HTMLElement, onChange: () => void): () => void {
  let queued = false
  const changed = () => {
    if (queued) return
    queued = true
    // After the page's own handlers have finished switching styles.
    requestAnimationFrame(() => {
      queued = false
      onChange()
    })
  }
  const observer = new MutationObserver(changed)
  const attributeFilter = ['class', 'style', 'theme', 'data-theme', 'data-color-scheme']
  for (const node of [container.parentElement, document.documentElement, document.body]) {
    if (node) observer.observe(node, { attributes: true, attributeFilter })
  }
  const scheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)')
  scheme?.addEventListener('change', changed)
  return () => {
    observer.disconnect()
    scheme?.removeEventListener('change', changed)
  }
}
