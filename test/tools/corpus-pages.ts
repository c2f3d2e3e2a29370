import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One real page of the evaluation data, named by set and id. */
export interface CorpusPage {
  name: string;
  html: string;
}

/**
 * Every page of both page sets under DATA (the shared evaluation data): readability-pages/<name>/
 * source.html as `readability/<name>`, extraction-dev/html/<id>.html.gz as `extraction/<id>`, in
 * name order. Empty when neither set is there; the caller says what it expected.
 */
export function loadCorpusPages(data: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const readability = join(data, 'readability-pages');
  if (existsSync(readability)) {
    for (const name of readdirSync(readability).sort()) {
      const file = join(readability, name, 'source.html');
      if (existsSync(file))
        pages.push({ name: `readability/${name}`, html: readFileSync(file, 'utf8') });
    }
  }
  const extraction = join(data, 'extraction-dev', 'html');
  if (existsSync(extraction)) {
    for (const name of readdirSync(extraction)
      .filter((f) => f.endsWith('.html.gz'))
      .sort()) {
      const html = gunzipSync(readFileSync(join(extraction, name))).toString('utf8');
      pages.push({ name: `extraction/${name.replace(/\.html\.gz$/, '')}`, html });
    }
  }
  return pages;
}
