interface Block {
  start: number;
  end: number;
  lang: string | null;
}

/** The extractor's language for each offset of the article text, the page's `lang` outside blocks. */
export function blockLanguages(
  blocks: readonly Block[],
  pageLang: string | null,
): (offset: number) => string | null {
  let i = 0;
  return (offset) => {
    // Sentences come in text order, so the block pointer only moves forward.
    if (i > 0 && blocks[i]!.start > offset) i = 0;
    while (i < blocks.length - 1 && blocks[i]!.end <= offset) i++;
    const b = blocks[i];
    return b && b.start <= offset && offset < b.end ? (b.lang ?? pageLang) : pageLang;
  };
}
