import type { FieldExamples } from '../shared/FieldExample';

/** The questions answered by typing, one or two of each type. */
export const textInputFieldExamples = {
  text: [
    {
      name: 'a name',
      question: { id: 'name', type: 'text', autocomplete: 'name' },
      texts: { 'name.label': 'Wat is uw naam?', 'name.why': 'Zo weten we wie de aanvraag doet.' },
      invalid: { errors: { name: 'Vul uw naam in.' } },
      filled: 'Fatima el Amrani',
    },
    {
      name: 'a licence plate, with a hint',
      question: { id: 'plate', type: 'text', format: 'kenteken' },
      texts: { 'plate.label': 'Wat is het kenteken?', 'plate.hint': 'Bijvoorbeeld 12-ABC-3.', 'plate.why': 'De kaart hoort bij één auto.' },
      invalid: { answer: '12', errors: { plate: 'Een kenteken heeft 6 letters en cijfers, bijvoorbeeld 12-ABC-3.' } },
      filled: '12-ABC-3',
    },
  ],
  longText: [
    {
      name: 'a description',
      question: { id: 'description', type: 'longText' },
      texts: { 'description.label': 'Wat voor evenement is het?', 'description.why': 'Zo weten we welke regels gelden.' },
      invalid: { errors: { description: 'Beschrijf kort wat voor evenement het is.' } },
      filled: 'Een buurtfeest met muziek en een springkussen.',
    },
    {
      name: 'an optional note',
      question: { id: 'note', type: 'longText', optional: true, maxLength: 500 },
      texts: { 'note.label': 'Wilt u nog iets vertellen?', 'note.why': 'Dan kunnen we daar rekening mee houden.' },
      invalid: { answer: 'Ik kan slecht lopen.', errors: { note: 'Gebruik ten hoogste 500 tekens.' } },
      filled: 'Ik kan slecht lopen en heb de auto dicht bij huis nodig.',
    },
  ],
  number: [
    {
      name: 'a number of visitors',
      question: { id: 'visitors', type: 'number', min: 1 },
      texts: { 'visitors.label': 'Hoeveel bezoekers verwacht u?', 'visitors.why': 'Bij veel bezoekers zijn andere regels nodig.' },
      invalid: { answer: 'veel', errors: { visitors: 'Vul een getal in, bijvoorbeeld 150.' } },
      filled: '150',
    },
  ],
  date: [
    {
      name: 'a start date, with a hint',
      question: { id: 'startDate', type: 'date', rules: { notInPast: true } },
      texts: { 'startDate.label': 'Wanneer begint het?', 'startDate.hint': 'Bijvoorbeeld 17-9-2027.', 'startDate.why': 'Zo weten we of we op tijd kunnen beslissen.' },
      invalid: { answer: '31-2-2027', errors: { startDate: 'Deze datum bestaat niet. Vul een datum in zoals 17-9-2027.' } },
      filled: '17-9-2027',
    },
  ],
  email: [
    {
      name: 'an email address',
      question: { id: 'email', type: 'email', autocomplete: 'email' },
      texts: { 'email.label': 'Wat is uw e-mailadres?', 'email.why': 'Daar sturen we het besluit naartoe.' },
      invalid: { answer: 'fatima.nl', errors: { email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.' } },
      filled: 'fatima@voorbeeld.nl',
    },
  ],
  phone: [
    {
      name: 'a phone number',
      question: { id: 'phone', type: 'phone', autocomplete: 'tel' },
      texts: { 'phone.label': 'Op welk telefoonnummer kunnen we u bellen?', 'phone.why': 'Dan kunnen we u bellen als we een vraag hebben.' },
      invalid: { answer: '06-123', errors: { phone: 'Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 06 12345678.' } },
      filled: '06 12345678',
    },
  ],
} as const satisfies Pick<FieldExamples, 'text' | 'longText' | 'number' | 'date' | 'email' | 'phone'>;
