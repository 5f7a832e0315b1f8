import { virtual } from '@guidepup/virtual-screen-reader';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { todayIso, type FileAnswer } from '../../src/wizard';
import { exampleFileBytes } from '../fixtures/exampleFiles';
import { permitExample } from '../fixtures/permitExamples';
import { expectNoAxeViolations } from './axe';
import { recordingClient, renderApp } from './renderApp';
import { draftStore } from './testTablet';

const GPK = 'gehandicaptenparkeerkaart';
const before = { cardKind: 'driver', applicationKind: 'first' };
const PHOTO_STEP = `/aanvraag/${GPK}/stap/passportPhoto`;
const ID_STEP = `/aanvraag/${GPK}/stap/identityDocument`;

const fixture = (name: string, type: string) => new File([new Uint8Array(exampleFileBytes({ name }))], name, { type });
const pasfoto = () => fixture('pasfoto.jpg', 'image/jpeg');
const pdf = () => fixture('identiteitsbewijs.pdf', 'application/pdf');
/** A Word document calling itself a photo: judged by its bytes (a ZIP), not its name. */
const wordFile = () => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])], 'brief.jpg', { type: 'image/jpeg' });

const input = (questionId: string) => document.getElementById(`q-${questionId}`) as HTMLInputElement;
const answer = (questionId: string) => applications.get()[GPK]?.answers[questionId] as readonly FileAnswer[] | undefined;
const status = (questionId: string) => input(questionId).closest('.hv-file-field')?.querySelector('[role="status"]')?.textContent ?? '';

// jsdom has no object URLs; the previews need one per kept file.
beforeEach(() => {
  URL.createObjectURL = () => 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  URL.revokeObjectURL = () => undefined;
});
afterEach(async () => {
  await virtual.stop();
});

// axe over the whole page several times per test: slow on a busy machine, not a timing check.
describe('a file question', { timeout: 30_000 }, () => {
  it('is a real file input named by the question, with its limits, and has no axe violations empty or after a failed "Volgende"', async () => {
    renderApp(PHOTO_STEP, { permitId: GPK, answers: before });
    const chooser = (await screen.findByLabelText(/Voeg een pasfoto toe/)) as HTMLInputElement;
    expect(chooser).toBe(input('passportPhoto'));
    expect(chooser.type).toBe('file');
    expect(chooser.accept).toBe('image/jpeg,.jpg,.jpeg,image/png,.png');
    expect(chooser.matches(':invalid')).toBe(false);
    expect(document.getElementById(chooser.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent).toContain('Dit mag een JPG of PNG zijn. Een bestand mag niet groter zijn dan 5 MB.');
    await expectNoAxeViolations('empty');

    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await screen.findByRole('alert');
    expect(chooser.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('q-passportPhoto-error')?.textContent).toContain('Voeg een pasfoto toe.');
    await expectNoAxeViolations('with errors');
  });

  it('keeps an added photo on the tablet, lists it with a preview and its size, says so politely and has no axe violations', async () => {
    renderApp(PHOTO_STEP, { permitId: GPK, answers: before });
    await userEvent.upload(await screen.findByLabelText(/Voeg een pasfoto toe/), pasfoto());
    await waitFor(() => expect(status('passportPhoto')).toBe('pasfoto.jpg is toegevoegd.'));
    const [kept] = answer('passportPhoto') ?? [];
    expect(kept).toMatchObject({ name: 'pasfoto.jpg', type: 'image/jpeg', size: 4845 });
    const stored = await draftStore.getAttachments(applications.get()[GPK]?.draftId ?? '');
    expect(stored.map((attachment) => [attachment.key, attachment.size])).toEqual([[kept?.ref, 4845]]);
    expect(await screen.findByRole('img', { name: 'Kleine afbeelding van pasfoto.jpg' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Toegevoegde bestanden' }).textContent).toContain('Foto, 5 kB');
    expect(screen.getByLabelText(/Voeg een pasfoto toe/).getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.querySelector('label[for="q-passportPhoto"]')?.textContent).toBe('Kies een ander bestand');
    await expectNoAxeViolations('with a photo');
  });

  it('refuses a file whose content is not an accepted kind, with a plain message, and changes nothing else', async () => {
    renderApp(PHOTO_STEP, { permitId: GPK, answers: before });
    await userEvent.upload(await screen.findByLabelText(/Voeg een pasfoto toe/), wordFile());
    const message = 'brief.jpg kunnen wij niet aannemen. Het is geen JPG of PNG. Kies een ander bestand.';
    await waitFor(() => expect(document.getElementById('q-passportPhoto-error')?.textContent).toContain(message));
    expect(status('passportPhoto')).toBe(`Fout: ${message}`);
    expect(input('passportPhoto').getAttribute('aria-invalid')).toBe('true');
    expect(answer('passportPhoto')).toBeUndefined();
    expect(await draftStore.getAttachments(applications.get()[GPK]?.draftId ?? '')).toEqual([]);
    await expectNoAxeViolations('refused type');

    // A PDF is a fine file, but not for a passport photo (a file chooser can show all files).
    await userEvent.setup({ applyAccept: false }).upload(input('passportPhoto'), pdf());
    await waitFor(() => expect(status('passportPhoto')).toContain('identiteitsbewijs.pdf kunnen wij niet aannemen. Het is geen JPG of PNG.'));
    expect(answer('passportPhoto')).toBeUndefined();
  });

  it('refuses a file over the question’s limit with its limit in megabytes', async () => {
    renderApp(ID_STEP, { permitId: GPK, answers: before });
    const large = new File([new TextEncoder().encode('%PDF-1.4\n'), new Uint8Array(10 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' });
    await userEvent.upload(await screen.findByLabelText(/identiteitsbewijs toe/), large);
    const message = 'scan.pdf is te groot. Een bestand mag niet groter zijn dan 10 MB. Kies een kleiner bestand.';
    await waitFor(() => expect(document.getElementById('q-identityDocument-error')?.textContent).toContain(message));
    expect(answer('identityDocument')).toBeUndefined();
    await expectNoAxeViolations('over the limit');
  });

  it('takes files up to its count, then says to remove one first; "Vervangen" keeps the place, "Verwijderen" moves focus sensibly', async () => {
    renderApp(ID_STEP, { permitId: GPK, answers: before });
    const chooser = (await screen.findByLabelText(/identiteitsbewijs toe/)) as HTMLInputElement;
    expect(chooser.multiple).toBe(true);
    await userEvent.upload(chooser, [pdf(), fixture('identiteitsbewijs-voorkant.jpg', 'image/jpeg')]);
    await waitFor(() => expect(answer('identityDocument')?.map((file) => file.name)).toEqual(['identiteitsbewijs.pdf', 'identiteitsbewijs-voorkant.jpg']));
    expect(status('identityDocument')).toBe('identiteitsbewijs.pdf is toegevoegd. identiteitsbewijs-voorkant.jpg is toegevoegd.');
    await expectNoAxeViolations('two files');

    await userEvent.upload(input('identityDocument'), pasfoto());
    await waitFor(() => expect(status('identityDocument')).toBe('Fout: U kunt tot 2 bestanden toevoegen. Verwijder eerst een bestand.'));
    expect(answer('identityDocument')).toHaveLength(2);
    await expectNoAxeViolations('full');

    const firstRef = answer('identityDocument')?.[0]?.ref;
    const replace = document.querySelector<HTMLInputElement>('.hv-file-field input[type="file"][hidden]') as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Vervangen identiteitsbewijs.pdf' }));
    await userEvent.upload(replace, pasfoto());
    await waitFor(() => expect(answer('identityDocument')?.map((file) => file.name)).toEqual(['pasfoto.jpg', 'identiteitsbewijs-voorkant.jpg']));
    await waitFor(() => expect(status('identityDocument')).toBe('pasfoto.jpg is toegevoegd in plaats van identiteitsbewijs.pdf.'));
    // The replaced file's bytes leave the tablet.
    await waitFor(async () => expect((await draftStore.getAttachments(applications.get()[GPK]?.draftId ?? '')).map((attachment) => attachment.key)).not.toContain(firstRef));

    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen pasfoto.jpg' }));
    await waitFor(() => expect(status('identityDocument')).toBe('pasfoto.jpg is verwijderd.'));
    // Focus goes to the file now in that place, not to the top of the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verwijderen identiteitsbewijs-voorkant.jpg' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen identiteitsbewijs-voorkant.jpg' }));
    await waitFor(() => expect(document.activeElement).toBe(input('identityDocument')));
    expect(answer('identityDocument')).toEqual([]);
    await waitFor(async () => expect(await draftStore.getAttachments(applications.get()[GPK]?.draftId ?? '')).toEqual([]));
  });

  it('is announced by a screen reader with the question, its limits and, after a refusal, the error', async () => {
    renderApp(PHOTO_STEP, { permitId: GPK, answers: before });
    await userEvent.upload(await screen.findByLabelText(/Voeg een pasfoto toe/), wordFile());
    await waitFor(() => expect(status('passportPhoto')).toContain('Fout:'));
    await virtual.start({ container: document.body });
    for (let i = 0; i < 300 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
    const log = await virtual.spokenPhraseLog();
    const chooser = log.find((phrase) => phrase.includes('Voeg een pasfoto toe Kies een bestand'));
    expect(chooser).toContain('Dit mag een JPG of PNG zijn.');
    expect(chooser).toContain('Fout: brief.jpg kunnen wij niet aannemen.');
  });

  it('refused by the service as too large (413), leads back to its question with a plain message', async () => {
    const client = recordingClient({ kind: 'fileRefused', status: 413, errors: [{ field: 'passportPhoto', code: 'file.tooLarge', params: { maxMb: 2 } }] });
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: permitExample(GPK, 'firstApplicationDriver').answers(todayIso()) }, client);
    fireEvent.click(await screen.findByRole('button', { name: 'Aanvraag versturen' }));
    await waitFor(() => expect(document.title).toMatch(/^Fout: Stap \d+ van \d+: Pasfoto/));
    expect(document.getElementById('q-passportPhoto-error')?.textContent).toContain('Dit bestand is te groot. Het mag niet groter zijn dan 2 MB.');
    expect(screen.getByRole('alert').textContent).toContain('Dit bestand is te groot.');
  });
});
