import { readConfig, readLogLevel, type ServerConfig } from './config';
import { CONFIG_ERROR_EXIT_CODE, ConfigError } from './ConfigError';
import { startService, stopOnSignals, type RunningService } from './startService';
import { describeTestFaults, readTestFaults, type TestFaults } from './testFaults/readTestFaults';

/**
 * Starts the intake service and the wizard on one origin: `node dist/server/main.js`.
 * Configuration comes from the environment (see `config.ts`); `LOG_LEVEL` sets the log level.
 * A start that fails says so in one line that names the cause and the variable, and exits non-zero.
 */
async function main(): Promise<void> {
  // Whatever the service writes (the database, uploads, the token file) is for its own user only:
  // applications hold personal data.
  process.umask(0o077);
  let config: ServerConfig;
  let testFaults: TestFaults;
  let service: RunningService;
  try {
    config = readConfig();
    testFaults = readTestFaults();
    // Test only (the browser tests of lost answers and failing services): never set in production.
    for (const fault of describeTestFaults(testFaults)) console.warn(`Test mode: ${fault}`);
    service = await startService(config, { logLevel: readLogLevel(), testFaults });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuratiefout / configuration error: ${error.message}`);
    process.exit(CONFIG_ERROR_EXIT_CODE);
  }
  stopOnSignals(service, (signal) => console.log(`${signal}: de service stopt / the service stops`));

  for (const { path, was, now } of service.tightened) {
    console.warn(`Rechten aangescherpt / permissions tightened: ${path} ${octal(was)} → ${octal(now)} (alleen de eigen gebruiker / owner only)`);
  }
  const port = new URL(service.url).port;
  console.log(`Hulploket Vergunningen draait op http://localhost:${port}`);
  console.log(`Opslag / storage: ${service.database}`);
  console.log(
    service.forwardingTo
      ? `Zaaksysteem / case system: ${service.forwardingTo}`
      : 'Zaaksysteem: geen, want ZGW_CONFIG is niet gezet / case system: none (ZGW_CONFIG is not set)',
  );
  console.log(
    service.addressLookup.standIn
      ? 'Adres zoeken: ingebouwde testadressen, want ADDRESS_LOOKUP_URL is niet gezet / address lookup: built-in test addresses (ADDRESS_LOOKUP_URL is not set)'
      : `Adres zoeken via / address lookup via: ${service.addressLookup.url}`,
  );
  if (service.generatedToken) {
    const { where, created, token } = service.generatedToken;
    console.log(`Apparaatsleutel / device token: ${where}${created ? ' (nieuw aangemaakt / newly created)' : ''}`);
    // The token travels in the fragment, which browsers never send to a server, so it stays out of logs.
    console.log(`Koppel een tablet met / link a tablet with: http://localhost:${port}/koppelen#token=${token}`);
  } else {
    console.log(`Apparaatsleutels uit INTAKE_TOKENS / device tokens from INTAKE_TOKENS: ${config.deviceTokens?.length ?? 0}`);
  }
}

function octal(mode: number): string {
  return `0${mode.toString(8)}`;
}

main().catch((error: unknown) => {
  // One line for the person starting it; the stack only when asked for (LOG_LEVEL=debug).
  const debug = ['debug', 'trace'].includes(readLogLevel());
  const message = error instanceof Error ? error.message : String(error);
  console.error(`De service kon niet starten / the service could not start: ${debug && error instanceof Error ? error.stack : message.replace(/\s*\n\s*/g, ' ')}`);
  process.exit(1);
});
