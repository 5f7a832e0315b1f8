import { describe, expect, it } from 'vitest';
import { checkDefinition, requiredTextKeys, type PermitDefinition } from '../../../src/wizard';
import { testPermit } from '../../fixtures/testPermit';

const textsFor = (permit: PermitDefinition) => Object.fromEntries(requiredTextKeys(permit).map((key) => [key, 'tekst']));
const check = (permit: PermitDefinition) => checkDefinition(permit, { nl: textsFor(permit), en: textsFor(permit) });

describe('the definition check catches a broken definition before a citizen does', () => {
  it('passes a sound definition', () => {
    expect(check(testPermit)).toEqual([]);
  });

  it('finds a contact-channel question that the consent screen cannot fill in', () => {
    const channel = { id: 'contactStep', questions: [{ id: 'channel', type: 'choice', options: ['post', 'email', 'phone'] }] };
    const sound = { ...testPermit, contactChannelQuestion: 'channel', steps: [...testPermit.steps, channel] } as PermitDefinition;
    expect(check(sound)).toEqual([]);
    const wrongOptions = { ...sound, steps: [...testPermit.steps, { ...channel, questions: [{ id: 'channel', type: 'choice', options: ['post', 'pigeon'] }] }] } as PermitDefinition;
    expect(check(wrongOptions)).toEqual([expect.stringContaining('contactChannelQuestion "channel" must be a choice question')]);
    expect(check({ ...testPermit, contactChannelQuestion: 'missing' } as PermitDefinition)).toEqual([expect.stringContaining('contactChannelQuestion "missing"')]);
  });

  it('finds a condition on a later or unknown question', () => {
    const broken = { ...testPermit, steps: [{ id: 'first', showIf: { question: 'kind', equals: 'driver' }, questions: [{ id: 'x', type: 'text' }] }, ...testPermit.steps] } as PermitDefinition;
    expect(check(broken)).toEqual([expect.stringContaining('condition reads "kind"')]);
  });

  it('finds a condition comparing with a value the question can never have', () => {
    const broken = { ...testPermit, steps: [testPermit.steps[0], { ...testPermit.steps[1], showIf: { question: 'kind', equals: 'pilot' } }] } as PermitDefinition;
    expect(check(broken)).toEqual([expect.stringContaining('which it can never be')]);
  });

  it('finds duplicate ids, bad versions and a prefill from a later question', () => {
    const broken = {
      ...testPermit,
      version: 0,
      steps: [
        { id: 'a', questions: [{ id: 'same', type: 'text', prefillFrom: 'later' }] },
        { id: 'b', questions: [{ id: 'same', type: 'text' }, { id: 'later', type: 'text' }] },
      ],
    } as PermitDefinition;
    const problems = check(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('version'),
        expect.stringContaining('id is used twice'),
        expect.stringContaining('prefillFrom "later"'),
      ]),
    );
  });

  it('finds a fee in part cents, or one that does not say whether a refusal costs it too', () => {
    const fees = [
      { id: 'half', amountCents: 10.5, keptWhenRefused: true },
      { id: 'unsaid', amountCents: 1000 },
    ];
    const broken = { ...testPermit, fees } as unknown as PermitDefinition;
    expect(checkDefinition(broken, {})).toEqual([
      'test-permit@3 fee "half": amount must be whole cents',
      'test-permit@3 fee "unsaid": keptWhenRefused must say whether a refusal costs this too',
    ]);
  });

  it('finds a missing text in one language', () => {
    const texts = textsFor(testPermit);
    const { ['permit.test-permit.q.bsn.why']: _why, ...english } = texts;
    expect(checkDefinition(testPermit, { nl: texts, en: english })).toEqual(['test-permit@3: text "permit.test-permit.q.bsn.why" is missing in "en"']);
  });
});
