import { describe, expect, it } from 'vitest';
import { openDraftWithDefinition, type Draft } from '../../../src/drafts';
import { gehandicaptenparkeerkaart } from '../../../src/definitions/gehandicaptenparkeerkaart/definition';
import { examples } from '../../../src/definitions/gehandicaptenparkeerkaart/examples';
import { firstUnfinishedStepId } from '../../../src/wizard';
import { TODAY } from '../../fixtures/testPermit';

describe('a parking-card draft made before attachments (version 1)', () => {
  const { identityDocument: _id, passportPhoto: _photo, ...version1Answers } = examples.firstApplicationDriver();
  const draft: Draft = {
    id: 'draft-v1',
    permitId: gehandicaptenparkeerkaart.id,
    permitVersion: 1,
    answers: version1Answers,
    stepId: 'contactPreference',
    startedAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:30:00.000Z',
  };

  it('opens with the current form, keeping every answer, and continues at the copy of the ID', () => {
    expect(gehandicaptenparkeerkaart.version).toBe(2);
    const { draft: opened, changes } = openDraftWithDefinition(draft, gehandicaptenparkeerkaart);
    expect(changes).toEqual([]);
    expect(opened).toMatchObject({ permitVersion: 2, answers: version1Answers, stepId: 'contactPreference' });
    expect(firstUnfinishedStepId(gehandicaptenparkeerkaart, opened.answers, TODAY)).toBe('identityDocument');
  });

  it('keeps a file answer with its reference to the bytes on the tablet', () => {
    const withFile = { ...draft, answers: { ...version1Answers, passportPhoto: [{ name: 'pasfoto.jpg', type: 'image/jpeg', size: 4845, ref: 'draft-v1/passportPhoto/1' }] } };
    expect(openDraftWithDefinition(withFile, gehandicaptenparkeerkaart).draft.answers.passportPhoto).toEqual(withFile.answers.passportPhoto);
  });
});
