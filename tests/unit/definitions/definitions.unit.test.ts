import { describe, expect, it } from 'vitest';
import { intakePermits } from '../../../server/applications/intakePermits';
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

describe('every previous version the intake service still accepts', () => {
  const permitIds = permits.map(({ definition }) => definition.id);
  const previous = intakePermits.filter((entry) => !permits.includes(entry)).map(({ definition }) => definition);

  it('includes the parking card before attachments (version 1)', () => {
    expect(previous.map(({ id, version }) => `${id}@${version}`)).toContain('gehandicaptenparkeerkaart@1');
  });

  // No texts are asked of them: the app never shows an old version (it opens old answers in the
  // current form), and the service words errors in general terms where a question has no text.
  for (const definition of previous) {
    it(`${definition.id}@${definition.version} is sound, is a permit we offer, and is older than the current version`, () => {
      expect(checkDefinition(definition, {}, permitIds)).toEqual([]);
      const current = permits.find((entry) => entry.definition.id === definition.id)?.definition;
      expect(current, `${definition.id} is no permit in src/definitions/index.ts`).toBeDefined();
      expect(definition.version).toBeLessThan(current?.version ?? 0);
    });
  }

  it('holds each version of a permit once', () => {
    const versions = intakePermits.map(({ definition }) => `${definition.id}@${definition.version}`);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
