import { useLayoutEffect, useState } from 'preact/hooks'

// A click is a press and a release on the same element. Whatever moves the layout between the
// two (an error appearing on blur, options arriving) takes the element from under the pointer and
// the click is lost, so such changes wait for the release and the click that follows it.

let pressed = false
let listening = false
const waiting: Array<() => void> = []

function listen(): void {
  if (listening || typeof document === 'undefined') return
  listening = true
  const release = () => {
    pressed = false
    // After the click that this release produces, which the browser dispatches next.
    setTimeout(() => {
      for (const run of waiting.splice(0)) run()
    })
  }
  // Only the main button clicks; a right press opens a menu and its release may never come here.
  document.addEventListener('pointerdown', (event) => (pressed = event.button === 0), true)
  for (const type of ['pointerup', 'pointercancel', 'contextmenu', 'dragstart']) {
    document.addEventListener(type, release, true)
  }
  addEventListener('blur', release)
}

/** Runs `change` now, or once a pointer held down somewhere on the page is released. */
export function afterPress(change: () => void): void {
  listen()
  if (pressed) waiting.push(change)
  else change()
}

/** `value`, except that while a pointer is held down it stays what it was before the press. */
export function useSteadyWhilePressed<T>(value: T): T {
  listen()
  const [shown, setShown] = useState(value)
  useLayoutEffect(() => {
    if (shown !== value) afterPress(() => setShown(value))
  }, [value])
  return pressed ? shown : value
}
