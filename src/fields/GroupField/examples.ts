import type { FieldExamples } from '../shared/FieldExample';

/** A repeating group: the entries a step starts with, one left empty (its boxes carry the group's message), and two filled in. */
export const groupFieldExamples = {
  group: [
    {
      name: 'licence plates',
      question: {
        id: 'vehicles',
        type: 'group',
        items: [
          { id: 'plate', type: 'text', format: 'kenteken' },
          { id: 'foreign', type: 'yesNo' },
        ],
        maxEntries: 3,
      },
      texts: {
        'vehicles.label': 'Voor welke auto’s is de vergunning?',
        'vehicles.why': 'De vergunning hoort bij een kenteken.',
        'vehicles.entry': 'Auto {number}',
        'vehicles.add': 'Nog een auto toevoegen',
        'vehicles.remove': 'Auto {number} verwijderen',
        'plate.label': 'Kenteken',
        'plate.why': 'Zo herkent de handhaver de auto.',
        'foreign.label': 'Is het een buitenlands kenteken?',
        'foreign.why': 'Een buitenlands kenteken heeft een andere vorm.',
      },
      empty: [{}],
      invalid: { answer: [{}], errors: { vehicles: 'Vul ten minste één auto in.' } },
      filled: [
        { plate: '12-ABC-3', foreign: 'no' },
        { plate: 'B-XY 123', foreign: 'yes' },
      ],
    },
  ],
} as const satisfies Pick<FieldExamples, 'group'>;
