/**
 * The intake service as `main.ts` starts it, plus the test form with file questions (the real
 * permits have none yet). Built and run as a child process by the durability test.
 */
import { readConfig } from '../../../server/config';
import { startService, stopOnSignals } from '../../../server/startService';
import { testRegistry } from './testPermit';

const service = await startService(readConfig(), { permits: testRegistry, logLevel: 'warn' });
stopOnSignals(service);
console.log(`listening on ${service.url}`);
