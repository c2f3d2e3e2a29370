/** Pairs of the Microsoft Research Paraphrase Corpus layout (TSV, gzip or plain). */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

export interface Pair {
  label: boolean;
  a: string;
  b: string;
}

export async function loadPairs(file: string): Promise<Pair[]> {
  const raw = await readFile(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  const pairs: Pair[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const cols = line.split('\t');
    if (cols.length < 5 || (cols[0] !== '0' && cols[0] !== '1')) {
      throw new Error(
        `${file}:${i + 1}: expected Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String`,
      );
    }
    // Tabs cannot occur inside the strings of this format; strip stray ones defensively.
    pairs.push({
      label: cols[0] === '1',
      a: cols[3]!.replace(/\t/g, ' '),
      b: cols.slice(4).join(' '),
    });
  }
  return pairs;
}
