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
  return [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')].map((control) => {
    const label = form.querySelector(`label[for="${control.id}"]`)
    const message = form.querySelector(`[id="${control.id}-error"]`)
    return {
      id: control.id,
      path: control.id.replace(/^field-/, ''),
      label: label?.firstChild?.textContent?.trim() ?? control.id,
      message: message?.textContent ?? '',
    }
  })
}
