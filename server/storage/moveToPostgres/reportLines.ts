import type { MoveReport } from './moveToPostgres';

/** Most differences listed one per line; the rest are counted, so a badly damaged copy still gives a readable answer. */
const LISTED_MISMATCHES = 20;

/**
 * What the command prints after a move, Dutch / English like the service's start lines: where
 * from and to, what was copied (or found there already), and "verified", or each difference
 * with the reference it concerns. `target` names the database without user or password.
 */
export function reportLines(report: MoveReport, target: string): { readonly out: readonly string[]; readonly errors: readonly string[] } {
  const { applications, files, chunks, parkedDrafts, sentParkedDrafts, referenceCounters, forwarding, forwardingAttempts, caseStatus } = report.counts;
  const out = [
    `Van / from: ${report.sourceFile}`,
    `Naar / to: PostgreSQL ${target}`,
    `${report.outcome === 'alreadyMoved' ? 'Al in PostgreSQL, alleen gecontroleerd / already in PostgreSQL, only checked' : 'Gekopieerd / copied'}: ` +
      `${applications} aanvragen / applications, ${files} bestanden / files (${report.fileBytes} bytes in ${chunks} stukken / chunks), ` +
      `${parkedDrafts} geparkeerde concepten / parked drafts, ${sentParkedDrafts} verstuurde geparkeerde concepten / sent parked drafts, ` +
      `${referenceCounters} referentietellers / reference counters, ` +
      `doorsturen naar het zaaksysteem / forwarding: ${forwarding} aanvragen / records, ${forwardingAttempts} regels geschiedenis / history lines, ` +
      `${caseStatus} zaakstatussen / case statuses`,
  ];
  if (report.mismatches.length === 0) {
    out.push(
      'Gecontroleerd / verified: aantallen per tabel, elke aanvraag met het doorsturen en de SHA-256 van elk bestand gelijk / counts per table, every application with its forwarding and the SHA-256 of every file equal',
    );
    return { out, errors: [] };
  }
  const errors = report.mismatches.slice(0, LISTED_MISMATCHES).map(({ where, what }) => `Verschil / mismatch: ${where}: ${what}`);
  if (report.mismatches.length > LISTED_MISMATCHES) errors.push(`… en nog / and ${report.mismatches.length - LISTED_MISMATCHES} more`);
  errors.push(
    report.outcome === 'rolledBack'
      ? `Niet gelijk: niets gekopieerd, PostgreSQL is als voorheen / not verified: ${report.mismatches.length} differences, the copy was rolled back and PostgreSQL is as before.`
      : `Niet gelijk / not verified: ${report.mismatches.length} differences between SQLite and PostgreSQL.`,
  );
  return { out, errors };
}
