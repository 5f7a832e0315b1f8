/**
 * Every error code the engine itself can give (the validators in `src/validation` list theirs).
 * Each needs a `validation.<code>` text in every catalogue; a unit test holds us to that.
 */
export const engineErrorCodes = [
  'required',
  'answer.unknown',
  'answer.hidden',
  'answer.wrongType',
  'text.tooLong',
  'number.notANumber',
  'number.notWhole',
  'number.tooSmall',
  'number.tooLarge',
  'choice.unknown',
  'multiChoice.tooFew',
  'yesNo.invalid',
  'address.postcode.required',
  'address.houseNumber.required',
  'address.street.required',
  'address.city.required',
  'address.houseNumber.format',
  'address.houseLetter.format',
  'file.tooMany',
  'file.empty',
  'file.tooLarge',
  'file.type',
  'dateTimeRange.startDate.required',
  'dateTimeRange.startTime.required',
  'dateTimeRange.endDate.required',
  'dateTimeRange.endTime.required',
  'dateTimeRange.endBeforeStart',
  'outcome.handover',
] as const;
