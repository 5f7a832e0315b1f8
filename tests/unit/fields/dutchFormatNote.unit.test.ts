import { describe, expect, it } from 'vitest';
import { findDefinition } from '../../../src/definitions';
import { questionSpeech } from '../../../src/fields';
import { createTranslator, locales } from '../../../src/i18n';
import { catalogues } from '../../../src/i18n/catalogues';
import type { Question } from '../../../src/wizard';

const permit = findDefinition('gehandicaptenparkeerkaart');
if (!permit) throw new Error('gehandicaptenparkeerkaart is missing');
const question = (id: string): Question => {
  const found = permit.steps.flatMap((step) => step.questions).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const translator = (locale: string) => createTranslator(locale, catalogues[locale] ?? {});

describe('a box that stays in a Dutch format says so in the language of the page', () => {
  it('the BSN, the postcode of an address and a Dutch-only phone number say they are Dutch, in English', () => {
    const english = translator('en');
    expect(questionSpeech(english, permit, question('bsn'))).toContain('This is a Dutch number.');
    expect(questionSpeech(english, permit, question('homeAddress'))).toContain('Fill in a Dutch postcode: 4 digits and 2 letters.');
    // This phone box takes a number from abroad too: it is not Dutch-only, so no such note.
    expect(questionSpeech(english, permit, question('phone'))).not.toContain('Dutch phone number');
  });

  it('every language has the note, after the permit’s own hint', () => {
    for (const locale of locales) {
      const t = translator(locale);
      expect(questionSpeech(t, permit, question('bsn')), locale).toContain(`${t.t(`permit.${permit.id}.q.bsn.hint`)} ${t.t('field.dutchFormat.number')}`);
    }
  });
});
