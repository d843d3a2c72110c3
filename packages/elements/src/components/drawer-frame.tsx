import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { useTranslator } from './translator-context.js'

interface DrawerFrameProps {
  open: boolean
  onClose(): void
  children: ComponentChildren
}

/**
 * The checkout as a side drawer: a native modal `<dialog>`, so focus stays inside, the page
 * behind is inert, Esc closes it and focus returns to whatever opened it.
 */
export function DrawerFrame({ open, onClose, children }: DrawerFrameProps) {
  const { t, dir } = useTranslator()
  const dialog = useRef<HTMLDialogElement>(null)
  useLayoutEffect(() => {
    const element = dialog.current
    if (!element || typeof element.showModal !== 'function') return
    if (open && !element.open) {
      element.showModal()
      element.querySelector<HTMLElement>('[part~="title"]')?.focus()
    } else if (!open && element.open) element.close()
  }, [open])
  return (
    <dialog
      ref={dialog}
      part="drawer"
      class="drawer"
      dir={dir}
      aria-labelledby="title"
      onClose={onClose}
    >
      <button
        part="button close-button"
        class="drawer-close"
        type="button"
        aria-label={t('drawer.close')}
        onClick={onClose}
      >
        ×
      </button>
      {open && children}
    </dialog>
  )
}
