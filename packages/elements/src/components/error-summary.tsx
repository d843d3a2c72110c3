import { useEffect, useRef, useState } from 'preact/hooks'
import { useCheckout } from './checkout-context.js'
import { useTranslator } from './translator-context.js'

interface SummaryItem {
  /** The invalid control's id (`field-<path>`) and its path in `fieldErrors`. */
  id: string
  path: string
  label: string
  message: string
}

export interface ErrorSummaryProps {
  /** Says what went wrong in the step's words, e.g. "Please check your address:". */
  title: string
  /** Counts failed submits: each one (re)builds the summary and moves focus to it. */
  attempt: number
}

/**
 * After a failed submit: the form's errors as a list of links, focused so they are announced,
 * each link moving focus to its field. Labels, messages and order are read from the rendered
 * form, so the summary always says what the fields say; an error fixed since leaves the list.
 */
export function ErrorSummary({ title, attempt }: ErrorSummaryProps) {
  const errors = useCheckout().fieldErrors.value
  const { t } = useTranslator()
  const box = useRef<HTMLDivElement>(null)
  const [items, setItems] = useState<readonly SummaryItem[]>([])

  useEffect(() => {
    if (attempt === 0) return
    // After the render that marks the fields (signal updates render on a microtask).
    const timer = setTimeout(() => {
      const form = box.current?.closest('form')
      setItems(form ? invalidFields(form) : [])
      setTimeout(() => box.current?.focus())
    })
    return () => clearTimeout(timer)
  }, [attempt])

  // A field renamed since (another country: "ZIP code" becomes "Postal code") is named anew.
  useEffect(() => {
    const form = box.current?.closest('form')
    if (!form || items.length === 0) return
    const observer = new MutationObserver(() => {
      const renamed = items.map((item) => {
        const now = describe(form, item.id)
        return { ...item, label: now.label, message: now.message || item.message }
      })
      const changed = renamed.some(
        (item, index) =>
          item.label !== items[index]?.label || item.message !== items[index]?.message,
      )
      if (changed) setItems(renamed)
    })
    observer.observe(form, { subtree: true, childList: true, characterData: true })
    return () => observer.disconnect()
  }, [items])

  const shown = items.filter((item) => errors[item.path])
  return (
    <div
      ref={box}
      part="error error-summary"
      class={shown.length > 0 ? 'error error-summary' : 'error-summary-empty'}
      role="alert"
      tabIndex={-1}
      aria-labelledby={shown.length > 0 ? 'error-summary-title' : undefined}
    >
      {shown.length > 0 && (
        <>
          <p class="error-message" id="error-summary-title">
            {title}
          </p>
          <ul class="error-summary-list">
            {shown.map((item) => (
              <li key={item.id}>
                <a
                  href={`#${item.id}`}
                  onClick={(event) => {
                    // The field lives in a shadow root, where a fragment link cannot reach it.
                    event.preventDefault()
                    box.current
                      ?.closest('form')
                      ?.querySelector<HTMLElement>(`[id="${item.id}"]`)
                      ?.focus()
                  }}
                >
                  {t('fieldErrors.summaryItem', { field: item.label, error: item.message })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function invalidFields(form: HTMLFormElement): SummaryItem[] {
  return [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')].map((control) => ({
    id: control.id,
    path: control.id.replace(/^field-/, ''),
    ...describe(form, control.id),
  }))
}

/** A field's label and error message as the form shows them now. */
function describe(form: HTMLFormElement, id: string): Pick<SummaryItem, 'label' | 'message'> {
  const label = form.querySelector(`label[for="${id}"]`)
  const message = form.querySelector(`[id="${id}-error"]`)
  return {
    label: label?.firstChild?.textContent?.trim() ?? id,
    message: message?.textContent ?? '',
  }
}
