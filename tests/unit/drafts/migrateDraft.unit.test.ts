import { describe, expect, it } from 'vitest';
import { openDraftWithDefinition, type Draft } from '../../../src/drafts';
import type { Answers, PermitDefinition } from '../../../src/wizard';
import { groupPermit } from '../../fixtures/groupPermit';
import { testPermit } from '../../fixtures/testPermit';

/**
 * The test permit as it was at version 2: "home" was a free-text question, "kind" had a cyclist
 * option, "aids" offered a scooter, and there was a step about a parking spot that version 3 dropped.
 */
const olderTestPermit = {
  id: 'test-permit',
  version: 2,
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [
    { id: 'kind', questions: [{ id: 'kind', type: 'choice', options: ['driver', 'passenger', 'cyclist'] }] },
    { id: 'spot', questions: [{ id: 'parkingSpot', type: 'text' }] },
    { id: 'person', questions: [{ id: 'bsn', type: 'text', format: 'bsn' }, { id: 'born', type: 'date' }] },
    { id: 'home', questions: [{ id: 'home', type: 'text' }] },
    {
      id: 'extra',
      questions: [
        { id: 'count', type: 'number' },
        { id: 'aids', type: 'multiChoice', options: ['cane', 'walker', 'scooter'], optional: true },
        { id: 'story', type: 'longText' },
      ],
    },
  ],
} as const satisfies PermitDefinition;

const draftFrom = (permit: PermitDefinition, answers: Answers, stepId = 'spot'): Draft => ({
  id: 'draft-1',
  permitId: permit.id,
  permitVersion: permit.version,
  answers,
  stepId,
  startedAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:30:00.000Z',
});

describe('opening a draft made with an older version of the form', () => {
  it('keeps what still fits, drops and reports the rest, and moves the draft to the new version', () => {
    const old = draftFrom(olderTestPermit, {
      kind: 'cyclist',
      parkingSpot: 'Naast de ingang',
      bsn: '1112 22 333',
      born: '15-6-1950',
      home: 'Dorpsstraat 12, Utrecht',
      count: '3',
      aids: ['walker', 'scooter'],
      story: 'Ik kan niet ver lopen.',
    });

    const { draft, changes } = openDraftWithDefinition(old, testPermit);

    expect(draft.permitVersion).toBe(testPermit.version);
    expect(draft.answers).toEqual({
      bsn: '1112 22 333',
      born: '15-6-1950',
      count: '3',
      aids: ['walker'],
      story: 'Ik kan niet ver lopen.',
    });
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'answerRemoved', questionId: 'kind', reason: 'optionRemoved' },
        { kind: 'answerRemoved', questionId: 'parkingSpot', reason: 'questionRemoved' },
        { kind: 'answerRemoved', questionId: 'home', reason: 'typeChanged' },
        { kind: 'optionsRemoved', questionId: 'aids', values: ['scooter'] },
        { kind: 'stepRemoved', stepId: 'spot' },
      ]),
    );
    expect(changes).toHaveLength(5);
    expect(draft.stepId).toBeUndefined();
    expect({ ...draft, answers: undefined, permitVersion: undefined }).toEqual({ ...old, answers: undefined, permitVersion: undefined, stepId: undefined });
  });

  it('keeps the step and every answer when nothing they use changed', () => {
    const old = draftFrom(olderTestPermit, { kind: 'driver', story: 'Kort', aids: ['cane'] }, 'extra');
    const { draft, changes } = openDraftWithDefinition(old, testPermit);
    expect(changes).toEqual([]);
    expect(draft).toEqual({ ...old, permitVersion: 3 });
  });

  it('drops a multiple-choice answer whose every choice is gone', () => {
    const { draft, changes } = openDraftWithDefinition(draftFrom(olderTestPermit, { aids: ['scooter'] }, 'extra'), testPermit);
    expect(draft.answers).toEqual({});
    expect(changes).toEqual([{ kind: 'answerRemoved', questionId: 'aids', reason: 'optionRemoved' }]);
  });

  it('leaves a draft of the current version as it is', () => {
    const current = draftFrom(testPermit, { kind: 'pilot', gone: 'x' }, 'nowhere');
    expect(openDraftWithDefinition(current, testPermit)).toEqual({ draft: current, changes: [] });
  });

  it('never throws on answers of an unexpected shape', () => {
    const odd = { kind: 7, ownCar: 'maybe', home: null, aids: 'walker', born: ['x'], count: true, email: undefined } as unknown as Answers;
    const { draft, changes } = openDraftWithDefinition(draftFrom(olderTestPermit, odd, 'kind'), testPermit);
    expect(draft.answers).toEqual({});
    expect(changes.map((change) => change.kind === 'answerRemoved' && change.reason)).toEqual(Array(6).fill('typeChanged'));
  });
});

describe('opening a draft when one question became a repeating group', () => {
  /** The group permit as if its first version asked about one vehicle, at the top level. */
  const oneVehicle = {
    ...groupPermit,
    version: 0,
    steps: [{ id: 'vehicle', questions: [{ id: 'plateCountry', type: 'choice', options: ['netherlands', 'abroad'] }, { id: 'kenteken', type: 'text' }, { id: 'colour', type: 'text' }] }],
  } as const satisfies PermitDefinition;

  it('moves the answers into the group\'s first entry and reports what no item asks', () => {
    const old = draftFrom(oneVehicle, { plateCountry: 'netherlands', kenteken: '12-abc-3', colour: 'rood' }, 'vehicle');
    const { draft, changes } = openDraftWithDefinition(old, groupPermit);
    expect(draft.permitVersion).toBe(1);
    expect(draft.answers).toEqual({ vehicles: [{ plateCountry: 'netherlands', kenteken: '12-abc-3' }] });
    expect(changes).toEqual([
      { kind: 'answerRemoved', questionId: 'colour', reason: 'questionRemoved' },
      { kind: 'stepRemoved', stepId: 'vehicle' },
    ]);
  });

  it('keeps a group\'s entries, without items the group no longer asks', () => {
    const older = { ...groupPermit, version: 0 } as PermitDefinition;
    const old = draftFrom(older, { vehicles: [{ plateCountry: 'abroad', foreignPlate: 'B-1', wheels: '4' }, { wheels: '3' }] }, 'vehicles');
    const { draft, changes } = openDraftWithDefinition(old, groupPermit);
    expect(draft.answers).toEqual({ vehicles: [{ plateCountry: 'abroad', foreignPlate: 'B-1' }] });
    expect(changes).toEqual([{ kind: 'optionsRemoved', questionId: 'vehicles', values: ['wheels'] }]);
  });
});
