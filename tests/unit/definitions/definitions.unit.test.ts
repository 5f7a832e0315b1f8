import { describe, expect, it } from 'vitest';
import { permits } from '../../../src/definitions';
import { catalogues } from '../../../src/i18n/catalogues';
import { checkDefinition } from '../../../src/wizard';

describe('every permit definition', () => {
  const permitIds = permits.map(({ definition }) => definition.id);
  for (const { definition } of permits) {
    it(`${definition.id} is sound, hands over only to permits we offer, and has every text in every language`, () => {
      expect(checkDefinition(definition, catalogues, permitIds)).toEqual([]);
    });
  }

  it('has a unique id', () => {
    const ids = permits.map(({ definition }) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
