import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../src/i18n/catalogues';
import { messageForms } from './messageForms';

/**
 * Official words a citizen may not know, each with what its explanation says in the same text
 * (an abbreviation alone, or a tooltip, is not enough: the words are read, and read aloud, as written).
 * Tips for the employee (`.staffNote`) are for someone who knows them.
 */
const explained: ReadonlyArray<{ readonly word: RegExp; readonly explanation: RegExp }> = [
  { word: /\bGGD\b/, explanation: /GGD \(de gezondheidsdienst van de gemeente\)/ },
  { word: /Handelsregister/, explanation: /Dat is de lijst van de Kamer van Koophandel/ },
  { word: /ontheffing/i, explanation: /Dat is een aparte toestemming/ },
  { word: /naar waarheid/, explanation: /Dat betekent: alles wat u hebt ingevuld, klopt\./ },
  { word: /bezwaar/i, explanation: /bezwaar maken\. Dat betekent: u vraagt ons om opnieuw naar het besluit te kijken\./ },
];

describe('official words in the Dutch texts', () => {
  it('are explained in plain Dutch in every text where a citizen meets them', () => {
    const unexplained = Object.entries(catalogues.nl ?? {}).flatMap(([key, message]) =>
      key.endsWith('.staffNote')
        ? []
        : messageForms(message).flatMap((text) => explained.filter(({ word, explanation }) => word.test(text) && !explanation.test(text)).map(({ word }) => `${key}: ${word}`)),
    );
    expect(unexplained).toEqual([]);
  });

  it('occur where the audit found them, so the check above has something to check', () => {
    const texts = Object.values(catalogues.nl ?? {}).flatMap(messageForms).join('\n');
    for (const { word } of explained) expect(texts).toMatch(word);
  });
});
