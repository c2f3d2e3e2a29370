import { sentenceLanguage } from './sentence-language.ts';

interface Block {
  start: number;
  end: number;
  lang: string | null;
}

/**
 * The language hint for each offset of an article's text: the extractor's guess for the block
 * when it gave one, else a guess over the paragraph (blank-line separated), else the page's `lang`.
 */
export function blockLanguages(
  text: string,
  blocks: readonly Block[] | undefined,
  pageLang: string | null,
): (offset: number) => string | null {
  const list: Block[] = blocks ? [...blocks] : paragraphs(text, pageLang);
  let i = 0;
  return (offset) => {
    // Sentences come in text order, so the block pointer only moves forward.
    if (i > 0 && list[i]!.start > offset) i = 0;
    while (i < list.length - 1 && list[i]!.end <= offset) i++;
    const b = list[i];
    return b && b.start <= offset && offset < b.end ? (b.lang ?? pageLang) : pageLang;
  };
}

function paragraphs(text: string, pageLang: string | null): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n|$/g)) {
    const end = m.index;
    if (end > start) {
      // The paragraph read as one long sentence: its words outvote a wrong page `lang`.
      const slice = text.slice(start, end);
      const words = slice.toLowerCase().match(/[\p{L}']+/gu) ?? [];
      out.push({ start, end, lang: sentenceLanguage(slice, words, pageLang) });
    }
    start = end + m[0].length;
    if (m[0].length === 0) break;
  }
  return out;
}
