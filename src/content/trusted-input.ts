/**
 * Input the page could fake. A page script can dispatch any of these (`new MouseEvent('click')`
 * at a claim's coordinates, a keydown on the document) to open a card the reader never asked
 * for; only events the browser itself made from the reader's input are `isTrusted`.
 */
export const GUARDED_INPUT = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'pointermove',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
] as const;

/** Whether an event came from the reader (the browser), not from a page script. */
export type TrustCheck = (event: Event) => boolean;

export const fromReader: TrustCheck = (event) => event.isTrusted;

/**
 * Stops untrusted input at `root` (our shadow root) in the capture phase, before any handler of
 * our UI inside it sees it. Page scripts cannot reach a closed root's elements, but an open one
 * (development builds) or an event retargeted through it must not drive the UI either.
 */
export function dropUntrustedInput(
  root: EventTarget,
  signal: AbortSignal,
  trusted: TrustCheck = fromReader,
): void {
  for (const type of GUARDED_INPUT) {
    root.addEventListener(
      type,
      (event) => {
        if (!trusted(event)) event.stopImmediatePropagation();
      },
      { capture: true, signal },
    );
  }
}
