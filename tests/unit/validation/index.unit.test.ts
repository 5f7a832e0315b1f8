import { expect, it } from 'vitest';
import * as validation from '../../../src/validation';

it('exposes only the public validators, formatters and date helpers, not its internal helpers', () => {
  expect(Object.keys(validation).sort()).toEqual(
    [
      'addDays',
      'addWeeks',
      'formatAddressLines',
      'formatDateNl',
      'formatIban',
      'formatKenteken',
      'formatLongDate',
      'formatPostcode',
      'formatTimeOfDay',
      'isPlainFileName',
      'MAX_FILE_NAME_LENGTH',
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
