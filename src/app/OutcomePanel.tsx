import type { Translator } from '../i18n';
import { answersToSend, textKeys, type Answers, type OutcomeJudgement, type PermitDefinition, type Step } from '../wizard';
import { numberFormat } from '../validation';

/**
 * What an outcome means for the person, and why, in plain words (charter: "not black and white",
 * explain the outcome). Reasons may name the person's own answers (`{maxVisitors}`), so the
 * reason is about their event and not a rule in the abstract.
 */
export function OutcomePanel({ permit, step, outcome, answers, today, translator }: {
  permit: PermitDefinition;
  step: Step;
  outcome: OutcomeJudgement;
  answers: Answers;
  today: string;
  translator: Translator;
}) {
  const definition = step.outcome;
  if (!definition) return null;
  const params = reasonParams(permit, answers, today, translator.tag);
  return (
    <div class="hv-outcome">
      <p class="utrecht-paragraph hv-lead">{translator.t(textKeys.outcomeText(permit, definition, outcome.result.value), params)}</p>
      {outcome.reasons.length > 0 && (
        <>
          <h2 class="utrecht-heading-2">{translator.t('outcome.reasonsTitle')}</h2>
          <ul class="utrecht-unordered-list hv-outcome__reasons">
            {outcome.reasons.map((reason) => (
              <li key={reason.id}>{translator.t(textKeys.outcomeReason(permit, definition, reason.id), params)}</li>
            ))}
          </ul>
        </>
      )}
      {outcome.result.handover && <p class="utrecht-paragraph">{translator.t('outcome.handoverNote')}</p>}
    </div>
  );
}

/** The person's plain answers (numbers, texts) by question id, numbers written the way of the language `tag` ("2.000" in Dutch). */
function reasonParams(permit: PermitDefinition, answers: Answers, today: string, tag: string): Record<string, string | number> {
  const numbers = numberFormat(tag);
  const params: Record<string, string | number> = {};
  for (const [id, value] of Object.entries(answersToSend(permit, answers, today))) {
    if (typeof value === 'number') params[id] = numbers.format(value);
    else if (typeof value === 'string') params[id] = value;
  }
  return params;
}
