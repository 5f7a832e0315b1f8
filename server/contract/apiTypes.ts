import type { components } from '../../src/intake/api-types';

/*
 * The contract's schemas as TypeScript types, generated from `api/openapi.json` into
 * `src/intake/api-types.ts` (`npm run generate:api-types`), named here for the service.
 */
type Schemas = components['schemas'];

export type Application = Schemas['Application'];
export type Receipt = Schemas['Receipt'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type Health = Schemas['Health'];
export type Problem = Schemas['Problem'];
export type FieldProblem = Schemas['FieldProblem'];
export type SealedDraft = Schemas['SealedDraft'];
export type ParkDraftRequest = Schemas['ParkDraftRequest'];
export type ParkedDraftBody = Schemas['ParkedDraft'];
export type AddressLookup = Schemas['AddressLookup'];
export type FoundAddress = Schemas['FoundAddress'];
export type Registration = Schemas['Registration'];
