import { addDays, formatDateNl } from '../../validation';
import type { PermitExamples } from '../../wizard';

/**
 * Example answer sets for a reserved disabled parking space, as a person types them. The card's
 * expiry date lies ahead of the day the check runs, so each example is made for a day. File answers
 * name files in `tests/fixtures/files/` (with their exact size and type), so the browser tests
 * attach those bytes.
 */
export const examples = {
  /** A driver with her own car, near home, without a driveway; answers by e-mail. */
  homeDriverOwnCar: (today) => ({
    placeKind: 'home',
    cardKind: 'driver',
    cardNumber: 'GPK-2025-00871',
    cardValidUntil: formatDateNl(addDays(today, 3 * 365)),
    bsn: '111222333',
    givenNames: 'Johanna Maria',
    familyName: 'van den Berg',
    homeAddress: { postcode: '1234 AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' },
    kenteken: '12-ABC-3',
    vehicleHolder: 'self',
    hasOwnParking: 'no',
    preferredLocation: 'Recht voor mijn voordeur, aan de kant van de even huisnummers.',
    documentsWhen: 'later',
    phone: '06 12345678',
    email: 'j.vandenberg@example.nl',
    contactChannel: 'email',
    contactEmail: 'j.vandenberg@example.nl',
  }),
  /** A passenger card in an exceptional case, near work, in a lease car; a garage that is too low. */
  workPassengerLeaseCar: (today) => ({
    placeKind: 'work',
    cardKind: 'passenger',
    passengerReason: 'Mijn man brengt mij elke dag. Ik kan niet alleen uitstappen en hij moet mij naar binnen helpen.',
    cardNumber: 'GPK-2024-10233',
    cardValidUntil: formatDateNl(addDays(today, 400)),
    bsn: '123456782',
    givenNames: 'Ahmed',
    familyName: 'El Amrani',
    homeAddress: { postcode: '3511 AB', houseNumber: '5', houseLetter: 'b', street: 'Oudegracht', city: 'Utrecht' },
    employerName: 'Bibliotheek Centrum',
    workAddress: { postcode: '3512 JE', houseNumber: '1', street: 'Neude', city: 'Utrecht' },
    kenteken: 'AB-123-C',
    vehicleHolder: 'lease',
    hasOwnParking: 'yes',
    ownParkingUnusable: 'De parkeergarage bij mijn werk is te laag voor onze aangepaste bus.',
    preferredLocation: 'Zo dicht mogelijk bij de ingang van de bibliotheek, aan de Neude.',
    documentsWhen: 'later',
    phone: '030 123 4567',
    contactChannel: 'post',
  }),
  /**
   * A driver near work in a company car, with every document now: both sides of the card, a
   * sketch of the spot, the employer's and the lease statement (every file question of the permit).
   */
  workDriverCompanyCarDocumentsNow: (today) => ({
    placeKind: 'work',
    cardKind: 'driver',
    cardNumber: 'GPK-2026-00412',
    cardValidUntil: formatDateNl(addDays(today, 4 * 365)),
    bsn: '999999990',
    givenNames: 'Anna',
    familyName: 'Visser',
    homeAddress: { postcode: '1234 AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' },
    employerName: 'Zorgcentrum De Linde',
    workAddress: { postcode: '3521 AZ', houseNumber: '10', street: 'Croeselaan', city: 'Utrecht' },
    kenteken: 'XX-999-X',
    vehicleHolder: 'company',
    hasOwnParking: 'no',
    preferredLocation: 'Op het parkeerterrein voor de hoofdingang, het eerste vak naast het fietsenrek.',
    documentsWhen: 'now',
    cardCopy: [
      { name: 'parkeerkaart-voorkant.jpg', type: 'image/jpeg', size: 7811 },
      { name: 'parkeerkaart-achterkant.png', type: 'image/png', size: 3314 },
    ],
    situationSketch: [{ name: 'situatieschets.png', type: 'image/png', size: 4705 }],
    employerStatement: [{ name: 'verklaring-werkgever.pdf', type: 'application/pdf', size: 702 }],
    leaseStatement: [{ name: 'verklaring-lease.pdf', type: 'application/pdf', size: 710 }],
    phone: '06 12345678',
    email: 'a.visser@example.nl',
    contactChannel: 'email',
    contactEmail: 'a.visser@example.nl',
  }),
} satisfies PermitExamples;
