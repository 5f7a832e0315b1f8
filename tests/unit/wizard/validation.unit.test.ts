import { describe, expect, it } from 'vitest';
import { answersToSend, validateApplication, validateStep, type Answers, type Step } from '../../../src/wizard';
import { TODAY, driverAnswers, testPermit } from '../../fixtures/testPermit';

const step = (id: string): Step => {
  const found = testPermit.steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};
const codes = (answers: Answers, stepId: string) => validateStep(testPermit, step(stepId), answers, TODAY).map((error) => `${error.field}:${error.code}`);

describe('checking a step when the person presses Volgende', () => {
  it('asks for every required visible question, in page order', () => {
    expect(codes({}, 'person')).toEqual(['bsn:required', 'born:required', 'phone:required']);
  });

  it('does not ask for optional questions or questions the conditions hide', () => {
    expect(codes({ kind: 'driver', ownCar: 'no' }, 'car')).toEqual([]);
    expect(codes({ kind: 'driver', ownCar: 'yes' }, 'car')).toEqual(['plate:required']);
  });

  it('passes on the validators’ specific codes', () => {
    expect(codes({ bsn: '123456789', born: '31-02-1950', phone: '12345', email: 'a@b' }, 'person')).toEqual([
      'bsn:bsn.checksum',
      'born:date.impossible',
      'phone:phone.format',
      'email:email.domain',
    ]);
  });

  it('checks each part of an address on its own', () => {
    expect(codes({ home: { postcode: '0123 AB', houseNumber: '12a', street: '', city: 'Utrecht' } }, 'home')).toEqual([
      'home.street:address.street.required',
      'home.postcode:postcode.leadingZero',
      'home.houseNumber:address.houseNumber.format',
    ]);
  });

  it('checks numbers, lengths and multiple choice', () => {
    expect(codes({ count: '11', story: 'x'.repeat(51), aids: ['rocket'], callPhone: '0612345678' }, 'extra')).toEqual([
      'count:number.tooLarge',
      'aids:choice.unknown',
      'story:text.tooLong',
    ]);
    expect(codes({ count: '2,5', story: 'ok', callPhone: '0612345678' }, 'extra')).toEqual(['count:number.notWhole']);
    expect(codes({ count: 'drie', story: 'ok', callPhone: '0612345678' }, 'extra')).toEqual(['count:number.notANumber']);
  });
});

describe('checking a whole application, as the intake service does', () => {
  it('accepts a complete application and returns normalised answers', () => {
    const check = validateApplication(testPermit, driverAnswers, TODAY);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.answers).toMatchObject({
      kind: 'driver',
      ownCar: true,
      plate: '12ABC3',
      bsn: '111222333',
      born: '1950-06-15',
      phone: '+31612345678',
      home: { postcode: '1234AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' },
      count: 3,
      aids: ['walker'],
    });
    expect(check.answers).not.toHaveProperty('email');
  });

  it('accepts its own normalised output again (the server re-checks what the wizard sent)', () => {
    const sent = answersToSend(testPermit, driverAnswers, TODAY);
    const check = validateApplication(testPermit, sent, TODAY);
    expect(check).toEqual({ ok: true, answers: sent });
  });

  it('rejects answers to questions the conditions hide, and unknown fields', () => {
    const check = validateApplication(testPermit, { ...driverAnswers, ownCar: 'no', hacker: 'x' }, TODAY);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual(expect.arrayContaining([{ field: 'plate', code: 'answer.hidden' }, { field: 'hacker', code: 'answer.unknown' }]));
  });

  it('rejects a missing required answer and a value of the wrong type', () => {
    const { bsn: _bsn, ...withoutBsn } = driverAnswers;
    const check = validateApplication(testPermit, { ...withoutBsn, count: { nested: 'object' } as unknown as string }, TODAY);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual(expect.arrayContaining([{ field: 'bsn', code: 'required' }, { field: 'count', code: 'number.notANumber' }]));
  });

  it('leaves answers of hidden questions out of what is sent, but never drops them from the draft', () => {
    const draft = { ...driverAnswers, kind: 'passenger' };
    const sent = answersToSend(testPermit, draft, TODAY);
    expect(sent).not.toHaveProperty('plate');
    expect(sent).not.toHaveProperty('ownCar');
    expect(draft.plate).toBe('12-ABC-3');
  });
});
