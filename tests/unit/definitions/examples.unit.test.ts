import { describe, expect, it } from 'vitest';
import { gehandicaptenparkeerkaart } from '../../../src/definitions/gehandicaptenparkeerkaart/definition';
import { gehandicaptenparkeerkaartExamples } from '../../../src/definitions/gehandicaptenparkeerkaart/examples';
import { meldingKleinEvenement } from '../../../src/definitions/melding-klein-evenement/definition';
import { exampleEventDate, meldingKleinEvenementExamples } from '../../../src/definitions/melding-klein-evenement/examples';
import { todayIso, validateApplication, type ApplicationCheck } from '../../../src/wizard';

/** The errors of a check, so a failing example shows which answers the engine refused. */
const errorsOf = (check: ApplicationCheck) => (check.ok ? [] : check.errors);

// A fixed day and the real day: the examples must pass on whatever day the tests run.
describe.each(['2026-11-16', todayIso()])('definition examples on %s', (today) => {
  it.each(Object.entries(gehandicaptenparkeerkaartExamples))('gehandicaptenparkeerkaart example %s is a valid application', (_name, example) => {
    expect(errorsOf(validateApplication(gehandicaptenparkeerkaart, example, today))).toEqual([]);
  });

  it.each(Object.entries(meldingKleinEvenementExamples))('melding-klein-evenement example %s is a valid application', (_name, example) => {
    expect(errorsOf(validateApplication(meldingKleinEvenement, example(exampleEventDate(today)), today))).toEqual([]);
  });
});
