import { addressChoice, isSameUnit, type AddressChoice } from '../../addressLookup';
import type { Translator } from '../../i18n';
import type { FoundAddress } from '../../intake';
import { formatAddressLines } from '../../validation';
import { fieldIds } from '../shared/fieldIds';
import type { AddressFieldStatus, TypedAddress } from './useAddressLookup';

interface AddressLookupPanelProps {
  readonly questionId: string;
  readonly translator: Translator;
  readonly status: AddressFieldStatus;
  readonly typed: TypedAddress;
  readonly chosenId: string | undefined;
  readonly onChoose: (address: FoundAddress) => void;
  readonly onTypeByHand: () => void;
}

/**
 * What the address lookup found, between house number and street. The status line is a polite
 * live region that is always there, so its changes are announced without moving focus
 * (WCAG 4.1.3); the person stays where they type. Several addresses at the number become a
 * radio group, with "Zelf invullen" for an address that is not listed.
 */
export function AddressLookupPanel({ questionId, translator, status, typed, chosenId, onChoose, onTypeByHand }: AddressLookupPanelProps) {
  const choice = status.kind === 'found' ? addressChoice(status.addresses) : undefined;
  const groupName = fieldIds.input(`${questionId}.lookup`);
  return (
    <div class="hv-address-lookup">
      <p class="hv-address-lookup__status" role="status">
        {statusText(translator, status, choice)}
      </p>
      {choice?.kind === 'several' && (
        <>
          <fieldset class="utrecht-form-fieldset hv-address-choice">
            <legend class="utrecht-form-fieldset__legend utrecht-form-label">{translator.t('field.address.lookup.choose')}</legend>
            <div class="hv-options">
              {choice.addresses.map((address) => {
                const id = `${groupName}-${address.id}`;
                // A plain number matches empty letter and addition boxes; it counts as chosen only once picked.
                const checked = isSameUnit(address, typed) && (Boolean(address.houseLetter || address.addition) || chosenId === address.id);
                return (
                  <div class="utrecht-form-field utrecht-form-field--radio hv-option" key={address.id}>
                    <input
                      class="utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input"
                      type="radio"
                      id={id}
                      name={groupName}
                      value={address.id}
                      checked={checked}
                      onChange={() => onChoose(address)}
                    />
                    <label class="utrecht-form-label utrecht-form-field__label hv-option-label" for={id}>
                      {formatAddressLines(address).join(', ')}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
          <button type="button" class="utrecht-button utrecht-button--secondary-action hv-button" onClick={onTypeByHand}>
            {translator.t('field.address.lookup.typeByHand')}
          </button>
        </>
      )}
    </div>
  );
}

function statusText(translator: Translator, status: AddressFieldStatus, choice: AddressChoice | undefined): string {
  switch (status.kind) {
    case 'searching':
      return translator.t('field.address.lookup.searching');
    case 'found':
      if (choice?.kind === 'one') return translator.t('field.address.lookup.found', { address: formatAddressLines(choice.address).join(', ') });
      return translator.t(choice?.kind === 'many' ? 'field.address.lookup.many' : 'field.address.lookup.several', { count: status.addresses.length });
    case 'notFound':
      return translator.t('field.address.lookup.notFound');
    case 'unavailable':
      return translator.t('field.address.lookup.unavailable');
    case 'earlierUsed':
      return translator.t('field.address.earlier.used', { address: formatAddressLines(status.address).join(', ') });
    default:
      return '';
  }
}
