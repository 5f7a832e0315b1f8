import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDefinition } from '../../src/definitions';
import type { PermitDefinition, PermitExamples } from '../../src/wizard';

const DEFINITIONS = join(import.meta.dirname, '../../src/definitions');

export interface BrowserPermitExample {
  readonly permit: PermitDefinition;
  /** The permit's Dutch title: the name of its link on the start screen. */
  readonly title: string;
  readonly name: string;
  readonly answers: PermitExamples[string];
}

/**
 * Every example of every permit folder, for the browser tests (Playwright does not know Vite's
 * `import.meta.glob`, which the unit and jsdom tests use): a new permit is walked in Chromium too.
 */
export async function browserPermitExamples(): Promise<BrowserPermitExample[]> {
  const folders = readdirSync(DEFINITIONS, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const found: BrowserPermitExample[] = [];
  for (const folder of folders) {
    const permit = findDefinition(folder.name);
    if (!permit) throw new Error(`src/definitions/${folder.name}: not in src/definitions/index.ts`);
    const texts = JSON.parse(readFileSync(join(DEFINITIONS, folder.name, 'nl.json'), 'utf8')) as Record<string, string>;
    const { examples } = (await import(`../../src/definitions/${folder.name}/examples.ts`)) as { examples: PermitExamples };
    const title = texts[`permit.${permit.id}.title`] ?? permit.id;
    for (const [name, answers] of Object.entries(examples)) found.push({ permit, title, name, answers });
  }
  return found;
}
