import type { Application } from '../../contract/apiTypes';
import type { AnswerValue, PermitDefinition, Question } from '../../../src/wizard';

/** The ZGW `rol` body of the applicant, without `zaak` and `roltype`. */
export interface InitiatorRol {
  readonly betrokkeneType: 'natuurlijk_persoon' | 'niet_natuurlijk_persoon';
  readonly betrokkeneIdentificatie: Readonly<Record<string, string>>;
  readonly roltoelichting: string;
  readonly contactpersoonRol?: { readonly naam: string; readonly emailadres?: string; readonly telefoonnummer?: string };
}

const CHANNEL_WORDS = { post: 'per brief', email: 'per e-mail', phone: 'per telefoon' } as const;

/**
 * The applicant as the case system knows people: found in a permit's answers by what its
 * questions are, not by their ids, so a new permit needs no code here (README, "Adding a permit"):
 * a BSN (`format: 'bsn'`) or a KvK number (`format: 'kvk'`, then an organisation), the name by its
 * autocomplete tokens (`given-name`, `family-name`, or `name` as one), and the first answered
 * `email` and `tel` questions as the contact details. The address stays in the documents: a
 * `verblijfsadres` in the Zaken API needs a BAG id (`aoaIdentificatie`) an application does not have.
 */
export function initiatorRol(permit: PermitDefinition, answers: Readonly<Record<string, AnswerValue>>, application: Application): InitiatorRol {
  const questions = permit.steps.flatMap((step) => step.questions);
  const answerOf = (match: (question: Question) => boolean): string | undefined => {
    for (const question of questions) {
      const value = answers[question.id];
      if (match(question) && typeof value === 'string' && value.trim() !== '') return value.trim();
    }
    return undefined;
  };
  const bsn = answerOf((question) => question.type === 'text' && question.format === 'bsn');
  const kvk = answerOf((question) => question.type === 'text' && question.format === 'kvk');
  const givenNames = answerOf((question) => question.autocomplete === 'given-name');
  const familyName = answerOf((question) => question.autocomplete === 'family-name');
  const fullName = answerOf((question) => question.autocomplete === 'name');
  const email = answerOf((question) => question.type === 'email' && question.autocomplete === 'email');
  const phone = answerOf((question) => question.type === 'phone' && question.autocomplete === 'tel');
  const name = [givenNames, familyName].filter((part) => part !== undefined).join(' ') || fullName;

  const channel = application.consent?.contactChannel;
  const roltoelichting = `Aanvrager, via het Hulploket Vergunningen.${channel ? ` Wil bericht ${CHANNEL_WORDS[channel]}.` : ''}`;
  const contactpersoonRol =
    name === undefined
      ? undefined
      : {
          naam: name.slice(0, 200),
          ...(email ? { emailadres: email } : {}),
          // The Zaken API keeps at most 20 characters; the full number is in the application form.
          ...(phone && phone.length <= 20 ? { telefoonnummer: phone } : {}),
        };
  const common = { roltoelichting, ...(contactpersoonRol ? { contactpersoonRol } : {}) };
  if (kvk) {
    return { betrokkeneType: 'niet_natuurlijk_persoon', betrokkeneIdentificatie: { kvkNummer: kvk, ...(name ? { statutaireNaam: name.slice(0, 500) } : {}) }, ...common };
  }
  return {
    betrokkeneType: 'natuurlijk_persoon',
    betrokkeneIdentificatie: {
      ...(bsn ? { inpBsn: bsn } : {}),
      ...(familyName || fullName ? { geslachtsnaam: (familyName ?? fullName ?? '').slice(0, 200) } : {}),
      ...(givenNames ? { voornamen: givenNames.slice(0, 200) } : {}),
    },
    ...common,
  };
}
