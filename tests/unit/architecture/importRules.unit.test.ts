import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LAYERS } from './layers';

/**
 * The import rules of `src/`, read from the TypeScript imports themselves (static, type-only and
 * `import()` alike, as `ts.preProcessFile` finds them): no circle between folders or modules, and
 * no import from a lower layer back up (`layers.ts`).
 */
const SRC = resolve('src');

interface Import {
  readonly from: string;
  readonly to: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names: as written, or with `.ts`/`.tsx`, or a folder's `index`. */
function resolveSpecifier(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile()) ?? base;
}

function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ from: file, to: resolveSpecifier(file, specifier) }));
}

const name = (file: string) => relative(SRC, file).split(sep).join('/');
/** The folder of `src/` a file belongs to (`app`, `drafts`, …); a file straight in `src/` has none. */
const folderOf = (file: string) => (name(file).includes('/') ? name(file).split('/')[0] : undefined);

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);
const layerOf = new Map(LAYERS.flatMap(({ folders }, index) => folders.map((folder) => [folder, index] as const)));

/** Every circle in a graph, each as the path around it (Tarjan's strongly connected components). */
function circles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member !== undefined) component.push(member);
    } while (member !== node && member !== undefined);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

function graph(pairs: ReadonlyArray<readonly [string, string]>): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [from, to] of pairs) {
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  }
  return edges;
}

describe('the import rules of src/', () => {
  it('reads the imports of every module', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.some(({ from, to }) => name(from) === 'app/main.tsx' && name(to) === 'app/App.tsx')).toBe(true);
  });

  it('puts every folder of src/ in exactly one layer', () => {
    const folders = [...new Set(files.map(folderOf).filter((folder) => folder !== undefined))].sort();
    const placed = LAYERS.flatMap((layer) => layer.folders);
    expect(placed.filter((folder, at) => placed.indexOf(folder) !== at)).toEqual([]);
    expect(folders.filter((folder) => !layerOf.has(folder))).toEqual([]);
    expect(placed.filter((folder) => !folders.includes(folder))).toEqual([]);
  });

  it('has no import from a folder to one in its own or a higher layer', () => {
    const upward = imports.flatMap(({ from, to }) => {
      const [source, target] = [folderOf(from), folderOf(to)];
      if (source === undefined || target === undefined || source === target) return [];
      return (layerOf.get(target) ?? Infinity) < (layerOf.get(source) ?? -Infinity) ? [] : [`${name(from)} → ${name(to)}`];
    });
    expect(upward).toEqual([]);
  });

  it('has no circle between folders', () => {
    const pairs = imports.flatMap(({ from, to }) => {
      const [source, target] = [folderOf(from), folderOf(to)];
      return source !== undefined && target !== undefined ? [[source, target] as const] : [];
    });
    expect(circles(graph(pairs))).toEqual([]);
  });

  it('has no circle between modules, type-only imports included', () => {
    expect(circles(graph(imports.map(({ from, to }) => [name(from), name(to)] as const)))).toEqual([]);
  });
});
