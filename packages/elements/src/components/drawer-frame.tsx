import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { useTranslator } from './translator-context.js'

interface DrawerFrameProps {
  open: boolean
  /** False when it may not close now. */
  onClose(): boolean
  children: ComponentChildren
}

/**
 * The checkout as a side drawer: a native modal `<dialog>`, so focus stays inside, the page
 * behind is inert, Esc closes it and focus returns to whatever opened it.
 *
 * The browser closes the dialog at once but fires `close` only with its next frame, which a
 * loaded machine delays: a shopper may open the drawer again before it comes. So Esc (`cancel`,
 * fired before the browser closes it) closes the drawer's state at once, else that reopening
 * finds it still open and does nothing; the dialog follows the state after every render, as
 * closing and opening again may fall between two renders; and a `close` that comes when the
 * drawer is open again is a late one, of an earlier closing, and would close it under the shopper.
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
  })
  return (
    <dialog
      ref={dialog}
      part="drawer"
      class="drawer"
      dir={dir}
      aria-labelledby="title"
      onCancel={(event) => {
        // Esc asks; `onClose` decides (not while a payment is on its way).
        event.preventDefault()
        onClose()
      }}
      onClose={(event) => {
        // A late close of an earlier closing, the drawer open again since: not the shopper's.
        if (event.currentTarget.open) return
        // Closed by the browser all the same (a second Esc): open again if the close is refused.
        if (!onClose()) event.currentTarget.showModal()
      }}
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
