import type { Device } from '../application';
import type { IntakeClient } from '../intake';
import type { ReadAloud } from '../readAloud';
import type { StaffAccounts } from '../staff';
import type { Lazy } from './lazily';
import type { AppUpdate } from './serviceWorker/createAppUpdate';

/** Everything of this tablet the screens work with, one of each per page (`composeTablet`). */
export interface Tablet extends Device {
  /** The intake service the app sends to; a jsdom test puts a stand-in that follows the contract here. */
  readonly intakeClient: IntakeClient;
  /** How an employee signs in and is added; loads with the staff screens. */
  readonly staffAccounts: Lazy<StaffAccounts>;
  /** One voice at a time for the whole app; loads with the question steps. */
  readonly readAloud: Lazy<ReadAloud>;
  /** The new version waiting in the service worker, if any, and applying it after saving. */
  readonly appUpdate: AppUpdate;
}
