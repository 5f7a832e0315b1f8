import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';

/**
 * `package.json` tells the bundler that only CSS has effects on import (`sideEffects`), so a module
 * that did something when loaded (a listener, a subscription, a write) could be dropped or run in
 * another order. Only the entry points act: they call the composition roots.
 */
const ENTRIES = ['app/main.tsx', 'sw/sw.ts', 'attachments/downscaleWorker.ts'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Top-level statements that run something: anything but imports, exports, declarations and types. */
function actions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements
    .filter(
      (statement) =>
        !ts.isImportDeclaration(statement) &&
        !ts.isExportDeclaration(statement) &&
        !ts.isVariableStatement(statement) &&
        !ts.isFunctionDeclaration(statement) &&
        !ts.isClassDeclaration(statement) &&
        !ts.isInterfaceDeclaration(statement) &&
        !ts.isTypeAliasDeclaration(statement) &&
        !ts.isEnumDeclaration(statement) &&
        !ts.isModuleDeclaration(statement),
    )
    .map((statement) => statement.getText(source).split('\n')[0] ?? '');
}

describe('what runs on import', () => {
  it('is declared as CSS only', () => {
    expect(packageJson.sideEffects).toEqual(['**/*.css']);
  });

  it('is nothing outside the entry points, which call the composition roots', () => {
    const acting = sourceFiles('src')
      .map((file) => relative('src', file).split(sep).join('/'))
      .filter((file) => !ENTRIES.includes(file))
      .flatMap((file) => actions(join('src', file)).map((statement) => `${file}: ${statement}`));
    expect(acting).toEqual([]);
  });

  it('finds what the entry points do', () => {
    expect(actions('src/app/main.tsx').some((statement) => statement.startsWith('startTablet('))).toBe(true);
  });
});
