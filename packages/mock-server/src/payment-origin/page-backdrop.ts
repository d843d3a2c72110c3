/**
 * The part of both payment pages' scripts that paints the widget's own colour behind the frame:
 * `?background=#rrggbb` becomes `--backdrop` (CSSOM, which a strict style-src allows), used by
 * dark pages in place of Canvas. Anything but six hex digits is ignored.
 */
export const pageBackdropScript = `
  const backdrop = new URLSearchParams(location.search).get('background');
  if (backdrop && /^#[0-9a-f]{6}$/i.test(backdrop)) {
    document.documentElement.style.setProperty('--backdrop', backdrop);
  }`
