import { addDays, formatDateNl } from '../../validation';
import type { PermitExamples } from '../../wizard';

/**
 * Example answer sets for a pitch permit, as a person types them. Dates lie far enough ahead of
 * the day the check runs, so each example is made for a day. File answers name files in
 * `tests/fixtures/files/` (with their exact size and type), so the browser tests attach those bytes.
 */
export const examples = {
  /** A fish van every Friday on the square, a business with a KvK number, needing power. */
  weeklyFishVan: (today) => ({
    applicantKind: 'business',
    kvkNumber: '12345678',
    applicantName: 'Vishandel Van der Wal',
    whatSold: 'Verse vis, kibbeling en broodjes vis uit een verkoopwagen.',
    pitchLocation: 'Op het Dorpsplein, bij de bank naast de kerk.',
    groundOwner: 'municipality',
    frequency: 'weekly',
    weekdays: ['friday'],
    weeklyHours: 'Van 9.00 tot 17.00 uur',
    firstDay: formatDateNl(addDays(today, 35)),
    pitchLength: '7,5',
    pitchDepth: '2,5',
    needsPower: 'yes',
    needsWater: 'no',
    documentsWhen: 'later',
    phone: '06 12345678',
    email: 'info@vishandel.example.nl',
    contactChannel: 'email',
    contactEmail: 'info@vishandel.example.nl',
  }),
  /** A one-day stall on a shop's forecourt, by a private person, with the owner's consent to hand in later. */
  onceOnPrivateGround: (today) => ({
    applicantKind: 'person',
    bsn: '123456782',
    applicantName: 'Kees Smit',
    whatSold: 'Zelfgemaakte jam en honing van mijn eigen bijen.',
    pitchLocation: 'Op het voorplein van tuincentrum De Bloem, Tuinweg 4.',
    groundOwner: 'someoneElse',
    frequency: 'once',
    pitchPeriod: { startDate: formatDateNl(addDays(today, 30)), startTime: '10:00', endDate: formatDateNl(addDays(today, 30)), endTime: '16:00' },
    pitchLength: '3',
    pitchDepth: '2',
    needsPower: 'no',
    needsWater: 'no',
    documentsWhen: 'later',
    phone: '06 11223344',
    contactChannel: 'post',
  }),
  /** Oliebollen on three days a week apart in December, by a private person: a repeating group of days. */
  threeDaysOliebollen: (today) => {
    const day = (ahead: number) => ({ pitchDay: { startDate: formatDateNl(addDays(today, ahead)), startTime: '09:00', endDate: formatDateNl(addDays(today, ahead)), endTime: '18:00' } });
    return {
      applicantKind: 'person',
      bsn: '111222333',
      applicantName: 'Fatima el Amrani',
      whatSold: 'Oliebollen en appelflappen, vers gebakken in een kraam.',
      pitchLocation: 'Op het Marktplein, bij de fontein.',
      groundOwner: 'municipality',
      frequency: 'someDays',
      pitchDays: [day(35), day(42), day(49)],
      pitchLength: '4',
      pitchDepth: '3',
      needsPower: 'yes',
      needsWater: 'yes',
      documentsWhen: 'later',
      phone: '06 55512345',
      contactChannel: 'post',
    };
  },
  /**
   * A flower stall every Saturday and Sunday on a supermarket's car park, by a business, with the
   * documents now: a photo and a drawing of the stall, and the owner's consent.
   */
  weekendFlowersDocumentsNow: (today) => ({
    applicantKind: 'business',
    kvkNumber: '87654321',
    applicantName: 'Bloemen van Dijk',
    whatSold: 'Snijbloemen en planten uit de eigen kwekerij.',
    pitchLocation: 'Op het parkeerterrein van supermarkt De Hoek, naast de ingang.',
    groundOwner: 'someoneElse',
    frequency: 'weekly',
    weekdays: ['saturday', 'sunday'],
    weeklyHours: 'Van 8.00 tot 16.00 uur',
    firstDay: formatDateNl(addDays(today, 28)),
    pitchLength: '4',
    pitchDepth: '3',
    needsPower: 'no',
    needsWater: 'yes',
    documentsWhen: 'now',
    stallPhotos: [
      { name: 'kraam.jpg', type: 'image/jpeg', size: 3490 },
      { name: 'kraam-tekening.png', type: 'image/png', size: 4840 },
    ],
    groundOwnerConsent: [{ name: 'toestemming-grondeigenaar.pdf', type: 'application/pdf', size: 707 }],
    phone: '06 98765432',
    email: 'info@bloemenvandijk.example.nl',
    contactChannel: 'email',
    contactEmail: 'info@bloemenvandijk.example.nl',
  }),
} satisfies PermitExamples;
