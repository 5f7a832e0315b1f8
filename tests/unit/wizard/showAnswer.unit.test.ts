import { describe, expect, it } from 'vitest';
import { showAnswer, type GroupEntry, type Question, type TextLookup } from '../../../src/wizard';
import { groupPermit } from '../../fixtures/groupPermit';

/** Shows which text was asked for and with what, so the test sees the keys the engine names. */
const t: TextLookup = (key, params) => (params ? `${key}${JSON.stringify(params)}` : key);
const permit = groupPermit;
const vehicles = groupPermit.steps[0].questions[0];
const show = (question: Question, value: Parameters<typeof showAnswer>[2], tag = 'nl-NL') => showAnswer(permit, question, value, { t, tag });

describe('an answer read back on the check page and the receipt', () => {
  it('says a question was not answered, whatever its type', () => {
    expect(show({ id: 'name', type: 'text' }, undefined)).toBe('check.notAnswered');
    expect(show(vehicles, undefined)).toBe('check.notAnswered');
  });

  it('shows typed text as it is, numbers and dates the way the language writes them, and yes/no in words', () => {
    expect(show({ id: 'name', type: 'text' }, 'Jan Jansen')).toBe('Jan Jansen');
    expect(show({ id: 'story', type: 'longText' }, 'Regel een\nRegel twee')).toBe('Regel een\nRegel twee');
    expect(show({ id: 'mail', type: 'email' }, 'jan@example.nl')).toBe('jan@example.nl');
    expect(show({ id: 'tel', type: 'phone' }, '0612345678')).toBe('0612345678');
    expect(show({ id: 'visitors', type: 'number' }, 1500)).toBe('1.500');
    expect(show({ id: 'day', type: 'date' }, '2027-06-20')).toBe('20 juni 2027');
    expect(show({ id: 'ok', type: 'yesNo' }, true)).toBe('field.yes');
    expect(show({ id: 'ok', type: 'yesNo' }, false)).toBe('field.no');
  });

  it('takes the names of months, the digits and the clock from Intl in any language the catalogue tags, with no list of languages', () => {
    expect(show({ id: 'day', type: 'date' }, '2027-06-20', 'en-GB')).toBe('20 June 2027');
    expect(show({ id: 'visitors', type: 'number' }, 1500, 'en-GB')).toBe('1,500');
    expect(show({ id: 'day', type: 'date' }, '2027-06-20', 'pl')).toBe(new Intl.DateTimeFormat('pl', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2027, 5, 20)));
    expect(show({ id: 'visitors', type: 'number' }, 1500, 'ar')).toBe(new Intl.NumberFormat('ar').format(1500));
    expect(show({ id: 'when', type: 'dateTimeRange' }, { startDate: '2027-06-20', startTime: '14:00', endDate: '2027-06-20', endTime: '23:00' }, 'en-US')).toBe(
      'answer.dateTimeRange{"startDate":"June 20, 2027","startTime":"2:00 PM","endDate":"June 20, 2027","endTime":"11:00 PM"}',
    );
  });

  it('shows a stored text that is not a date as it is, rather than hiding it', () => {
    expect(show({ id: 'day', type: 'date' }, '31-02-2027')).toBe('31-02-2027');
  });

  it('shows the labels of the chosen options, in the order of the answer', () => {
    const plateCountry = vehicles.items[0];
    const extras = vehicles.items[4];
    expect(show(plateCountry, 'abroad')).toBe('permit.group-permit.q.plateCountry.option.abroad');
    expect(show(extras, ['roofBox', 'trailer'])).toBe('permit.group-permit.q.extras.option.roofBox, permit.group-permit.q.extras.option.trailer');
  });

  it('shows an address on two lines, a period with its dates and times, and files by their names', () => {
    const address = { postcode: '1234AB', houseNumber: '1', houseLetter: 'a', street: 'Dorpsstraat', city: 'Ons Dorp' };
    expect(show({ id: 'home', type: 'address' }, address).split('\n')).toHaveLength(2);
    expect(show({ id: 'when', type: 'dateTimeRange' }, { startDate: '2027-06-20', startTime: '14:00', endDate: '2027-06-21', endTime: '01:00' })).toBe(
      'answer.dateTimeRange{"startDate":"20 juni 2027","startTime":"14:00","endDate":"21 juni 2027","endTime":"01:00"}',
    );
    const files = [{ name: 'plattegrond.pdf', type: 'application/pdf', size: 10 }, { name: 'foto.jpg', type: 'image/jpeg', size: 20 }];
    expect(show({ id: 'docs', type: 'file', accept: ['pdf', 'jpeg'] }, files)).toBe('plattegrond.pdf, foto.jpg');
  });

  it('shows each entry of a group on a line of its own: its title, then the answers it holds in the order asked', () => {
    const entries: GroupEntry[] = [
      { plateCountry: 'netherlands', kenteken: '12ABC3', leased: false },
      { leased: true, foreignPlate: '1-ABC-123', plateCountry: 'abroad' },
    ];
    expect(show(vehicles, entries).split('\n')).toEqual([
      'permit.group-permit.q.vehicles.entry{"number":1}: permit.group-permit.q.plateCountry.option.netherlands, 12ABC3, field.no',
      'permit.group-permit.q.vehicles.entry{"number":2}: permit.group-permit.q.plateCountry.option.abroad, 1-ABC-123, field.yes',
    ]);
  });

  it('shows nothing for an answer of another shape than its type takes, rather than failing', () => {
    expect(show({ id: 'day', type: 'date' }, 5)).toBe('');
    expect(show({ id: 'home', type: 'address' }, 'Dorpsstraat 1')).toBe('');
    expect(show({ id: 'docs', type: 'file', accept: ['pdf'] }, 'plattegrond.pdf')).toBe('');
    expect(show(vehicles, 'twee auto’s')).toBe('');
  });
});
