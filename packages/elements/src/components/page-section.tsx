import type { ComponentChildren } from 'preact'
import type { Translator } from '../i18n/translator.js'

interface PageSectionProps {
  translator: Translator
  class: string
  busy: boolean
  children?: ComponentChildren
}

/**
 * The `base` part of an element that renders a page (the checkout, the order status page): in
 * the shopper's language and direction, named by its `#title` heading, busy while it loads.
 */
export function PageSection({ translator, class: className, busy, children }: PageSectionProps) {
  return (
    <section
      part="base"
      class={className}
      dir={translator.dir}
      lang={translator.language}
      aria-labelledby="title"
      aria-busy={busy}
    >
      {children}
    </section>
  )
}
