import type { PermitDefinition } from '../wizard';
import { gehandicaptenparkeerkaart } from './gehandicaptenparkeerkaart/definition';
import gehandicaptenparkeerkaartEn from './gehandicaptenparkeerkaart/en.json';
import gehandicaptenparkeerkaartNl from './gehandicaptenparkeerkaart/nl.json';
import { meldingKleinEvenement } from './melding-klein-evenement/definition';
import meldingKleinEvenementEn from './melding-klein-evenement/en.json';
import meldingKleinEvenementNl from './melding-klein-evenement/nl.json';

/** A permit as the product offers it: its definition and its texts in every language. */
export interface PermitEntry {
  readonly definition: PermitDefinition;
  readonly texts: { readonly nl: Readonly<Record<string, string>>; readonly en: Readonly<Record<string, string>> };
}

/**
 * Every permit the help desk offers, in the order of the start screen. Adding a permit is adding
 * a folder with `definition.ts`, `nl.json`, `en.json` and `examples.ts`, and one line here.
 */
export const permits: readonly PermitEntry[] = [
  { definition: gehandicaptenparkeerkaart, texts: { nl: gehandicaptenparkeerkaartNl, en: gehandicaptenparkeerkaartEn } },
  { definition: meldingKleinEvenement, texts: { nl: meldingKleinEvenementNl, en: meldingKleinEvenementEn } },
];

/** The definition with this id and version, if the product knows it. */
export function findDefinition(id: string, version?: number): PermitDefinition | undefined {
  const entry = permits.find((permit) => permit.definition.id === id);
  if (!entry || (version !== undefined && entry.definition.version !== version)) return undefined;
  return entry.definition;
}
