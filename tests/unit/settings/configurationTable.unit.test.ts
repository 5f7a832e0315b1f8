import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICE_DEFAULTS } from '../../../server/config';
import { BUILD_SETTING_DEFAULTS } from '../../../src/settings';

/**
 * README's configuration table is what an operator reads; the defaults live in `server/config.ts`
 * (`SERVICE_DEFAULTS`) and `src/settings/buildSettings.ts` (`BUILD_SETTING_DEFAULTS`). This holds
 * the three together, and finds a variable the code reads that the table does not explain.
 */
const ROOT = join(__dirname, '../../..');

/** Variables of a command of their own, explained where README describes that command. */
const COMMAND_VARIABLES = ['BACKOFFICE_PASSWORD'];
/** What Vite and Node set themselves: not ours to document. */
const PLATFORM_VARIABLES = ['PROD', 'DEV', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV'];

interface TableRow {
  readonly variable: string;
  readonly defaultCell: string;
}

function configurationTable(readme: string): TableRow[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Configuration\n'));
  if (!section) throw new Error('README.md has no "## Configuration" section');
  return section
    .split('\n')
    .map((line) => /^\| `([A-Z][A-Z0-9_]*)` \| ([^|]+) \|/.exec(line))
    .flatMap((match) => (match ? [{ variable: match[1] as string, defaultCell: (match[2] as string).trim() }] : []));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every environment variable the service or the app reads, by the ways the code reads them. */
function variablesReadByCode(): Set<string> {
  const patterns = [/\benv\.([A-Z][A-Z0-9_]+)/g, /\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g, /\(env, '([A-Z][A-Z0-9_]+)'/g];
  const names = new Set<string>();
  for (const file of [...sourceFiles(join(ROOT, 'server')), ...sourceFiles(join(ROOT, 'src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) names.add(match[1] as string);
  }
  for (const name of PLATFORM_VARIABLES) names.delete(name);
  return names;
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const rows = configurationTable(readme);
const defaults: Record<string, string | number> = { ...SERVICE_DEFAULTS, ...BUILD_SETTING_DEFAULTS };

describe("README's configuration table", () => {
  it('gives every default as the code has it', () => {
    for (const [variable, value] of Object.entries(defaults)) {
      const row = rows.find((candidate) => candidate.variable === variable);
      expect(row, `README has no row for ${variable}`).toBeDefined();
      expect(row?.defaultCell, variable).toBe(`\`${value}\``);
    }
  });

  it('says "unset" for exactly the variables without a default', () => {
    for (const row of rows) {
      if (row.variable in defaults) continue;
      expect(row.defaultCell, `${row.variable} has no default in the code, so README must say it is unset`).toMatch(/^\*\(unset/);
    }
  });

  it('explains every variable the service and the app read', () => {
    const documented = new Set(rows.map((row) => row.variable));
    const read = variablesReadByCode();
    expect(read.size).toBeGreaterThan(20);
    for (const variable of read) {
      if (COMMAND_VARIABLES.includes(variable)) expect(readme, variable).toContain(`${variable}=`);
      else expect(documented.has(variable), `README's configuration table has no row for ${variable}`).toBe(true);
    }
  });
});
