import type { ReadonlySignal } from '@preact/signals'
import type { ComponentChildren } from 'preact'
import type { CheckoutMode } from '../config/element-config.js'
import type { Translator } from '../i18n/translator.js'
import { DrawerFrame } from './drawer-frame.js'
import { PageSection } from './page-section.js'
import { TranslatorContext } from './translator-context.js'

export interface CheckoutShellModel {
  translator: ReadonlySignal<Translator>
  mode: ReadonlySignal<CheckoutMode>
  drawerOpen: ReadonlySignal<boolean>
  /** False when the drawer may not close now (a payment on its way). */
  closeDrawer(): boolean
}

interface CheckoutShellProps {
  model: CheckoutShellModel
  busy: boolean
  children?: ComponentChildren
}

/**
 * The checkout's frame, in the page or in its drawer: what shows while the checkout's own code
 * is still on its way, and what the steps render into once it is here.
 */
export function CheckoutShell({ model, busy, children }: CheckoutShellProps) {
  const translator = model.translator.value
  const content = (
    <PageSection translator={translator} class="checkout" busy={busy}>
      {children}
    </PageSection>
  )
  return (
    <TranslatorContext.Provider value={translator}>
      {model.mode.value === 'drawer' ? (
        <DrawerFrame open={model.drawerOpen.value} onClose={model.closeDrawer}>
          {content}
        </DrawerFrame>
      ) : (
        content
      )}
    </TranslatorContext.Provider>
  )
}
