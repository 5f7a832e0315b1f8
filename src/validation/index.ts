/**
 * Dutch validators shared by the browser wizard and the intake service: pure TypeScript, no DOM, no Node APIs,
 * no dependencies. Each validator takes the text as typed and returns a {@link ValidationResult}: the canonical
 * value to send, or a code whose message is `validation.<code>` in `messages.nl.json` / `messages.en.json`.
 * Every validator accepts its own canonical output unchanged, because the server validates again. The formatters
 * beside them write dates, times and amounts the way of a language, with `Intl` formatters kept per language.
 */
export type { ValidationResult } from './ValidationResult';
export { validationCodes, type ValidationCode } from './codes';

export { validateBsn } from './validateBsn';
export { validateRsin } from './validateRsin';
export { validateKvkNumber } from './validateKvkNumber';
export { validateVestigingsnummer } from './validateVestigingsnummer';
export { validatePostcode } from './validatePostcode';
export { formatPostcode } from './formatPostcode';
export { formatAddressLines, type AddressParts } from './formatAddressLines';
export { validateDutchPhone, type DutchPhoneOptions } from './validateDutchPhone';
export { validateEmail } from './validateEmail';
export { validateIban } from './validateIban';
export { formatIban } from './formatIban';
export { validateKenteken } from './validateKenteken';
export { formatKenteken } from './formatKenteken';
export { parseDate } from './parseDate';
export { validateDate, type DateRules } from './validateDate';
export { validateTime } from './validateTime';
export { formatDateNl } from './formatDateNl';
export { formatLongDate } from './formatLongDate';
export { formatTimeOfDay } from './formatTimeOfDay';
export { addDays } from './addDays';
export { addWeeks } from './addWeeks';
export { validatePlainText } from './validatePlainText';
export { removeUnsafeCharacters } from './removeUnsafeCharacters';
export { isPlainFileName, MAX_FILE_NAME_LENGTH } from './isPlainFileName';
export type { TextKind } from './TextKind';
// The Intl formatters, kept per language: the screens write their numbers, dates and lists with them too.
export { dateTimeFormat, listFormat, numberFormat } from './intlFormats';
