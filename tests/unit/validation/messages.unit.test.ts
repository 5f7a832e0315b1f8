import { describe, expect, it } from 'vitest';
import {
  parseDate,
  validateBsn,
  validateDate,
  validateDutchPhone,
  validateEmail,
  validateIban,
  validateKenteken,
  validateKvkNumber,
  validatePostcode,
  validateRsin,
  validateTime,
  validateVestigingsnummer,
  validatePlainText,
  validationCodes,
  type ValidationCode,
  type ValidationResult,
} from '../../../src/validation';
import messagesEn from '../../../src/validation/messages.en.json';
import messagesNl from '../../../src/validation/messages.nl.json';

const catalogues: Record<string, Record<string, string>> = { nl: messagesNl, en: messagesEn };
const today = '2025-06-15';

/**
 * One input per code that makes a validator emit it. Typed as a Record over all codes, so adding a code without
 * an example here is a type error, and the test below proves each code is really emitted (no dead codes).
 */
const examples: Record<ValidationCode, () => ValidationResult> = {
  'bsn.empty': () => validateBsn(''),
  'bsn.characters': () => validateBsn('12345678a'),
  'bsn.length': () => validateBsn('1234567'),
  'bsn.checksum': () => validateBsn('123456789'),
  'rsin.empty': () => validateRsin(''),
  'rsin.characters': () => validateRsin('12345678a'),
  'rsin.length': () => validateRsin('1234567'),
  'rsin.checksum': () => validateRsin('123456789'),
  'kvk.empty': () => validateKvkNumber(''),
  'kvk.characters': () => validateKvkNumber('1234567a'),
  'kvk.length': () => validateKvkNumber('1234567'),
  'vestigingsnummer.empty': () => validateVestigingsnummer(''),
  'vestigingsnummer.characters': () => validateVestigingsnummer('00001234567a'),
  'vestigingsnummer.length': () => validateVestigingsnummer('1234567'),
  'postcode.empty': () => validatePostcode(''),
  'postcode.format': () => validatePostcode('123AB'),
  'postcode.leadingZero': () => validatePostcode('0123AB'),
  'postcode.missingLetters': () => validatePostcode('1234'),
  'postcode.reservedLetters': () => validatePostcode('1234SS'),
  'phone.empty': () => validateDutchPhone(''),
  'phone.characters': () => validateDutchPhone('06-1234567a'),
  'phone.format': () => validateDutchPhone('612345678'),
  'phone.length': () => validateDutchPhone('061234567'),
  'phone.notDutch': () => validateDutchPhone('+3221234567'),
  'phone.internationalLength': () => validateDutchPhone('+321234', { allowInternational: true }),
  'email.empty': () => validateEmail(''),
  'email.spaces': () => validateEmail('jan @voorbeeld.nl'),
  'email.missingAt': () => validateEmail('jan.voorbeeld.nl'),
  'email.multipleAt': () => validateEmail('jan@@voorbeeld.nl'),
  'email.localPart': () => validateEmail('@voorbeeld.nl'),
  'email.domain': () => validateEmail('jan@voorbeeld'),
  'email.tooLong': () => validateEmail(`${'a'.repeat(250)}@voorbeeld.nl`),
  'iban.empty': () => validateIban(''),
  'iban.characters': () => validateIban('NL91.ABNA.0417.1643.00'),
  'iban.format': () => validateIban('0417164300'),
  'iban.length': () => validateIban('NO938601111794'),
  'iban.lengthNl': () => validateIban('NL91ABNA041716430'),
  'iban.formatNl': () => validateIban('NL91ABN00417164300'),
  'iban.checksum': () => validateIban('NL92ABNA0417164300'),
  'kenteken.empty': () => validateKenteken(''),
  'kenteken.characters': () => validateKenteken('AB.123.C'),
  'kenteken.length': () => validateKenteken('AB-12-3'),
  'kenteken.sideCode': () => validateKenteken('ABCDEF'),
  'date.empty': () => parseDate(''),
  'date.format': () => parseDate('5 maart 2024'),
  'date.shortYear': () => parseDate('05-03-24'),
  'date.impossible': () => parseDate('31-02-2024'),
  'date.inPast': () => validateDate('14-06-2025', { notInPast: true }, today),
  'date.inFuture': () => validateDate('16-06-2025', { notInFuture: true }, today),
  'date.tooSoon': () => validateDate('16-06-2025', { minDaysAhead: 56 }, today),
  'date.tooLate': () => validateDate('16-06-2026', { maxDaysAhead: 365 }, today),
  'date.beforeMin': () => validateDate('30-06-2025', { min: '2025-07-01' }, today),
  'date.afterMax': () => validateDate('01-09-2025', { max: '2025-08-31' }, today),
  'time.empty': () => validateTime(' '),
  'time.format': () => validateTime('twee uur'),
  'time.impossible': () => validateTime('24:00'),
  'text.unsafe': () => validatePlainText('scan\u202Efdp.exe', 'line'),
};

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('validation message catalogues', () => {
  it.each(Object.keys(catalogues))('has a message in %s for every code a validator can emit', (language) => {
    const catalogue = catalogues[language] ?? {};
    const missing = validationCodes.filter((code) => !catalogue[`validation.${code}`]?.trim());
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(catalogues))('has no %s message for a code that no validator emits', (language) => {
    const known = new Set(validationCodes.map((code) => `validation.${code}`));
    const unknown = Object.keys(catalogues[language] ?? {}).filter((key) => !known.has(key));
    expect(unknown).toEqual([]);
  });

  it('uses the same placeholders in Dutch and English', () => {
    for (const code of validationCodes) {
      const key = `validation.${code}`;
      expect(placeholders(messagesEn[key as keyof typeof messagesEn]), key).toEqual(
        placeholders(messagesNl[key as keyof typeof messagesNl]),
      );
    }
  });

  it('has an example input for every code', () => {
    expect(Object.keys(examples).sort()).toEqual([...validationCodes].sort());
  });

  it.each([...validationCodes])('emits %s for its example, with a value for every placeholder', (code) => {
    const result = examples[code]();
    expect(result).toMatchObject({ ok: false, code });
    const params = result.ok ? {} : (result.params ?? {});
    const needed = placeholders(messagesNl[`validation.${code}` as keyof typeof messagesNl]);
    expect(Object.keys(params).sort()).toEqual(needed);
  });
});
