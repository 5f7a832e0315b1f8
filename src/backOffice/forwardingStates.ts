import type { ForwardingState } from './BackOfficeClient';

/** The worklist's states in the order its filter offers them: what needs a person first. */
export const FORWARDING_STATES: readonly ForwardingState[] = ['needsAction', 'waiting', 'registering', 'registered'];
