// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The wizard's API types are generated from `api/openapi.json` and must not drift from it. The
 * command is the `generate:api-types` script in package.json, so there is one way to make them.
 */
describe('src/intake/api-types.ts', () => {
  it('is what `npm run generate:api-types` makes of api/openapi.json', async () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const [command, ...args] = (scripts['generate:api-types'] ?? '').split(/\s+/);
    expect(command).toBe('openapi-typescript');
    const result = await promisify(execFile)(path.resolve('node_modules/.bin/openapi-typescript'), [...args, '--check']).then(
      () => 'up to date',
      (error: { stderr?: string; stdout?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(result, 'Out of date: run npm run generate:api-types').toBe('up to date');
  }, 60_000);
});
