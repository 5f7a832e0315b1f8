import { CaseTypeMissingError } from './zgw/resolveCaseTypes';
import { ZgwCallError } from './zgw/ZgwClient';

/** A failed try in the words of the worklist, and whether trying again can mend it. */
export interface DescribedFailure {
  readonly message: string;
  readonly detail?: string;
  /** False when the same try would fail the same way (our mapping, the catalogus, permissions). */
  readonly retryable: boolean;
}

/**
 * What went wrong, for staff (plain Dutch) and for whoever mends it (the detail). A 400 says our
 * data or mapping is wrong and a 403 that this service may not do it: retrying mends neither.
 * Everything else (no answer, a timeout, 5xx, 401 of a token the provider found too old, 429) is
 * worth another try.
 */
export function describeFailure(error: unknown, step: string): DescribedFailure {
  if (error instanceof CaseTypeMissingError) return { message: `De catalogus van het zaaksysteem klopt niet met de instellingen: ${error.message}`, retryable: false };
  if (error instanceof ZgwCallError) {
    const detail = `${error.operation}${error.status === undefined ? '' : ` → ${error.status}`}${error.body ? `: ${error.body}` : ''}`;
    if (error.failure === 'timeout') return { message: `Het zaaksysteem antwoordde niet op tijd (stap ${step}).`, detail, retryable: true };
    if (error.failure === 'unreachable') return { message: `Het zaaksysteem was niet bereikbaar (stap ${step}).`, detail, retryable: true };
    if (error.status === 400) return { message: `Het zaaksysteem weigerde de gegevens (stap ${step}). De koppeling moet worden aangepast.`, detail, retryable: false };
    if (error.status === 403) return { message: `Deze service mag dit niet in het zaaksysteem (stap ${step}). Vraag de beheerder om de autorisaties.`, detail, retryable: false };
    if (error.status === 401) return { message: `Het zaaksysteem nam de sleutel niet aan (stap ${step}). Klopt de klok, de client-id en het geheim?`, detail, retryable: true };
    return { message: `Het zaaksysteem gaf een fout (${error.status ?? '?'}, stap ${step}).`, detail, retryable: true };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { message: `Er ging iets onverwachts mis (stap ${step}).`, detail, retryable: true };
}
