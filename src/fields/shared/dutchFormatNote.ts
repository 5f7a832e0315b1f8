import type { Question, TextFormat } from '../../wizard';

/**
 * The formats that stay Dutch whatever the page's language: a number or code that only exists in
 * the Netherlands. A person who reads Arabic or Polish may know another country's postcode or
 * licence plate; the note says, in their language, that this box wants the Dutch one. An IBAN
 * (every country's is accepted) and a date (its hint gives the order) have none.
 */
const textFormatNotes: { readonly [F in TextFormat]: string | undefined } = {
  bsn: 'field.dutchFormat.number',
  kvk: 'field.dutchFormat.number',
  vestigingsnummer: 'field.dutchFormat.number',
  kenteken: 'field.dutchFormat.kenteken',
  postcode: 'field.dutchFormat.postcode',
  iban: undefined,
};

/** The key of the note that a question's box takes a Dutch format, if it does (`field.dutchFormat.*`). */
export function dutchFormatNoteKey(question: Question): string | undefined {
  switch (question.type) {
    case 'text':
      return question.format && textFormatNotes[question.format];
    case 'phone':
      // A box that also takes a number from abroad says so in its own hint.
      return question.allowInternational ? undefined : 'field.dutchFormat.phone';
    case 'address':
      return 'field.dutchFormat.postcode';
    default:
      return undefined;
  }
}
