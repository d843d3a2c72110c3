/**
 * The colour an element sits on, as `#rrggbb`: the background of the nearest element (through
 * shadow roots) that paints an opaque one. A payment page in a frame paints it, so a dark one is
 * no darker panel on the widget, and checkers inside the frame see the true contrast.
 */
export function backdropColor(element: Element): string | null {
  let node: Element | null = element
  while (node) {
    const channels = srgbChannels(getComputedStyle(node).backgroundColor)
    if (channels && channels[3] === 1) {
      return `#${channels
        .slice(0, 3)
        .map((value) => Math.round(value).toString(16).padStart(2, '0'))
        .join('')}`
    }
    const root = node.getRootNode()
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null)
  }
  return null
}

/**
 * Red, green and blue (0–255) and alpha (0–1). A computed colour keeps the form it was given in
 * (`oklch()`, `lab()`, `color(srgb …)`, what `color-mix()` gives): only `rgb()` is read as
 * numbers, the rest is painted on a one-pixel canvas, which converts any colour to sRGB.
 */
function srgbChannels(color: string): [number, number, number, number] | null {
  if (/^rgba?\(/.test(color)) {
    const [red = 0, green = 0, blue = 0, alpha = 1] = color.match(/[\d.]+/g)?.map(Number) ?? []
    return [red, green, blue, alpha]
  }
  const context = canvasContext()
  if (!context) return null
  context.clearRect(0, 0, 1, 1)
  context.fillStyle = color
  context.fillRect(0, 0, 1, 1)
  const [red = 0, green = 0, blue = 0, alpha = 0] = context.getImageData(0, 0, 1, 1).data
  return [red, green, blue, alpha / 255]
}

let context: CanvasRenderingContext2D | null | undefined
function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })
    } catch {
      context = null
    }
  }
  return context
}
