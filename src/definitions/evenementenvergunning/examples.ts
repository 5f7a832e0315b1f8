import { addDays, formatDateNl } from '../../validation';
import type { Answers, PermitExamples } from '../../wizard';

/** A day `daysAhead` after `today`, as a person types it (`dd-mm-jjjj`). */
const dayAhead = (today: string, daysAhead: number) => formatDateNl(addDays(today, daysAhead));

/**
 * The threshold answers of a small neighbourhood party: 80 visitors, one day, daytime, no road
 * closed, no large tent. The outcome hands it over to the melding klein evenement, so it is not an
 * application of this permit and not in `examples`; the routing tests use it.
 */
export const neighbourhoodPartyThresholds = {
  maxVisitors: '80',
  moreThanOneDay: 'no',
  earlyOrLate: 'no',
  closesRoad: 'no',
  largeStructures: 'no',
} as const satisfies Answers;

/**
 * Example answer sets for the event permit, as a person types them. Event dates lie far enough
 * ahead of the day the check runs, so each example is made for a day. File answers name files in
 * `tests/fixtures/files/` (with their exact size and type), so the browser tests attach those bytes.
 */
export const examples = {
  /** A 2,000-visitor festival over a weekend with a road closed and a large tent: every reason for a permit. */
  festival: (today) => ({
    maxVisitors: '2.000',
    moreThanOneDay: 'yes',
    earlyOrLate: 'yes',
    closesRoad: 'yes',
    largeStructures: 'yes',
    organiserKind: 'organisation',
    kvkNumber: '12345678',
    organiserName: 'Stichting Zomer in het Park',
    organiserPhone: '030 123 4567',
    organiserEmail: 'info@example.nl',
    contactPersonName: 'Lisa Jansen',
    contactDuringEventPhone: '06 87654321',
    eventName: 'Zomer in het Park',
    eventDescription: 'Een muziekfestival met twee podia, eten en drinken. Voor jong en oud.',
    eventDays: [
      { eventDay: { startDate: dayAhead(today, 100), startTime: '12:00', endDate: dayAhead(today, 101), endTime: '00:30' } },
      { eventDay: { startDate: dayAhead(today, 101), startTime: '12:00', endDate: dayAhead(today, 101), endTime: '23:30' } },
    ],
    buildUp: { startDate: dayAhead(today, 97), startTime: '08:00', endDate: dayAhead(today, 99), endTime: '20:00' },
    breakDown: { startDate: dayAhead(today, 102), startTime: '08:00', endDate: dayAhead(today, 103), endTime: '18:00' },
    eventLocation: 'Het grote veld in het Wilhelminapark, Utrecht.',
    groundOwner: 'municipality',
    amplifiedMusic: 'yes',
    musicTimes: 'Van 13.00 tot 0.00 uur op zaterdag, van 13.00 tot 23.00 uur op zondag',
    alcohol: 'yes',
    cooking: ['foodStalls', 'gasBottles'],
    structuresDescription: 'Een tent van 20 bij 10 meter en een podium van 8 bij 6 meter.',
    roadsToClose: 'De Wilhelminalaan tussen de Nachtegaalstraat en de Burgemeester Reigerstraat.',
    trafficControllers: '6',
    firstAid: 'professional',
    security: 'yes',
    securityCompany: 'Veilig Evenement BV',
    documentsWhen: 'later',
    contactChannel: 'email',
    contactEmail: 'info@example.nl',
  }),
  /**
   * A street party that needs a permit only because it closes the street: a person organises it,
   * one day, no music; the decision comes by post.
   */
  streetPartyRoadClosed: (today) => ({
    maxVisitors: '120',
    moreThanOneDay: 'no',
    earlyOrLate: 'no',
    closesRoad: 'yes',
    largeStructures: 'no',
    organiserKind: 'person',
    bsn: '111222333',
    organiserName: 'Fatima Bakker',
    organiserPhone: '06 12345678',
    organiserEmail: 'fatima@example.nl',
    contactPersonName: 'Fatima Bakker',
    contactDuringEventPhone: '06 12345678',
    eventName: 'Straatfeest Kastanjelaan',
    eventDescription: 'Een straatfeest met tafels op straat en spelletjes voor de kinderen.',
    eventPeriod: { startDate: dayAhead(today, 70), startTime: '14:00', endDate: dayAhead(today, 70), endTime: '21:00' },
    buildUp: { startDate: dayAhead(today, 70), startTime: '12:00', endDate: dayAhead(today, 70), endTime: '14:00' },
    breakDown: { startDate: dayAhead(today, 70), startTime: '21:00', endDate: dayAhead(today, 70), endTime: '22:30' },
    eventLocation: 'Kastanjelaan, tussen huisnummer 1 en 40, Utrecht.',
    groundOwner: 'municipality',
    amplifiedMusic: 'no',
    alcohol: 'no',
    cooking: [],
    roadsToClose: 'De Kastanjelaan tussen huisnummer 1 en 40.',
    trafficControllers: '2',
    firstAid: 'firstAiders',
    security: 'no',
    documentsWhen: 'later',
    contactChannel: 'post',
  }),
  /**
   * The festival with its documents now: its size, tent, and road closure ask for a safety plan,
   * floor plans (two) and a traffic plan besides the sketch; the programme and the letter to the
   * neighbours go along too.
   */
  festivalDocumentsNow: (today): Answers => ({
    ...examples.festival(today),
    documentsWhen: 'now',
    situationSketch: [{ name: 'situatieschets.png', type: 'image/png', size: 4705 }],
    floorPlans: [
      { name: 'plattegrond-tent.pdf', type: 'application/pdf', size: 698 },
      { name: 'plattegrond-podium.png', type: 'image/png', size: 3763 },
    ],
    safetyPlan: [{ name: 'veiligheidsplan.pdf', type: 'application/pdf', size: 697 }],
    trafficPlan: [{ name: 'verkeersplan.jpg', type: 'image/jpeg', size: 2756 }],
    programme: [{ name: 'programma.pdf', type: 'application/pdf', size: 691 }],
    neighbourLetter: [{ name: 'brief-aan-buren.pdf', type: 'application/pdf', size: 700 }],
  }),
} satisfies PermitExamples;
