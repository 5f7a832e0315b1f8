import { describe, expect, it } from 'vitest';
import { createTranslator, type Catalogue } from '../../../src/i18n';
import { catalogues } from '../../../src/i18n/catalogues';

const dutch = createTranslator('nl', catalogues.nl ?? {});
const english = createTranslator('en', catalogues.en ?? {});

describe('the translator and a count in the text', () => {
  it('writes Dutch in the singular for one and in the plural for zero, two and a fraction', () => {
    const tooFew = (min: number) => dutch.t('validation.multiChoice.tooFew', { min });
    expect(tooFew(1)).toBe('Kies minstens 1 antwoord.');
    expect(tooFew(0)).toBe('Kies minstens 0 antwoorden.');
    expect(tooFew(2)).toBe('Kies minstens 2 antwoorden.');
    expect(tooFew(1.5)).toBe('Kies minstens 1.5 antwoorden.');
    expect(dutch.t('resume.error.tooManyAttempts', { minutes: 1 })).toContain('over 1 minuut opnieuw');
  });

  it('writes English in the singular for one and in the plural for zero, two and a fraction', () => {
    const progress = (count: number) => english.t('drafts.progress', { count, changed: '3 December' });
    expect(progress(1)).toBe('1 question answered. Last changed on 3 December.');
    expect(progress(0)).toBe('0 questions answered. Last changed on 3 December.');
    expect(progress(2)).toBe('2 questions answered. Last changed on 3 December.');
    expect(progress(0.5)).toBe('0.5 questions answered. Last changed on 3 December.');
  });

  it('chooses among one, few, many and other in a language that has them (Polish)', () => {
    const polish: Catalogue = {
      'language.tag': 'pl-PL',
      'days.left': { _count: 'days', one: '{days} dzień', few: '{days} dni (few)', many: '{days} dni (many)', other: '{days} dnia' },
    };
    const translator = createTranslator('pl', polish);
    const daysLeft = (days: number) => translator.t('days.left', { days });
    expect(daysLeft(1)).toBe('1 dzień');
    expect(daysLeft(2)).toBe('2 dni (few)');
    expect(daysLeft(22)).toBe('22 dni (few)');
    expect(daysLeft(5)).toBe('5 dni (many)');
    expect(daysLeft(12)).toBe('12 dni (many)');
    expect(daysLeft(0)).toBe('0 dni (many)');
    expect(daysLeft(1.5)).toBe('1.5 dnia');
  });

  it('uses the other form when the count is not a number yet or a form is missing', () => {
    const translator = createTranslator('pl', { 'language.tag': 'pl', found: { _count: 'count', one: '{count} adres', other: '{count} adresów' } });
    expect(translator.t('found', { count: '…' })).toBe('… adresów');
    expect(translator.t('found', { count: 3 })).toBe('3 adresów');
    expect(translator.t('found', { count: 1 })).toBe('1 adres');
  });

  it('still shows a missing key as itself, and fills in a plain text', () => {
    expect(dutch.t('no.such.key', { count: 1 })).toBe('no.such.key');
    expect(dutch.t('step.counter', { number: 2, total: 5 })).toBe('Stap 2 van 5');
  });
});
