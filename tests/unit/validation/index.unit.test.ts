import { expect, it } from 'vitest';
import * as validation from '../../../src/validation';

it('exposes only the public validators, formatters (and the Intl ones they share) and date helpers, not its internal helpers', () => {
  expect(Object.keys(validation).sort()).toEqual(
    [
      'addDays',
      'addWeeks',
      'dateTimeFormat',
      'formatAddressLines',
      'formatDateNl',
      'formatIban',
      'formatKenteken',
      'formatLongDate',
      'formatPostcode',
      'formatTimeOfDay',
      'isPlainFileName',
      'listFormat',
      'MAX_FILE_NAME_LENGTH',
      'numberFormat',
      'parseDate',
      'removeUnsafeCharacters',
      'validateBsn',
      'validateDate',
      'validateDutchPhone',
      'validateEmail',
      'validateIban',
      'validateKenteken',
      'validateKvkNumber',
      'validatePlainText',
      'validatePostcode',
      'validateRsin',
      'validateTime',
      'validateVestigingsnummer',
      'validationCodes',
    ].sort(),
  );
});
