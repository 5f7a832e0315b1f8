import { CONFIG_ERROR_EXIT_CODE, ConfigError, readConfig, type ServerConfig } from './config';
import { startService, stopOnSignals, type RunningService } from './startService';
import { describeStartFailure } from './startup/describeStartFailure';
import { describeTestFaults, readTestFaults, type TestFaults } from './testFaults';

/**
 * Starts the intake service and the wizard on one origin: `node dist/server/main.js`.
 * Configuration comes from the environment (see `config.ts`); `LOG_LEVEL` sets the log level.
 */
async function main(): Promise<void> {
  let config: ServerConfig;
  let testFaults: TestFaults;
  try {
    config = readConfig();
    testFaults = readTestFaults();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuratiefout / configuration error: ${error.message}`);
    process.exit(CONFIG_ERROR_EXIT_CODE);
  }

  // Test only (the browser tests of lost answers and failing services): never set in production.
  for (const fault of describeTestFaults(testFaults)) console.warn(`Test mode: ${fault}`);
  let service: RunningService;
  try {
    service = await startService(config, { logLevel: process.env.LOG_LEVEL ?? 'info', testFaults });
  } catch (error) {
    const reason = describeStartFailure(error, config);
    if (reason === undefined) throw error;
    console.error(`De service kon niet starten / the service could not start: ${reason}`);
    process.exit(1);
  }
  stopOnSignals(service, (signal) => console.log(`${signal}: de service stopt / the service stops`));

  const port = new URL(service.url).port;
  console.log(`Hulploket Vergunningen draait op http://localhost:${port}`);
  console.log(
    service.addressLookup.standIn
      ? 'Adres zoeken: ingebouwde testadressen, want ADDRESS_LOOKUP_URL is niet gezet / address lookup: built-in test addresses (ADDRESS_LOOKUP_URL is not set)'
      : `Adres zoeken via / address lookup via: ${service.addressLookup.url}`,
  );
  if (service.tokenFile) {
    const { file, created, token } = service.tokenFile;
    console.log(`Apparaatsleutel / device token: ${file}${created ? ' (nieuw aangemaakt / newly created)' : ''}`);
    // The token travels in the fragment, which browsers never send to a server, so it stays out of logs.
    console.log(`Koppel een tablet met / link a tablet with: http://localhost:${port}/koppelen#token=${token}`);
  } else {
    console.log(`Apparaatsleutels uit INTAKE_TOKENS / device tokens from INTAKE_TOKENS: ${config.deviceTokens?.length ?? 0}`);
  }
}

main().catch((error: unknown) => {
  console.error('De service kon niet starten / the service could not start:', error);
  process.exit(1);
});
