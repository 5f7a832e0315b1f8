import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import type { Draft } from '../../src/drafts';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { previousVersions } from '../../src/definitions/gehandicaptenparkeerkaart/previousVersions';
import type { OutboxItem } from '../../src/outbox';
import { answersToSend, todayIso, type PermitDefinition } from '../../src/wizard';
import { expectNoAxeViolations } from './axe';
import { recordingClient, renderApp, TEST_CONSENT } from './renderApp';
import { draftStore, outbox } from './testTablet';

const GPK = 'gehandicaptenparkeerkaart';
const version1 = previousVersions[0] as PermitDefinition;
// The parking card as version 1 asked it: no copy of an ID, no passport photo.
const { identityDocument: _id, passportPhoto: _photo, ...version1Answers } = examples.firstApplicationDriver();
const helper = { staffId: 'M-042', staffName: 'Sanne de Vries' };

/** What the app of version 1 left on the tablet: the draft and the application queued from it. */
async function queuedWithVersion1(options: { draft: boolean; draftId?: string; attachments?: OutboxItem['attachments']; extraAnswers?: OutboxItem['submission']['answers'] }): Promise<OutboxItem> {
  const draftId = options.draftId ?? crypto.randomUUID();
  const today = todayIso();
  const item: OutboxItem = {
    draftId,
    permitId: GPK,
    submission: {
      formId: GPK,
      formVersion: 1,
      locale: 'nl',
      answers: { ...(answersToSend(version1, version1Answers, today) as OutboxItem['submission']['answers']), ...options.extraAnswers },
      assistance: { assisted: true, staffId: helper.staffId, staffName: helper.staffName, typedBy: { cardKind: 'citizen' }, internalNote: 'Belt eerst' },
      consent: TEST_CONSENT,
      client: { draftId, startedAt: '2026-11-20T09:00:00.000Z', submittedAt: '2026-11-20T09:30:00.000Z' },
    },
    ...(options.attachments ? { attachments: options.attachments } : {}),
    idempotencyKey: crypto.randomUUID(),
    attempts: 0,
    state: { kind: 'queued' },
  };
  if (options.draft) {
    const draft: Draft = {
      id: draftId,
      permitId: GPK,
      permitVersion: 1,
      answers: version1Answers,
      stepId: 'contactPreference',
      startedAt: item.submission.client.startedAt,
      consent: TEST_CONSENT,
      helper,
      typedBy: { cardKind: 'citizen' },
      internalNote: 'Belt eerst',
      updatedAt: new Date().toISOString(),
    };
    await draftStore.save(draft);
  }
  await outbox.enqueue(item);
  return item;
}

const actionNeeded = () => screen.getAllByRole('status').some((status) => status.textContent?.startsWith('Actie nodig: Het formulier is veranderd.'));

describe('an application queued with a form version the service no longer accepts', () => {
  it('needs action with a plain message; "Aanvraag aanvullen" makes it a draft in the current form, at the first new question, with every answer', async () => {
    const item = await queuedWithVersion1({ draft: true });
    const client = recordingClient({ kind: 'formVersionRefused' });
    // The tablet opens the waiting application, as after the app update.
    const stored = await draftStore.get(item.draftId);
    applications.set({ [GPK]: { permitId: GPK, draftId: item.draftId, startedAt: stored?.startedAt ?? '', answers: version1Answers, serverErrors: [], typedBy: {}, consent: TEST_CONSENT } });
    renderApp(`/aanvraag/${GPK}/verstuurd`, undefined, client);

    await waitFor(() => expect(actionNeeded()).toBe(true));
    expect(client.sent).toHaveLength(1);
    expect((await outbox.get(item.draftId))?.state).toEqual({ kind: 'needsAction', reason: 'formChanged' });
    // Sending the same again would not help, so nothing offers or does it.
    expect(screen.queryByRole('button', { name: 'Nu versturen' })).toBeNull();
    dispatchEvent(new Event('online'));
    await outbox.sendNow();
    expect(client.sent).toHaveLength(1);
    await expectNoAxeViolations('an application waiting because the form changed');

    fireEvent.click(screen.getByRole('button', { name: 'Aanvraag aanvullen' }));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/identityDocument`));
    expect(await screen.findByText('Het formulier is veranderd sinds u begon. Kijk uw antwoorden daarom goed na.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));

    // A draft again, in the current form, with everything typed; no longer waiting to be sent.
    expect(await outbox.get(item.draftId)).toBeUndefined();
    const draft = await draftStore.get(item.draftId);
    expect(draft).toMatchObject({ permitVersion: 2, answers: version1Answers, consent: TEST_CONSENT, helper, internalNote: 'Belt eerst' });
    expect(applications.get()[GPK]).toMatchObject({ draftId: item.draftId, answers: version1Answers, formChanges: [] });
    await expectNoAxeViolations('the first new question after the form changed');
  });

  it('from the staff list, also when its draft has expired: made from what was queued, with its files', async () => {
    const blob = new Blob([new Uint8Array(4845)], { type: 'image/jpeg' });
    const draftId = crypto.randomUUID();
    const kept = await draftStore.putAttachment({ draftId, questionId: 'passportPhoto', n: 1, name: 'pasfoto.jpg', blob });
    if (!kept.ok) throw new Error('The test file could not be kept');
    // Its draft is gone (drafts expire after 30 days); its file stayed for sending. (Version 1 did
    // not ask for the photo; the file stands for one of a version that asks for files.)
    await queuedWithVersion1({
      draft: false,
      draftId,
      attachments: [{ questionId: 'passportPhoto', ref: kept.key, name: 'pasfoto.jpg' }],
      extraAnswers: { passportPhoto: [{ name: 'pasfoto.jpg', type: 'image/jpeg', size: 4845 }] },
    });
    renderApp('/concepten', undefined, recordingClient({ kind: 'formVersionRefused' }));

    expect(await screen.findByText('Gehandicaptenparkeerkaart, klaar om te versturen')).toBeTruthy();
    await waitFor(() => expect(actionNeeded()).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Aanvraag aanvullen Gehandicaptenparkeerkaart' }));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/identityDocument`));

    const draft = await draftStore.get(draftId);
    expect(draft).toMatchObject({ permitVersion: 2, consent: TEST_CONSENT, helper, typedBy: { cardKind: 'citizen' }, internalNote: 'Belt eerst' });
    expect(draft?.answers).toMatchObject({ bsn: version1Answers.bsn, familyName: version1Answers.familyName, passportPhoto: [{ name: 'pasfoto.jpg', type: 'image/jpeg', size: 4845, ref: kept.key }] });
    expect((await draftStore.getAttachments(draftId)).map((attachment) => attachment.key)).toEqual([kept.key]);
    expect(await outbox.get(draftId)).toBeUndefined();
  });
});
