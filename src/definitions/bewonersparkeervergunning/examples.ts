import { addDays, formatDateNl } from '../../validation';
import type { Answers, PermitExamples } from '../../wizard';

/**
 * Example answer sets for a residents' parking permit, as a person types them. The start date lies
 * ahead of the day the check runs, so each example is made for a day. File answers name files in
 * `tests/fixtures/files/` (with their exact size and type), so the browser tests attach those bytes.
 */
export const examples = {
  /** A first permit for an own Dutch car: no documents are asked at all. */
  firstPermitOwnCar: (today) => ({
    homeAddress: { postcode: '3511 AB', houseNumber: '20', street: 'Oudegracht', city: 'Utrecht' },
    permitNumber: 'first',
    vehicles: [{ plateCountry: 'netherlands', kenteken: '12-abc-3', vehicleHolder: 'self' }],
    vehicleLength: '4,3',
    vehicleHeight: '1,5',
    startDate: formatDateNl(addDays(today, 14)),
    bsn: '111222333',
    givenNames: 'Sanne',
    familyName: 'de Groot',
    phone: '06 12345678',
    email: 'sanne@example.nl',
    contactChannel: 'email',
    contactEmail: 'sanne@example.nl',
  }),
  /** A second permit for two cars: a lease car with a Belgian plate and a car from work; the documents come later. */
  secondPermitForeignLease: (today) => ({
    homeAddress: { postcode: '3511 AB', houseNumber: '20', addition: 'bis', street: 'Oudegracht', city: 'Utrecht' },
    permitNumber: 'second',
    vehicles: [
      { plateCountry: 'abroad', foreignPlate: '1-ABC-123', vehicleHolder: 'lease' },
      { plateCountry: 'netherlands', kenteken: 'GV-482-B', vehicleHolder: 'employer' },
      // `as const` keeps each entry's own type; an array literal would merge them into one with empty keys.
    ] as const,
    vehicleLength: '5',
    vehicleHeight: '1,9',
    startDate: formatDateNl(addDays(today, 30)),
    bsn: '123456782',
    givenNames: 'Pieter',
    familyName: 'Peeters',
    documentsWhen: 'later',
    phone: '+32 470 12 34 56',
    contactChannel: 'phone',
  }),
  /**
   * The same two cars with the documents now: both parts of the Belgian registration certificate
   * (a scan and a photo), the lease statement and the employer's statement.
   */
  secondPermitForeignLeaseDocumentsNow: (today): Answers => ({
    ...examples.secondPermitForeignLease(today),
    documentsWhen: 'now',
    registrationCertificate: [
      { name: 'kentekenbewijs.pdf', type: 'application/pdf', size: 696 },
      { name: 'kentekenbewijs-achterkant.jpg', type: 'image/jpeg', size: 4483 },
    ],
    leaseStatement: [{ name: 'verklaring-lease.pdf', type: 'application/pdf', size: 710 }],
    employerStatement: [{ name: 'verklaring-werkgever.pdf', type: 'application/pdf', size: 702 }],
  }),
} satisfies PermitExamples;
