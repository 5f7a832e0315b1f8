import { describe, expect, it } from 'vitest';
import { answersToSend, validateApplication, validateStep, type Answers, type PermitDefinition } from '../../../src/wizard';

/** One question of each kind that holds typed text, so every depth of an answer is covered. */
const permit = {
  id: 'text-permit',
  version: 1,
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [
    {
      id: 'texts',
      questions: [
        { id: 'name', type: 'text' },
        { id: 'story', type: 'longText', optional: true },
        { id: 'email', type: 'email', optional: true },
        { id: 'home', type: 'address', optional: true },
        { id: 'period', type: 'dateTimeRange', optional: true },
        { id: 'photo', type: 'file', accept: ['pdf'], optional: true },
        { id: 'vehicles', type: 'group', optional: true, maxEntries: 2, items: [{ id: 'plate', type: 'text', maxLength: 15 }] },
      ],
    },
  ],
} as const satisfies PermitDefinition;
const [step] = permit.steps;
const TODAY = '2026-11-29';
const home = { postcode: '3511 AB', houseNumber: '1', street: 'Oudegracht', city: 'Utrecht' };
const period = { startDate: '01-12-2026', startTime: '10:00', endDate: '01-12-2026', endTime: '12:00' };

const stepErrors = (answers: Answers) => validateStep(permit, step, answers, TODAY).map((error) => `${error.field}:${error.code}`);
const serviceErrors = (answers: Answers) => {
  const check = validateApplication(permit, answers, TODAY);
  return check.ok ? [] : check.errors.map((error) => `${error.field}:${error.code}`);
};

describe('an answer with a character nobody means to type', () => {
  it.each([
    ['a one-line answer', { name: 'Jan\u0000' }, 'name:text.unsafe'],
    ['a one-line answer with a line break', { name: 'Jan\nde Vries' }, 'name:text.unsafe'],
    ['a one-line answer with a vertical tab that trimming would hide', { name: 'Jan\u000b' }, 'name:text.unsafe'],
    ['a multi-line answer with a terminal escape', { name: 'Jan', story: 'regel\u001b[2J' }, 'story:text.unsafe'],
    ['an e-mail address with a zero-width space', { name: 'Jan', email: 'jan\u200b@voorbeeld.nl' }, 'email:text.unsafe'],
    ['a part of an address with a right-to-left override', { name: 'Jan', home: { ...home, street: 'Oude\u202egracht' } }, 'home.street:text.unsafe'],
    ['a part of a period with a byte order mark', { name: 'Jan', period: { ...period, startTime: '10:00\ufeff' } }, 'period.startTime:text.unsafe'],
    ['an item of a group entry with a lone surrogate', { name: 'Jan', vehicles: [{ plate: 'AB\ud83d' }] }, 'vehicles.0.plate:text.unsafe'],
    ['a file name with a right-to-left override', { name: 'Jan', photo: [{ name: 'scan\u202efdp.pdf', type: 'application/pdf', size: 10 }] }, 'photo:file.name'],
    ['a file name with a zero-width joiner', { name: 'Jan', photo: [{ name: 'scan\u200d.pdf', type: 'application/pdf', size: 10 }] }, 'photo:file.name'],
  ] as const)('is refused at its own field on the page and at the service: %s', (_what, answers, expected) => {
    expect(stepErrors(answers as Answers)).toEqual([expected]);
    expect(serviceErrors(answers as Answers)).toEqual([expected]);
    expect(answersToSend(permit, answers as Answers, TODAY)).not.toHaveProperty(expected.split(/[.:]/)[0] ?? '');
  });

  it('lets line breaks and tabs through in a multi-line answer, and every script with its joiners', () => {
    const answers = {
      name: 'Zoë İpek می\u200cخواهم 👨\u200d👩\u200d👧',
      story: 'Eerste regel\r\nTweede\tregel',
      email: 'zoë@voorbeeld.nl',
      home: { ...home, street: 'شارع السلام' },
      period,
      photo: [{ name: 'Brûlé İstanbul.pdf', type: 'application/pdf', size: 10 }],
      vehicles: [{ plate: 'İZ-123' }],
    };
    expect(stepErrors(answers)).toEqual([]);
    const check = validateApplication(permit, answers, TODAY);
    expect(check.ok && check.answers.story).toBe('Eerste regel\r\nTweede\tregel');
    expect(check.ok && check.answers.name).toBe(answers.name);
  });
});
