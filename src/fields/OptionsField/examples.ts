import type { FieldExamples } from '../shared/FieldExample';

/** The questions answered by choosing: one of several, several, yes or no. */
export const optionsFieldExamples = {
  choice: [
    {
      name: 'one of two, an option with a hint',
      question: { id: 'cardKind', type: 'choice', options: ['driver', 'passenger'] },
      texts: {
        'cardKind.label': 'Voor wie is de kaart?',
        'cardKind.why': 'De regels zijn anders voor een bestuurder en een passagier.',
        'cardKind.option.driver': 'Ik rijd zelf',
        'cardKind.option.driver.hint': 'U bent de bestuurder van de auto.',
        'cardKind.option.passenger': 'Iemand rijdt mij',
      },
      invalid: { errors: { cardKind: 'Kies voor wie de kaart is.' } },
      filled: 'driver',
    },
  ],
  multiChoice: [
    {
      name: 'several days',
      question: { id: 'days', type: 'multiChoice', options: ['saturday', 'sunday'], minSelected: 1 },
      texts: {
        'days.label': 'Op welke dagen is het evenement?',
        'days.hint': 'Kies alle dagen die gelden.',
        'days.why': 'Voor elke dag gelden eigen tijden.',
        'days.option.saturday': 'Zaterdag',
        'days.option.sunday': 'Zondag',
      },
      empty: [],
      invalid: { answer: [], errors: { days: 'Kies ten minste één dag.' } },
      filled: ['saturday', 'sunday'],
    },
  ],
  yesNo: [
    {
      name: 'a yes or no',
      question: { id: 'alcohol', type: 'yesNo' },
      texts: { 'alcohol.label': 'Schenkt u alcohol?', 'alcohol.why': 'Voor het schenken van alcohol is een ontheffing nodig.' },
      invalid: { errors: { alcohol: 'Kies ja of nee.' } },
      filled: 'no',
    },
  ],
} as const satisfies Pick<FieldExamples, 'choice' | 'multiChoice' | 'yesNo'>;
