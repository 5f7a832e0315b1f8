import type { PermitDefinition } from '../wizard';
import { bewonersparkeervergunning } from './bewonersparkeervergunning/definition';
import { evenementenvergunning } from './evenementenvergunning/definition';
import { gehandicaptenparkeerkaart } from './gehandicaptenparkeerkaart/definition';
import { gehandicaptenparkeerplaats } from './gehandicaptenparkeerplaats/definition';
import { meldingKleinEvenement } from './melding-klein-evenement/definition';
import { standplaatsvergunning } from './standplaatsvergunning/definition';

/** A permit as the product offers it. Its texts live beside it and are gathered by `src/i18n`. */
export interface PermitEntry {
  readonly definition: PermitDefinition;
}

/**
 * Every permit the help desk offers, in the order of the start screen. Adding a permit is adding
 * a folder with `definition.ts`, `nl.json`, `en.json` and `examples.ts`, and one line here.
 */
export const permits: readonly PermitEntry[] = [
  { definition: gehandicaptenparkeerkaart },
  { definition: gehandicaptenparkeerplaats },
  { definition: bewonersparkeervergunning },
  { definition: evenementenvergunning },
  { definition: meldingKleinEvenement },
  { definition: standplaatsvergunning },
];

/** The definition with this id and version, if the product knows it. */
export function findDefinition(id: string, version?: number): PermitDefinition | undefined {
  const entry = permits.find((permit) => permit.definition.id === id);
  if (!entry || (version !== undefined && entry.definition.version !== version)) return undefined;
  return entry.definition;
}

export { REPRESENTATION_BASES, actsInTheirName, onBehalfForm, onBehalfStep, type RepresentationBasis } from './onBehalfForm';
export { IDENTITY_DOCUMENTS, deskForm, deskSteps } from './deskForm';
