import { text } from 'node:stream/consumers';
import { ReadStream } from 'node:tty';
import { parseArgs } from 'node:util';
import { CONFIG_ERROR_EXIT_CODE, ConfigError } from '../ConfigError';
import { readConfig } from '../config';
import { createStores } from '../storage/createStores';
import { prepareDataDir } from '../storage/prepareDataDir';
import { readHiddenLine } from './readHiddenLine';
import { accountProblem, saveBackOfficeAccount } from './saveBackOfficeAccount';

/** Wrong arguments (sysexits.h EX_USAGE). */
const USAGE_EXIT_CODE = 64;

const USAGE = `Usage: npm run backoffice-account -- --user <user name> --name "<name shown>"
The password is asked for without showing it; for scripts, set BACKOFFICE_PASSWORD or pipe it on stdin.
Uses the same DATA_DIR or DATABASE_URL as the service.`;

/**
 * Creates a back-office account for the worklist, or resets the name and password of one:
 * `node dist/server/backoffice-account.js --user jansen --name "J. Jansen"`. The password never
 * appears in arguments (they show in `ps` and the shell's history) or in output.
 */
async function main(): Promise<void> {
  process.umask(0o077);
  let values: { user?: string; name?: string };
  try {
    ({ values } = parseArgs({ options: { user: { type: 'string' }, name: { type: 'string' } }, strict: true }));
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (!values.user || !values.name) return usage('--user and --name are both needed.');
  const argumentProblem = accountProblem(values.user, values.name, 'x'.repeat(12));
  if (argumentProblem) return usage(argumentProblem);
  const password = await readPassword();
  const config = readConfig();
  if (!config.postgres) prepareDataDir(config.dataDir);
  const stores = await createStores(config, 0);
  try {
    const outcome = await saveBackOfficeAccount(stores.backOfficeAccounts, { userName: values.user, displayName: values.name, password }, new Date());
    console.log(outcome === 'created' ? `Account ${values.user.trim().toLowerCase()} created in ${stores.description}.` : `Account ${values.user.trim().toLowerCase()} reset in ${stores.description}: new name and password, its sessions ended.`);
  } finally {
    await stores.close();
  }
}

async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.BACKOFFICE_PASSWORD;
  if (fromEnvironment !== undefined) return fromEnvironment;
  if (!(process.stdin instanceof ReadStream) || !process.stdin.isTTY) return (await text(process.stdin)).replace(/\r?\n$/, '');
  const first = await readHiddenLine(process.stdin, 'Password: ', process.stderr);
  const again = await readHiddenLine(process.stdin, 'Password again: ', process.stderr);
  if (first !== again) throw new Error('The two passwords differ; nothing was saved.');
  return first;
}

function usage(problem: string): void {
  console.error(`${problem}\n${USAGE}`);
  process.exitCode = USAGE_EXIT_CODE;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(CONFIG_ERROR_EXIT_CODE);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
