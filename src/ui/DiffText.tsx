import { useMemo } from 'preact/hooks';
import { t } from './t.ts';
import { wordDiff } from './word-diff.ts';

// A long run of our words they lack is shown shortened: their sentence stays readable.
const ELIDE_OVER_WORDS = 8;
const KEEP_WORDS = 3;

export function elide(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= ELIDE_OVER_WORDS) return text;
  const tail = /\s$/.test(text) ? ' ' : '';
  return `${words.slice(0, KEEP_WORDS).join(' ')} … ${words.slice(-KEEP_WORDS).join(' ')}${tail}`;
}

/**
 * Their sentence, marked against ours: words only they have, words of ours they lack (struck)
 * and words spelled differently. Every piece is a text node: page text never becomes markup.
 */
export function DiffText({ ours, theirs }: { ours: string; theirs: string }) {
  const parts = useMemo(() => wordDiff(ours, theirs), [ours, theirs]);
  return (
    <p class="cb-diff" data-cb="diff">
      {parts.map((part, i) => {
        if (part.op === 'insert') {
          return (
            <ins key={i} title={t('diffInserted')}>
              {part.text}
            </ins>
          );
        }
        if (part.op === 'delete') {
          const short = elide(part.text);
          return (
            <del key={i} title={short === part.text ? t('diffDeleted') : part.text.trim()}>
              {short}
            </del>
          );
        }
        if (part.op === 'variant') {
          return (
            <span key={i} class="cb-variant" title={t('diffVariant', part.ours ?? '')}>
              {part.text}
            </span>
          );
        }
        return <span key={i}>{part.text}</span>;
      })}
    </p>
  );
}
