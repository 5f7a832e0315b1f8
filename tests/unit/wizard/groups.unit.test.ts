import { describe, expect, it } from 'vitest';
import {
  answersToSend,
  blankEntry,
  checkDefinition,
  isAnswered,
  locateField,
  normalizeAnswer,
  requiredTextKeys,
  validateApplication,
  validateStep,
  visibleEntryItems,
  visiblePlan,
  type PermitDefinition,
} from '../../../src/wizard';
import { groupPermit } from '../../fixtures/groupPermit';

const today = '2026-11-29';
const vehicles = groupPermit.steps[0].questions[0];
const own = { plateCountry: 'netherlands', kenteken: '12-abc-3', leased: 'no' };
const belgian = { plateCountry: 'abroad', foreignPlate: '1-ABC-123', leased: 'yes' };

describe('a repeating group', () => {
  it('sends each filled-in entry normalised, with only the items that entry asks', () => {
    const typed = [{ ...own, foreignPlate: 'typed before switching to a Dutch plate', extras: [] }, belgian];
    expect(normalizeAnswer(vehicles, typed, today)).toEqual({
      status: 'valid',
      value: [
        { plateCountry: 'netherlands', kenteken: '12ABC3', leased: false },
        { plateCountry: 'abroad', foreignPlate: '1-ABC-123', leased: true },
      ],
    });
  });

  it('leaves out a blank entry that was added and not used, and counts no entries as not answered', () => {
    expect(normalizeAnswer(vehicles, [own, { extras: [] }, {}], today)).toMatchObject({ status: 'valid', value: [{ kenteken: '12ABC3' }] });
    expect(normalizeAnswer(vehicles, [{ extras: [] }], today)).toEqual({ status: 'empty' });
    expect(isAnswered([{ extras: [], kenteken: '' }])).toBe(false);
    expect(validateStep(groupPermit, groupPermit.steps[0], { vehicles: [blankEntry(vehicles)] }, today)).toEqual([{ field: 'vehicles', code: 'required' }]);
  });

  it('names a problem by entry and item, so the summary can lead to that box', () => {
    const result = normalizeAnswer(vehicles, [own, { plateCountry: 'netherlands', kenteken: 'nope', leased: 'yes' }, { plateCountry: 'abroad' }], today);
    expect(result).toEqual({
      status: 'invalid',
      errors: [
        { field: 'vehicles.1.kenteken', code: 'kenteken.length' },
        { field: 'vehicles.2.foreignPlate', code: 'required' },
        { field: 'vehicles.2.leased', code: 'required' },
      ],
    });
    const location = locateField(groupPermit.steps[0].questions, 'vehicles.1.kenteken');
    expect(location?.question.id).toBe('kenteken');
    expect(location?.entry?.index).toBe(1);
    expect(location?.entry?.group.id).toBe('vehicles');
    expect(locateField(groupPermit.steps[0].questions, 'vehicles')?.entry).toBeUndefined();
  });

  it('refuses more entries than allowed and fewer than needed', () => {
    expect(normalizeAnswer(vehicles, [own, own, own, own], today)).toEqual({ status: 'invalid', errors: [{ field: 'vehicles', code: 'group.tooMany', params: { max: 3 } }] });
    const pair = { ...vehicles, minEntries: 2 };
    expect(normalizeAnswer(pair, [own], today)).toEqual({ status: 'invalid', errors: [{ field: 'vehicles', code: 'group.tooFew', params: { min: 2 } }] });
    expect(normalizeAnswer(vehicles, 'one car', today)).toEqual({ status: 'invalid', errors: [{ field: 'vehicles', code: 'answer.wrongType' }] });
    expect(normalizeAnswer(vehicles, ['a plate'], today)).toEqual({ status: 'invalid', errors: [{ field: 'vehicles', code: 'answer.wrongType' }] });
  });

  it('shows an item per entry by that entry\'s own answers', () => {
    expect(visibleEntryItems(vehicles, { plateCountry: 'abroad' }, today).map((item) => item.id)).toEqual(['plateCountry', 'foreignPlate', 'leased', 'extras']);
    expect(visibleEntryItems(vehicles, undefined, today).map((item) => item.id)).toEqual(['plateCountry', 'leased', 'extras']);
    expect(blankEntry(vehicles)).toEqual({ extras: [] });
  });

  it('lets a later step depend on some entry (someEntry), judged on normalised answers', () => {
    const steps = (answers: Parameters<typeof visiblePlan>[1]) => visiblePlan(groupPermit, answers, today).map(({ step }) => step.id);
    expect(steps({ vehicles: [own] })).toEqual(['vehicles', 'days']);
    expect(steps({ vehicles: [own, belgian] })).toEqual(['vehicles', 'lease', 'days']);
    // An entry that is not valid yet says nothing about the vehicles.
    expect(steps({ vehicles: [{ ...belgian, leased: 'maybe' }] })).toEqual(['vehicles', 'days']);
  });

  it('is checked by the intake service as strictly as the top level: no unknown or hidden items', () => {
    const sent = answersToSend(groupPermit, { vehicles: [own, { ...belgian, leased: 'no' }] }, today);
    expect(validateApplication(groupPermit, sent, today)).toMatchObject({ ok: true });
    const hidden = { vehicles: [{ ...own, foreignPlate: 'X' }] };
    expect(validateApplication(groupPermit, hidden, today)).toEqual({ ok: false, errors: [{ field: 'vehicles.0.foreignPlate', code: 'answer.hidden' }] });
    const unknown = { vehicles: [{ ...own, colour: 'red' }] };
    expect(validateApplication(groupPermit, unknown, today)).toEqual({ ok: false, errors: [{ field: 'vehicles.0.colour', code: 'answer.unknown' }] });
    // The wizard itself never sends them: what it sends is normalised.
    expect(answersToSend(groupPermit, hidden, today)).toEqual({ vehicles: [{ plateCountry: 'netherlands', kenteken: '12ABC3', leased: false }] });
  });

  it('may be optional', () => {
    expect(validateStep(groupPermit, groupPermit.steps[2], { days: [{ day: '' }] }, today)).toEqual([]);
    expect(validateStep(groupPermit, groupPermit.steps[2], { days: [{ day: '31-02-2027' }] }, today)).toEqual([{ field: 'days.0.day', code: 'date.impossible' }]);
  });
});

describe('the definition check knows groups', () => {
  const textsFor = (permit: PermitDefinition) => Object.fromEntries(requiredTextKeys(permit).map((key) => [key, 'tekst']));
  const check = (permit: PermitDefinition) => checkDefinition(permit, { nl: textsFor(permit) });
  const withVehicles = (change: object) => ({ ...groupPermit, steps: [{ id: 'vehicles', questions: [{ ...vehicles, ...change }] }, ...groupPermit.steps.slice(1)] }) as PermitDefinition;

  it('passes a sound group and asks for its texts: entry title, add, remove, and each item\'s', () => {
    expect(check(groupPermit)).toEqual([]);
    const keys = requiredTextKeys(groupPermit);
    for (const key of ['q.vehicles.entry', 'q.vehicles.add', 'q.vehicles.remove', 'q.foreignPlate.label', 'q.foreignPlate.why', 'q.extras.option.roofBox']) {
      expect(keys).toContain(`permit.group-permit.${key}`);
    }
  });

  it('finds bad entry counts, items a group cannot ask, ids used twice and item conditions on later items', () => {
    expect(check(withVehicles({ maxEntries: 0 }))).toContainEqual(expect.stringContaining('maxEntries must be a whole number from 1'));
    expect(check(withVehicles({ minEntries: 4 }))).toContainEqual(expect.stringContaining('minEntries must be a whole number from 0 to maxEntries'));
    expect(check(withVehicles({ items: [] }))).toContainEqual(expect.stringContaining('a group needs at least one item'));
    expect(check(withVehicles({ items: [...vehicles.items, { id: 'photo', type: 'file', accept: ['jpeg'] }] }))).toContainEqual(expect.stringContaining('cannot ask a question of type "file"'));
    expect(check(withVehicles({ items: [...vehicles.items, { id: 'leaseCompany', type: 'text' }] }))).toContainEqual(expect.stringContaining('question "leaseCompany": id is used twice'));
    const early = [{ id: 'kenteken', type: 'text', showIf: { question: 'plateCountry', equals: 'netherlands' } }, ...vehicles.items.filter((item) => item.id !== 'kenteken')];
    expect(check(withVehicles({ items: early }))).toContainEqual(expect.stringContaining('condition reads "plateCountry", which is not an earlier question'));
  });

  it('finds a someEntry condition on a question that is no group, or on an item the group lacks', () => {
    const notGroup = { ...groupPermit, steps: [groupPermit.steps[0], { ...groupPermit.steps[1], showIf: { question: 'vehicles', someEntry: { question: 'colour', equals: 'red' } } }] } as PermitDefinition;
    expect(check(notGroup)).toContainEqual(expect.stringContaining('condition reads "colour"'));
    const onText = { ...groupPermit, steps: [...groupPermit.steps, { id: 'after', showIf: { question: 'leaseCompany', someEntry: { question: 'leased', equals: true } }, questions: [{ id: 'after', type: 'text' }] }] } as PermitDefinition;
    expect(check(onText)).toContainEqual(expect.stringContaining('someEntry reads "leaseCompany", which is not a group'));
    const neverValue = { ...groupPermit, steps: [groupPermit.steps[0], { ...groupPermit.steps[1], showIf: { question: 'vehicles', someEntry: { question: 'plateCountry', equals: 'mars' } } }] } as PermitDefinition;
    expect(check(neverValue)).toContainEqual(expect.stringContaining('which it can never be'));
  });
});
