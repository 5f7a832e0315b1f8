import { ConfigError } from '../ConfigError';

/**
 * Faults the intake service can be told to make on purpose, so the browser tests can show what the
 * wizard does when the network or the service fails at the worst moment. **Tests only**: each is
 * switched on by an environment variable that is unset by default and never set by `npm start`;
 * the service warns loudly at start when one is on.
 */
export interface TestFaults {
  /**
   * `INTAKE_TEST_DROP_AFTER_COMMIT=1`: the first new application is stored, then its connection is
   * cut before the answer goes out (the retry must get the same reference).
   */
  readonly dropFirstResponseAfterCommit?: boolean;
  /**
   * `INTAKE_TEST_FAIL_FIRST=500,503`: the first new-application requests are answered with these
   * statuses, in order, before anything is read or stored (a 500 as an unexpected error, a 503 as
   * storage that is unavailable); later requests are handled normally.
   */
  readonly failFirst?: readonly FaultStatus[];
  /**
   * `INTAKE_TEST_CURRENT_VERSIONS_ONLY=1`: the service accepts only each permit's current version,
   * as one that has dropped the previous versions (`previousVersions.ts`) would; an application of
   * an older version gets `422` at `formVersion`.
   */
  readonly currentVersionsOnly?: boolean;
}

export type FaultStatus = 500 | 503;

/** Reads the test-only faults from the environment; `{}` (no faults) when none is set. */
export function readTestFaults(env: NodeJS.ProcessEnv = process.env): TestFaults {
  const drop = env.INTAKE_TEST_DROP_AFTER_COMMIT === '1';
  const failFirst = (env.INTAKE_TEST_FAIL_FIRST ?? '')
    .split(',')
    .map((status) => status.trim())
    .filter((status) => status !== '')
    .map((status): FaultStatus => {
      if (status === '500' || status === '503') return Number(status) as FaultStatus;
      throw new ConfigError(`INTAKE_TEST_FAIL_FIRST takes a comma-separated list of 500 and 503, not "${status}".`);
    });
  return {
    ...(drop ? { dropFirstResponseAfterCommit: true } : {}),
    ...(failFirst.length > 0 ? { failFirst } : {}),
    ...(env.INTAKE_TEST_CURRENT_VERSIONS_ONLY === '1' ? { currentVersionsOnly: true } : {}),
  };
}

/** Describes the faults that are on, for the warning at start; empty when none is. */
export function describeTestFaults(faults: TestFaults): string[] {
  return [
    ...(faults.dropFirstResponseAfterCommit ? ['INTAKE_TEST_DROP_AFTER_COMMIT=1: the first answer is dropped on purpose'] : []),
    ...(faults.failFirst ? [`INTAKE_TEST_FAIL_FIRST=${faults.failFirst.join(',')}: the first applications are refused on purpose`] : []),
    ...(faults.currentVersionsOnly ? ['INTAKE_TEST_CURRENT_VERSIONS_ONLY=1: previous versions of the forms are refused on purpose'] : []),
  ];
}
