/**
 * The colour an element sits on, as `#rrggbb`: the background of the nearest element (through
 * shadow roots) that paints an opaque one. A payment page in a frame paints it, so a dark one is
 * no darker panel on the widget, and checkers inside the frame see the true contrast.
 */
export function backdropColor(element: Element): string | null {
  let node: Element | null = element
  while (node) {
    const channels =
      getComputedStyle(node)
        .backgroundColor.match(/[\d.]+/g)
        ?.map(Number) ?? []
    const [red = 0, green = 0, blue = 0, alpha = 1] = channels
    if (channels.length >= 3 && alpha === 1) {
      return `#${[red, green, blue].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`
    }
    const root = node.getRootNode()
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null)
  }
  return null
}
