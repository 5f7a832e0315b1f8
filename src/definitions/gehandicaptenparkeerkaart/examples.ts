import type { PermitExamples } from '../../wizard';

/**
 * Example answer sets for the disabled parking card, as a person would type them (raw values:
 * dates as `dd-mm-jjjj`, yes/no as `'yes'`/`'no'`). Each answers exactly the questions that are
 * visible on its path, so `validateApplication` accepts it. Used by unit, accessibility and
 * browser tests. File answers name files in `tests/fixtures/files/` (with their exact size and
 * type, which a unit test checks), so the browser tests attach those bytes.
 */
export const examples = {
  /** First application for a driver's card: every medical-assessment question is asked. */
  firstApplicationDriver: () => ({
    cardKind: 'driver',
    applicationKind: 'first',
    bsn: '111222333',
    givenNames: 'Johanna Maria',
    familyName: 'van den Berg',
    dateOfBirth: '15-06-1950',
    homeAddress: { postcode: '1234 AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' },
    phone: '06 12345678',
    email: 'j.vandenberg@example.nl',
    drivesOwnCar: 'yes',
    carAdapted: 'no',
    walkingDistance: 'under50',
    walkingAids: ['cane'],
    longerThanSixMonths: 'yes',
    limitationDescription: 'Ik heb een slechte heup. Na 30 meter heb ik veel pijn en moet ik stoppen.',
    recentAssessment: 'no',
    mayContactDoctor: 'yes',
    doctorName: 'Dokter De Vries, Huisartsenpraktijk Oost',
    assessmentPhone: '06 12345678',
    identityDocument: [{ name: 'identiteitsbewijs.pdf', type: 'application/pdf', size: 705 }],
    passportPhoto: [{ name: 'pasfoto.jpg', type: 'image/jpeg', size: 4845 }],
    contactChannel: 'email',
    contactEmail: 'j.vandenberg@example.nl',
  }),
  /**
   * Renewal of a passenger card with no change in health: the current-card step is asked, the
   * own-car and medical-assessment steps are not; no e-mail address, contact by letter.
   */
  renewalPassengerUnchanged: () => ({
    cardKind: 'passenger',
    applicationKind: 'renewal',
    currentCardNumber: '2021-004512',
    situationChanged: 'no',
    bsn: '123456782',
    givenNames: 'Hendrik',
    familyName: 'Jansen',
    dateOfBirth: '03-11-1941',
    homeAddress: { postcode: '1234 AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' },
    phone: '06 12345678',
    usualDriver: 'household',
    walkingDistance: 'from50to100',
    walkingAids: ['walker', 'wheelchair'],
    longerThanSixMonths: 'yes',
    limitationDescription: 'Ik heb hartfalen. Na een paar minuten lopen ben ik heel moe en kortademig.',
    identityDocument: [{ name: 'identiteitsbewijs-voorkant.jpg', type: 'image/jpeg', size: 15575 }],
    passportPhoto: [{ name: 'pasfoto.jpg', type: 'image/jpeg', size: 4845 }],
    contactChannel: 'post',
  }),
} satisfies PermitExamples;
