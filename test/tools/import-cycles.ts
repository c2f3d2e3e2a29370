/**
 * `tsx test/tools/import-cycles.ts [dir]`: lists every import circle among the TypeScript files
 * under `dir` (default `src`), and among its top-level folders (store → messaging → store is a
 * circle even when no two files import each other), and exits 1 when there is one. Run by
 * `npm test` as a static check.
 * Our own rather than madge: the project's imports are all relative with explicit extensions, so
 * TypeScript's own import scanner and a strongly-connected-components pass are enough, and
 * nothing new is installed. Type-only imports count too: a circle of types is still a circle
 * of concepts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The files under the scanned tree that `file` imports (relative specifiers only). */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((ref) => ref.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec))
    .filter((target) => known.has(target));
}

/** Tarjan's strongly connected components; every component of two or more files is a circle. */
function circles(graph: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfImport = graph.get(node)?.includes(node) ?? false;
    if (component.length > 1 || selfImport) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** File-level and top-level-folder-level circles under `dir`, as paths relative to `dir`. */
export function importCircles(dir: string): { files: string[][]; folders: string[][] } {
  const root = resolve(dir);
  const files = sourceFiles(root).map((f) => resolve(f));
  const known = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(f, known)] as const));
  // A file directly under `dir` is its own unit; any other belongs to its top-level folder.
  const folderOf = (file: string) => relative(root, file).split(sep)[0]!;
  const folders = new Map<string, string[]>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    const edges = folders.get(from) ?? [];
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== from && !edges.includes(to)) edges.push(to);
    }
    folders.set(from, edges);
  }
  return {
    files: circles(graph).map((c) => c.map((f) => relative(root, f))),
    folders: circles(folders),
  };
}

const dir = process.argv[2] ?? 'src';
const found = importCircles(dir);
for (const circle of found.files) {
  console.log(`circle of ${circle.length} files: ${circle.join(', ')}`);
}
for (const circle of found.folders) console.log(`circle of folders: ${circle.join(', ')}`);
const count = found.files.length + found.folders.length;
console.log(count === 0 ? `no import circle in ${dir}` : `${count} import circle(s) in ${dir}`);
process.exitCode = count === 0 ? 0 : 1;
