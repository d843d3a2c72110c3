import { useLayoutEffect, useRef } from 'preact/hooks'
import type { AddressSection } from './address-form.js'
import { autocompletePrefix } from './country-select.js'
import { TextField } from './text-field.js'
import { useTranslator } from './translator-context.js'

interface AddressLine2Props {
  section: AddressSection
  expanded: boolean
  onExpand: () => void
}

/**
 * Address line 2 behind "+ Apartment, suite, etc.". While collapsed the input stays mounted and
 * laid out (zero-sized, out of the tab order, hidden from assistive tech) instead of
 * `display: none`: Chromium autofills only focusable fields, which need a layout box, so a saved
 * line 2 still lands here, and its value then expands the field. `AddressForm` also expands it
 * when autofill fills any other field, for browsers that skip zero-sized inputs.
 */
export function AddressLine2({ section, expanded, onExpand }: AddressLine2Props) {
  const { t } = useTranslator()
  const wrapper = useRef<HTMLDivElement>(null)
  const path = `${section}.line2` as const

  useLayoutEffect(() => {
    const input = wrapper.current?.querySelector('input')
    if (input) input.tabIndex = expanded ? 0 : -1
  }, [expanded])

  const expand = () => {
    onExpand()
    // Focus after the render that puts the input back in view.
    requestAnimationFrame(() => wrapper.current?.querySelector('input')?.focus())
  }

  return (
    <>
      {!expanded && (
        <button
          type="button"
          part="button add-line2-button"
          class="link-button"
          aria-controls={`field-${path}`}
          aria-expanded="false"
          onClick={expand}
        >
          {t('address.addLine2')}
        </button>
      )}
      <div
        ref={wrapper}
        class="address-line2"
        data-collapsed={expanded ? undefined : ''}
        aria-hidden={expanded ? undefined : 'true'}
      >
        <TextField
          path={path}
          label={t('address.line2')}
          autocomplete={`${autocompletePrefix(section)} address-line2`}
          optional
          onValue={(value) => value && onExpand()}
        />
      </div>
    </>
  )
}
