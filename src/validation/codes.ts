/**
 * Every code a validator in this module can emit, as one list.
 *
 * Why a list: the validators' code types are derived from it, and a unit test checks that each code has a message
 * in both catalogues (`messages.nl.json`, `messages.en.json`). So a new code without a message fails a test
 * instead of showing a raw key to a person.
 *
 * Codes are specific on purpose (wrong length vs. wrong characters vs. wrong checksum) so that each message can
 * say how to fix the problem.
 */
export const validationCodes = [
  'bsn.empty',
  'bsn.characters',
  'bsn.length',
  'bsn.checksum',
  'rsin.empty',
  'rsin.characters',
  'rsin.length',
  'rsin.checksum',
  'kvk.empty',
  'kvk.characters',
  'kvk.length',
  'vestigingsnummer.empty',
  'vestigingsnummer.characters',
  'vestigingsnummer.length',
  'postcode.empty',
  'postcode.format',
  'postcode.leadingZero',
  'postcode.missingLetters',
  'postcode.reservedLetters',
  'phone.empty',
  'phone.characters',
  'phone.format',
  'phone.length',
  'phone.notDutch',
  'phone.internationalLength',
  'email.empty',
  'email.spaces',
  'email.missingAt',
  'email.multipleAt',
  'email.localPart',
  'email.domain',
  'email.tooLong',
  'iban.empty',
  'iban.characters',
  'iban.format',
  'iban.length',
  'iban.lengthNl',
  'iban.formatNl',
  'iban.checksum',
  'kenteken.empty',
  'kenteken.characters',
  'kenteken.length',
  'kenteken.sideCode',
  'date.empty',
  'date.format',
  'date.shortYear',
  'date.impossible',
  'date.inPast',
  'date.inFuture',
  'date.tooSoon',
  'date.tooLate',
  'date.beforeMin',
  'date.afterMax',
  'time.empty',
  'time.format',
  'time.impossible',
  'text.unsafe',
] as const;

/** One code from {@link validationCodes}. The message key is `validation.<code>`. */
export type ValidationCode = (typeof validationCodes)[number];

/** The codes that start with `<prefix>.`, e.g. `ValidationCodeFor<'bsn'>` is `'bsn.empty' | 'bsn.characters' | …`. */
export type ValidationCodeFor<Prefix extends string> = Extract<ValidationCode, `${Prefix}.${string}`>;
