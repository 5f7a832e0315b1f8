import type { Fee, PermitDefinition } from '../wizard';
import { feesTotalCents, textKeys } from '../wizard';
import type { Translator } from '../i18n';
import { formatMoney } from './formatMoney';

/**
 * What the application costs, fee by fee: what each amount is for and whether a refusal costs it
 * too, and the total when there is more than one (the charter's "no surprises"). A definition's
 * fees are the municipality's own figures.
 */
export function FeeList({ permit, fees, translator }: { permit: PermitDefinition; fees: readonly Fee[]; translator: Translator }) {
  const total = feesTotalCents(fees);
  return (
    <dl class="hv-answers">
      {fees.map((fee) => (
        <div class="hv-answers__row" key={fee.id}>
          <dt class="hv-answers__question">{translator.t(textKeys.fee(permit, fee.id))}</dt>
          <dd class="hv-answers__answer">
            <span class="hv-fee__amount">{formatMoney(fee.amountCents, translator.tag)}</span>
            <span class="hv-fee__refund">{translator.t(fee.keptWhenRefused ? 'fees.keptWhenRefused' : 'fees.refundedWhenRefused')}</span>
          </dd>
        </div>
      ))}
      {fees.length > 1 && (
        <div class="hv-answers__row" key="total">
          <dt class="hv-answers__question">{translator.t('fees.total')}</dt>
          <dd class="hv-answers__answer">
            <span class="hv-fee__amount">{formatMoney(total, translator.tag)}</span>
          </dd>
        </div>
      )}
    </dl>
  );
}
