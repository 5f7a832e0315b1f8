import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldValues, UseFormSetValue } from 'react-hook-form';
import {
  FILLABLE_PARTS,
  addressParts,
  createAddressLookupSession,
  lookupFill,
  lookupQuery,
  partsToFill,
  type AddressLookupStatus,
  type FillablePart,
  type FillableParts,
  type LookUpAddress,
} from '../../addressLookup';
import type { FoundAddress } from '../../intake';
import { formatPostcode } from '../../validation';
import type { AddressAnswer } from '../../wizard';
import { fieldIds } from '../shared/fieldIds';

/** An address's parts as the form holds them while typing. */
export type TypedAddress = Partial<Record<keyof AddressAnswer, string>>;

/** The lookup's status, and the moment an earlier address was used (announced the same way). */
export type AddressFieldStatus = AddressLookupStatus | { readonly kind: 'earlierUsed'; readonly address: AddressAnswer };

/**
 * Ties the address lookup of one question to the form: looks up as postcode and number are
 * typed, fills in what it found without overwriting what the person typed (`partsToFill`), and
 * fills in an address the person chose. Every change goes through `setValue`, so it is saved
 * like a typed answer.
 */
export function useAddressLookup(questionId: string, typed: TypedAddress, setValue: UseFormSetValue<FieldValues>, lookUp: LookUpAddress | undefined) {
  const [status, setStatus] = useState<AddressFieldStatus>({ kind: 'idle' });
  /** The address the person picked from the list (a plain number has no letter to show it by). */
  const [chosenId, setChosenId] = useState<string>();
  const latest = useRef(typed);
  latest.current = typed;
  /** What the lookup put in each part, so it may replace its own values but never the person's. */
  const filled = useRef<FillableParts>({});

  const setParts = (parts: TypedAddress) => {
    for (const [part, value] of Object.entries(parts)) setValue(`${questionId}.${part}`, value, { shouldDirty: true });
  };
  const fill = (changes: FillableParts) => {
    setParts(changes);
    filled.current = { ...filled.current, ...changes };
  };

  const session = useMemo(
    () =>
      lookUp &&
      createAddressLookupSession({
        lookUp,
        // A finished address (a step visited again, a draft opened) is not looked up again.
        known: typed.street || typed.city ? lookupQuery(typed.postcode ?? '', typed.houseNumber ?? '') : undefined,
        onStatus: (next) => {
          if (next.kind === 'found' || next.kind === 'notFound' || next.kind === 'unavailable') {
            const wanted = next.kind === 'found' ? lookupFill(next.addresses, latest.current) : {};
            fill(partsToFill(latest.current, filled.current, wanted, focusedPart(questionId)));
            setChosenId(undefined);
          }
          setStatus(next);
        },
      }),
    [lookUp, questionId],
  );
  useEffect(() => () => session?.dispose(), [session]);
  useEffect(() => session?.typed(typed.postcode ?? '', typed.houseNumber ?? ''), [session, typed.postcode, typed.houseNumber]);

  return {
    status,
    chosenId,
    /** The person picked one of several addresses at the number. */
    choose(address: FoundAddress) {
      setChosenId(address.id);
      fill(addressParts(address));
    },
    /** The person used an address given earlier in the application. */
    useEarlier(address: AddressAnswer) {
      const { postcode, houseNumber, ...rest } = address;
      setParts({ postcode: formatPostcode(postcode), houseNumber });
      // Counted as the lookup's: a later change of postcode or number may replace them.
      fill({ houseLetter: rest.houseLetter ?? '', addition: rest.addition ?? '', street: rest.street, city: rest.city });
      session?.settle(postcode, houseNumber);
      setStatus({ kind: 'earlierUsed', address });
    },
    /** "Zelf invullen": no more lookups; the person types letter or addition next. */
    typeByHand() {
      session?.stop();
      document.getElementById(fieldIds.input(`${questionId}.houseLetter`))?.focus();
    },
  };
}

/** The part the person is typing in: the lookup leaves it alone. */
function focusedPart(questionId: string): FillablePart | undefined {
  const active = document.activeElement?.id;
  return FILLABLE_PARTS.find((part) => fieldIds.input(`${questionId}.${part}`) === active);
}
