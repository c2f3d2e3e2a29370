import type { Token } from './types.ts';

/** Single marks (‘ ’ ') that nest inside a double quotation or stand for apostrophes. */
const SINGLE = new Set(['‘', '’', "'"]);

/**
 * Open/closed state of the quotation running through an article, token by token. A single mark
 * inside a double quotation is a nested quote ("“… became ‘The Donald.’ Donald is …”") and
 * neither opens nor closes the outer one; outside a double quotation single marks quote as usual
 * (British style).
 */
export class QuoteState {
  open = false;
  private outerSingle = false;

  /** Feeds one token; returns true when it closes the quotation. */
  step(t: Token): boolean {
    if (!t.quote) return false;
    const single = SINGLE.has(t.text);
    if (this.open && single && !this.outerSingle) return false;
    if (t.quote === 'open' || (t.quote === 'ambiguous' && !this.open)) {
      // A double mark inside a single-quoted passage takes over as the outer quotation.
      if (!this.open || !single) this.outerSingle = single;
      this.open = true;
      return false;
    }
    this.open = false;
    return true;
  }

  /** Forgets the quotation (a new paragraph that does not continue it). */
  reset(): void {
    this.open = false;
    this.outerSingle = false;
  }
}
