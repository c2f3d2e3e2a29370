/** Inline styles that hide an element; layout-free so it behaves the same in linkedom. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Cheap visibility check on attributes only: no layout, no computed style, so the
 * result is the same in a browser and in a DOM without layout (linkedom, happy-dom).
 */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') {
    // Some sites mark decorative wrappers of real images/text aria-hidden; only
    // treat it as hidden when it is not a fallback image wrapper.
    const cls = element.getAttribute('class');
    if (!cls || !cls.includes('fallback-image')) return true;
  }
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  return false;
}
