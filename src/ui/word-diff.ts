import { americanSpelling } from '../text/spelling.ts';
import { textTokens } from '../text/words.ts';

/**
 * Word-level diff of two sentences for the popover: which words of their sentence are new,
 * which of ours they dropped, and which are the same word spelled differently
 * ("emphasized" / "emphasised"), shown as changed rather than as a deletion plus an insertion.
 */
export type DiffOp = 'equal' | 'insert' | 'delete' | 'variant';

export interface DiffPart {
  op: DiffOp;
  /** The text as it appears in their sentence (for `delete`: in ours), with trailing space. */
  text: string;
  /** For `variant`: our spelling. */
  ours?: string;
}

// Beyond this many tokens a side, the quadratic table is not worth it: show theirs as is.
const MAX_TOKENS = 600;

interface Token {
  text: string;
  key: string;
}

/**
 * The text layer's tokens (words and each mark), each keeping one space when whitespace follows
 * it so that parts concatenate back to the sentence.
 */
function diffTokens(text: string): Token[] {
  const tokens = textTokens(text);
  return tokens.map((t, i) => {
    const spaced = (tokens[i + 1]?.start ?? text.length) > t.end;
    return { text: t.text + (spaced ? ' ' : ''), key: normalise(t.text) };
  });
}

function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—]/g, '-');
}

/** US/UK spelling and near-identical words: same word written differently. */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = normalise(a.trim());
  const y = normalise(b.trim());
  if (x === y || x.length < 4 || y.length < 4) return false;
  // Numbers that differ by a digit are a changed number, never a spelling.
  if (/\p{N}/u.test(x + y)) return false;
  if (americanSpelling(x) === americanSpelling(y)) return true;
  return x.length >= 6 && editDistance(x, y) === 1;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Diff from our sentence to theirs, in their order, deletions placed where they fell. */
export function wordDiff(ours: string, theirs: string): DiffPart[] {
  const a = diffTokens(ours);
  const b = diffTokens(theirs);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) return [{ op: 'equal', text: theirs }];
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: Uint16Array[] = Array.from(
    { length: a.length + 1 },
    () => new Uint16Array(b.length + 1),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const below = lcs[i + 1]!;
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = a[i]!.key === b[j]!.key ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
    }
  }
  const raw: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.key === b[j]!.key) {
      raw.push({ op: 'equal', text: b[j]!.text });
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // On a tie, drop our word first: their words then align with our later, contiguous run
      // ("…but emphasised the need" ↔ "But he emphasized the need") rather than scattered words.
      raw.push({ op: 'delete', text: a[i]!.text });
      i++;
    } else {
      raw.push({ op: 'insert', text: b[j]!.text });
      j++;
    }
  }
  return pairVariants(raw);
}

/**
 * Within each block of changes, an inserted word that is a spelling variant of a deleted one
 * becomes one `variant` part; the block's other deletions go first, then its insertions.
 */
function pairVariants(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (p: DiffPart) => {
    if (mergeable(out, p)) out.push(merge(out.pop()!, p));
    else out.push(p);
  };
  let k = 0;
  while (k < parts.length) {
    const p = parts[k]!;
    if (p.op === 'equal') {
      push(p);
      k++;
      continue;
    }
    const dels: DiffPart[] = [];
    const ins: DiffPart[] = [];
    for (; k < parts.length && parts[k]!.op !== 'equal'; k++) {
      (parts[k]!.op === 'delete' ? dels : ins).push(parts[k]!);
    }
    const shown: DiffPart[] = ins.map((q) => {
      const d = dels.findIndex((x) => isSpellingVariant(x.text, q.text));
      if (d < 0) return q;
      const [del] = dels.splice(d, 1);
      return { op: 'variant', text: q.text, ours: del?.text.trim() ?? '' };
    });
    for (const d of dels) push(d);
    for (const q of shown) push(q);
  }
  return out;
}

function mergeable(out: DiffPart[], p: DiffPart): boolean {
  const last = out[out.length - 1];
  return !!last && last.op === p.op && p.op !== 'variant';
}

function merge(a: DiffPart, b: DiffPart): DiffPart {
  return { op: a.op, text: a.text + b.text };
}
