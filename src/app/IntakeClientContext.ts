import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createHttpIntakeClient, readDeviceToken, type IntakeClient } from '../intake';

/** The intake service the app sends to; tests may provide another implementation of the contract. */
export const IntakeClientContext = createContext<IntakeClient>(createHttpIntakeClient(readDeviceToken));

export function useIntakeClient(): IntakeClient {
  return useContext(IntakeClientContext);
}
