import type { Translator } from '../../i18n';
import { formatAddressLines } from '../../validation';
import type { AddressAnswer } from '../../wizard';

/**
 * "An address given once is offered again" (WCAG 3.3.7): each address given earlier in the
 * application as one button that fills in every part. Offered, not filled in by itself, because
 * a second address is often another one. The buttons stay after use, so focus is never lost.
 */
export function EarlierAddresses({ id, addresses, translator, onUse }: { id: string; addresses: readonly AddressAnswer[]; translator: Translator; onUse: (address: AddressAnswer) => void }) {
  if (addresses.length === 0) return null;
  return (
    <div class="hv-earlier-addresses">
      <p class="utrecht-paragraph" id={id}>
        {translator.t(addresses.length === 1 ? 'field.address.earlier.intro' : 'field.address.earlier.introSeveral')}
      </p>
      <ul class="hv-earlier-addresses__list">
        {addresses.map((address) => {
          const text = formatAddressLines(address).join(', ');
          return (
            <li key={text}>
              <button type="button" class="utrecht-button utrecht-button--secondary-action hv-button" aria-describedby={id} onClick={() => onUse(address)}>
                {translator.t('field.address.earlier.use', { address: text })}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
