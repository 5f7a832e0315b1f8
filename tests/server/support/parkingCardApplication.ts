import { randomUUID } from 'node:crypto';
import type { Application } from '../../../server/contract/apiTypes';
import { answersToSend, todayIso } from '../../../src/wizard';
import { permitExample } from '../../fixtures/permitExamples';
import { announcedFiles } from './submission';

const example = permitExample('gehandicaptenparkeerkaart', 'firstApplicationDriver');
const today = todayIso();
const answers = answersToSend(example.permit, example.answers(today), today) as Application['answers'];

/** Files each {@link parkingCardApplication} announces. */
export const PARKING_CARD_FILES = announcedFiles({ formId: example.permit.id, answers }).length;

/** The parking-card example as the wizard sends it, made at the desk by employee `staffId`. */
export function parkingCardApplication(staffId: string): Application {
  return {
    formId: example.permit.id,
    formVersion: example.permit.version,
    locale: 'nl',
    answers,
    assistance: { assisted: true, staffId, staffName: 'Joost de Vries' },
    client: { draftId: randomUUID(), startedAt: '2026-11-03T09:00:00Z', submittedAt: '2026-11-03T09:10:00Z' },
  };
}
