import { useMemo } from 'preact/hooks';
import { t } from './t.ts';
import { wordDiff } from './word-diff.ts';

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
          return (
            <del key={i} title={t('diffDeleted')}>
              {part.text}
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
