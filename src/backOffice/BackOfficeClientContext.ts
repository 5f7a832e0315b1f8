import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackOfficeClient } from './BackOfficeClient';
import { createHttpBackOfficeClient } from './createHttpBackOfficeClient';

/** The back office's client; the service on the app's origin unless a test provides another. */
export const BackOfficeClientContext = createContext<BackOfficeClient>(createHttpBackOfficeClient());

export function useBackOfficeClient(): BackOfficeClient {
  return useContext(BackOfficeClientContext);
}
