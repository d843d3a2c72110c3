/**
 * Moves focus to the first field marked invalid in `root`, once the errors a failed submit just
 * set have rendered (signal updates render on a microtask; a timer runs after it).
 */
export function focusFirstError(root: Element | null): void {
  setTimeout(() => {
    root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  })
}
