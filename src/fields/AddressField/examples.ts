import type { FieldExamples } from '../shared/FieldExample';

const texts = { 'home.label': 'Wat is uw adres?', 'home.why': 'De kaart geldt in de gemeente waar u woont.' };

/** An address: a wrong part gets its own message; nothing filled in, every box that needs input carries the question's. */
export const addressFieldExamples = {
  address: [
    {
      name: 'a wrong postcode',
      question: { id: 'home', type: 'address' },
      texts,
      invalid: {
        answer: { postcode: '12', houseNumber: '7', street: 'Dorpsstraat', city: 'Utrecht' },
        errors: { 'home.postcode': 'Vul een postcode in zoals 1234 AB.' },
      },
      filled: { postcode: '3521 AZ', houseNumber: '10', houseLetter: '', addition: '', street: 'Croeselaan', city: 'Utrecht' },
    },
    {
      name: 'nothing filled in',
      question: { id: 'home', type: 'address' },
      texts,
      invalid: { errors: { home: 'Vul uw adres in.' } },
      filled: { postcode: '1234 AB', houseNumber: '12', houseLetter: 'a', addition: '2', street: 'Dorpsstraat', city: 'Utrecht' },
    },
  ],
} as const satisfies Pick<FieldExamples, 'address'>;
