import { describe, expect, it } from 'vitest';
import { permits } from '../../../src/definitions';
import { catalogues } from '../../../src/i18n/catalogues';
import { checkDefinition } from '../../../src/wizard';

describe('every permit definition', () => {
  for (const { definition } of permits) {
    it(`${definition.id} is sound and has every text in every language`, () => {
      expect(checkDefinition(definition, catalogues)).toEqual([]);
    });
  }

  it('has a unique id', () => {
    const ids = permits.map(({ definition }) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
