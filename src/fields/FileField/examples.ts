import type { FieldExamples } from '../shared/FieldExample';

/** A file question: a photo, or several documents. */
export const fileFieldExamples = {
  file: [
    {
      name: 'one photo',
      question: { id: 'photo', type: 'file', accept: ['jpeg', 'png'] },
      texts: { 'photo.label': 'Voeg een pasfoto toe', 'photo.hint': 'Een foto van uw gezicht, recht van voren.', 'photo.why': 'De foto komt op de kaart.' },
      invalid: { errors: { photo: 'Voeg een pasfoto toe.' } },
      filled: [{ name: 'pasfoto.jpg', type: 'image/jpeg', size: 234_567, ref: 'photo-1' }],
    },
    {
      name: 'several documents',
      question: { id: 'plans', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 3, optional: true },
      texts: { 'plans.label': 'Tekeningen van de opbouw', 'plans.why': 'Zo kan de brandweer de vluchtwegen nagaan.' },
      invalid: { errors: { plans: 'Voeg ten hoogste 3 bestanden toe.' } },
      filled: [
        { name: 'plattegrond.pdf', type: 'application/pdf', size: 1_234_567, ref: 'plans-1' },
        { name: 'podium.png', type: 'image/png', size: 345_678, ref: 'plans-2' },
      ],
    },
  ],
} as const satisfies Pick<FieldExamples, 'file'>;
