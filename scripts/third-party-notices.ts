// Licence notices for what a build bundles: every npm package whose code ends up in the
// extension (with its LICENSE and NOTICE files, as Apache-2.0 and MPL-2.0 ask), and the
// algorithms adapted from Mozilla Readability. Written into every build as
// THIRD_PARTY_NOTICES.txt, so the store zips carry them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/** Our extractor's scoring follows Readability's published approach (see src/extract). */
const READABILITY = `Mozilla Readability (https://github.com/mozilla/readability), Apache-2.0
src/extract adapts ideas and constants of Readability.js: the "is this readerable" gate's
calibration, scoring paragraphs and passing their score to the parent, class/id weights and
the "unlikely candidates" names, the tag base scores, and retrying with looser passes. No
Readability code is bundled; the adaptation is covered by its licence, whose text follows.`;

/** The package a bundled module belongs to, from its path (`…/node_modules/@scope/name/…`). */
export function packageOf(id: string): string | null {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const parts = id.slice(at + '/node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? null);
}

/** Records the packages of every module in the bundles it sees (one instance per build). */
export class NoticeCollector {
  readonly packages = new Set<string>();

  plugin(): Plugin {
    return {
      name: 'corroborate-notices-collect',
      apply: 'build',
      generateBundle: (_options, bundle) => {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          for (const id of output.moduleIds ?? Object.keys(output.modules)) {
            const name = packageOf(id.replace(/\\/g, '/').replace(/^\0/, ''));
            if (name) this.packages.add(name);
          }
        }
      },
    };
  }

  /** Writes the notices file into `outDir`. */
  write(outDir: string, root: string): void {
    const sections = [...this.packages].sort().map((name) => packageNotice(root, name));
    const readability = licenceFiles(join(root, 'node_modules/@mozilla/readability'));
    const text = [
      'Corroborate bundles the following third-party software. Each is used under its licence,',
      'whose text is reproduced below. Corroborate itself is MIT-licensed (LICENSE).',
      '',
      ...sections,
      `${'='.repeat(72)}\n${READABILITY}\n\n${readability}`,
    ].join('\n');
    writeFileSync(join(outDir, NOTICES_FILE), `${text.trimEnd()}\n`);
  }
}

function packageNotice(root: string, name: string): string {
  const dir = join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version?: string;
    license?: string;
    homepage?: string;
  };
  const head = `${name} ${pkg.version ?? ''} — ${pkg.license ?? 'licence unknown'}${pkg.homepage ? ` (${pkg.homepage})` : ''}`;
  return `${'='.repeat(72)}\n${head}\n\n${licenceFiles(dir) || `(no licence file shipped; ${pkg.license ?? 'unknown'})`}\n`;
}

/** The LICENSE and NOTICE files of a package folder, concatenated. */
function licenceFiles(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .filter((f) => /^(licen[cs]e|notice|copying)(\.(md|txt))?$/i.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim())
    .join('\n\n');
}
