import type { FieldExamples } from '../shared/FieldExample';

const texts = { 'period.label': 'Wanneer is het evenement?', 'period.why': 'Zo weten we of we op tijd kunnen beslissen.' };

/** A period: nothing filled in (the question's message on every box), or one part wrong (its own message). */
export const dateTimeRangeFieldExamples = {
  dateTimeRange: [
    {
      name: 'nothing filled in',
      question: { id: 'period', type: 'dateTimeRange' },
      texts,
      invalid: { errors: { period: 'Vul in wanneer het evenement begint en eindigt.' } },
      filled: { startDate: '12-6-2027', startTime: '14.00', endDate: '12-6-2027', endTime: '23.00' },
    },
    {
      name: 'an end before the start',
      question: { id: 'period', type: 'dateTimeRange', rules: { minDaysAhead: 28 } },
      texts,
      invalid: {
        answer: { startDate: '12-6-2027', startTime: '14.00', endDate: '11-6-2027', endTime: '23.00' },
        errors: { 'period.endDate': 'Het einde moet na het begin liggen.' },
      },
      filled: { startDate: '12-6-2027', startTime: '14.00', endDate: '13-6-2027', endTime: '01.00' },
    },
  ],
} as const satisfies Pick<FieldExamples, 'dateTimeRange'>;
