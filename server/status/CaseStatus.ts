/**
 * What the case system says about an application's zaak, as the status page needs it: read from the
 * ZGW Zaken and Catalogi APIs by the forwarding side and kept, so the status page can still answer
 * while the case system is briefly down (with the time it was last read). Nothing in it names the
 * applicant or repeats an answer: the status page shows it to whoever holds the receipt.
 */
export interface CaseStatusSnapshot {
  /** The zaak's statussen in the order they were set, oldest first. */
  readonly statuses: readonly CaseStatusEntry[];
  /** `zaak.uiterlijkeEinddatumAfdoening`: the last day the municipality has to decide (ISO date). */
  readonly decisionDueBy?: string;
  /** `zaak.verlenging`: the term was extended; `dueBy` is the new last day (ISO date). */
  readonly extension?: { readonly dueBy: string; readonly reason?: string };
  /** `zaak.einddatum`: the day the zaak was closed (ISO date). */
  readonly closedOn?: string;
  /** The zaak's resultaat: its resultaattype's `omschrijving` and the resultaat's `toelichting`. */
  readonly result?: { readonly description: string; readonly explanation?: string };
  /** The rol with `omschrijvingGeneriek` `behandelaar`: the person the citizen can contact. */
  readonly caseHandler?: { readonly name?: string; readonly phone?: string; readonly email?: string };
}

export interface CaseStatusEntry {
  /** `status.datumStatusGezet` (ISO date-time). */
  readonly setAt: string;
  /** The statustype's `statustekst`: the case system's text meant for the citizen, where it has one. */
  readonly citizenText?: string;
  /** The statustype's `omschrijving`, for when there is no `statustekst`. */
  readonly description: string;
  /** The statustype's `isEindstatus`. */
  readonly final: boolean;
}

/** A snapshot with when it was read, and when reading it last failed (if after that). */
export interface CaseStatusRecord {
  readonly snapshot: CaseStatusSnapshot;
  /** When the case system was last read successfully (ISO date-time): "last checked". */
  readonly checkedAt: string;
  /** When the last attempt to read it failed, if that was after `checkedAt`. */
  readonly lastFailedAt?: string;
}

/** Where the snapshots are kept, on the service's own database (one row per application). */
export interface CaseStatusStore {
  /** The latest snapshot of an application's zaak, or undefined while none was read yet. */
  read(reference: string): Promise<CaseStatusRecord | undefined>;
}
