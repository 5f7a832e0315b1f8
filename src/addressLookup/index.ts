/**
 * Address lookup in the wizard, without a DOM: when to ask the address service, what to fill in
 * without overwriting what the person typed, and when to offer a choice. The request itself is
 * the intake client's (`src/intake`); the question component is `src/fields/AddressField.tsx`.
 */
export { createAddressLookupSession, LOOKUP_DELAY_MS, type AddressLookupSession, type AddressLookupStatus, type LookUpAddress } from './createAddressLookupSession';
export { addressChoice, MAX_LISTED_ADDRESSES, type AddressChoice } from './addressChoice';
export { addressParts, FILLABLE_PARTS, isSameUnit, lookupFill, partsToFill, type FillablePart, type FillableParts } from './lookupFill';
export { lookupQuery, type LookupQuery } from './lookupQuery';
