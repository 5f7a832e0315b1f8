import { earlierAddresses, todayIso, type AddressQuestion } from '../../wizard';
import { AddressLookupPanel } from './AddressLookupPanel';
import { EarlierAddresses } from './EarlierAddresses';
import { fieldIds } from '../shared/fieldIds';
import type { FieldProps } from '../shared/FieldProps';
import { PartsField, type TextPart } from '../shared/PartsField';
import { useAddressLookup, type TypedAddress } from './useAddressLookup';

/**
 * Postcode and house number first: that is how Dutch people say an address, and it is what the
 * address lookup needs. `autocomplete` lets the browser fill it in (WCAG 1.3.5). Street and place
 * stay typeable whatever the lookup does (offline, not found, or by choice).
 */
const parts: readonly TextPart[] = [
  { part: 'postcode', label: 'field.address.postcode', autocomplete: 'postal-code', width: 'hv-width-short', maxLength: 100 },
  { part: 'houseNumber', label: 'field.address.houseNumber', autocomplete: 'address-line2', width: 'hv-width-short', inputMode: 'numeric', maxLength: 100 },
  { part: 'houseLetter', label: 'field.address.houseLetter', autocomplete: 'off', width: 'hv-width-tiny', optional: true, maxLength: 100 },
  { part: 'addition', label: 'field.address.addition', autocomplete: 'off', width: 'hv-width-tiny', optional: true, maxLength: 100 },
  { part: 'street', label: 'field.address.street', autocomplete: 'address-line1', width: 'hv-width-full', maxLength: 100 },
  { part: 'city', label: 'field.address.city', autocomplete: 'address-level2', width: 'hv-width-full', maxLength: 100 },
];

/**
 * An address as a group of labelled boxes; each part has its own label and its own error. With
 * postcode and number typed, street and place are looked up and filled in (what the lookup found
 * shows between the number and the street); addresses given earlier in the application are
 * offered with one tap.
 */
export function AddressField(props: FieldProps<AddressQuestion>) {
  const { permit, question, translator, setValue, answers, lookUpAddress } = props;
  const typed = typedAddress(answers[question.id]);
  const lookup = useAddressLookup(question.id, typed, setValue, lookUpAddress);
  const lookupHintId = `${fieldIds.hint(question.id)}-lookup`;
  return (
    <PartsField
      {...props}
      parts={parts}
      {...(lookUpAddress ? { describedById: lookupHintId } : {})}
      before={
        <>
          {lookUpAddress && (
            <p class="utrecht-paragraph hv-hint" id={lookupHintId}>
              {translator.t('field.address.lookup.hint')}
            </p>
          )}
          <EarlierAddresses
            id={`${fieldIds.hint(question.id)}-earlier`}
            addresses={earlierAddresses(permit, question, answers, todayIso())}
            translator={translator}
            onUse={lookup.useEarlier}
          />
        </>
      }
      after={{
        part: 'addition',
        content: (
          <AddressLookupPanel
            questionId={question.id}
            translator={translator}
            status={lookup.status}
            typed={typed}
            chosenId={lookup.chosenId}
            onChoose={lookup.choose}
            onTypeByHand={lookup.typeByHand}
          />
        ),
      }}
    />
  );
}

/** The address as the form holds it now; parts never typed are absent. */
function typedAddress(value: unknown): TypedAddress {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, part]) => typeof part === 'string')) as TypedAddress;
}
