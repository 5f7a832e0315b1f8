import { virtual } from '@guidepup/virtual-screen-reader';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { applications, saveApplicationNow, sendApplication } from '../../src/application';
import { createStatusCode, formatStatusCode } from '../../src/crypto';
import { findDefinition } from '../../src/definitions';
import type { ApplicationSubmission, IntakeClient, Receipt, StatusLookupResult, StatusReport } from '../../src/intake';
import { language } from '../../src/preferences';
import { signedInStaff } from '../../src/staff';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { expectNoAxeViolations } from './axe';
import { recordingClient, renderApp } from './renderApp';
import { tablet } from './testTablet';

afterEach(async () => {
  await virtual.stop();
});

const GPK = 'gehandicaptenparkeerkaart';
const REFERENCE = 'HV-2026-000123';
const CODE = createStatusCode();

/** A report as the service gives it for a zaak the case system has worked on, extended, with a handler. */
const report: StatusReport = {
  reference: REFERENCE,
  permitId: GPK,
  receivedAt: '2026-11-29T10:15:00.000Z',
  history: [
    { status: 'received', at: '2026-11-29T10:15:00.000Z' },
    { status: 'forwarded', at: '2026-11-29T10:16:00.000Z' },
    { status: 'case', at: '2026-12-02T09:00:00.000Z', text: 'Wij bekijken uw medische gegevens.' },
  ],
  expectedDecisionBy: '2027-01-25',
  decisionDueBy: '2027-01-25',
  extension: { dueBy: '2027-03-08', reason: 'Wij wachten op advies van de arts.' },
  silenceMeansConsent: false,
  contact: { name: 'Sanne de Vries', phone: '14 030', email: 'vergunningen@example.nl' },
  lastCheckedAt: '2026-12-03T08:00:00.000Z',
};

/** The intake service as the status page sees it: answers `answer` and records what it was asked. */
function standInService(answer: StatusLookupResult): IntakeClient & { asked: Array<{ reference: string; statusCode: string }> } {
  const asked: Array<{ reference: string; statusCode: string }> = [];
  return {
    ...recordingClient({ kind: 'unreachable' }),
    asked,
    lookUpStatus: async (reference, statusCode) => {
      asked.push({ reference, statusCode });
      return answer;
    },
  };
}

async function readWholePage(): Promise<string[]> {
  await virtual.start({ container: document.body });
  for (let i = 0; i < 400 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  return log;
}

function typeAndSubmit(reference: string, code: string): void {
  fireEvent.input(screen.getByLabelText('Referentienummer'), { target: { value: reference } });
  fireEvent.input(screen.getByLabelText('Statuscode'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'Bekijk hoe het staat' }));
}

describe('the status page', () => {
  it('opened from the QR code: fills in both, clears them from the address, and shows the history, the later decision date with why, and the handler', async () => {
    const service = standInService({ kind: 'found', report });
    renderApp(`/status#reference=${REFERENCE}&code=${CODE}`, undefined, service);
    expect(await screen.findByRole('heading', { level: 2, name: 'Zo staat het met uw aanvraag' })).toBeTruthy();
    expect(service.asked).toEqual([{ reference: REFERENCE, statusCode: CODE }]);
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/status');
    expect((screen.getByLabelText('Statuscode') as HTMLInputElement).value).toBe(CODE);
    const steps = itemsOf(document.querySelector('ol'));
    expect(steps).toEqual(['29 november 2026 om 11:15 De gemeente heeft uw aanvraag ontvangen.', expect.stringContaining('doorgestuurd'), '2 december 2026 om 10:00 Wij bekijken uw medische gegevens.']);
    expect(screen.getByText('De gemeente heeft meer tijd genomen. Zij beslist nu uiterlijk op 8 maart 2027.')).toBeTruthy();
    expect(screen.getByText('De reden: Wij wachten op advies van de arts.')).toBeTruthy();
    expect(screen.getByText('Hoort u niets vóór 8 maart 2027? Neem dan contact met ons op.')).toBeTruthy();
    expect(screen.getByText('Uw contactpersoon is Sanne de Vries.')).toBeTruthy();
    expect(screen.getByRole('link', { name: '14 030' }).getAttribute('href')).toBe('tel:14030');
    expect(screen.getByText(/voor het laatst bekeken op 3 december 2026 om 09:00/)).toBeTruthy();
    await expectNoAxeViolations('status page with a report, Dutch');
  });

  it('is read by a screen reader as a list of statuses, each with its date', async () => {
    renderApp(`/status#reference=${REFERENCE}&code=${CODE}`, undefined, standInService({ kind: 'found', report }));
    await screen.findByRole('heading', { level: 2, name: 'Zo staat het met uw aanvraag' });
    const log = await readWholePage();
    const list = log.slice(log.indexOf('list'), log.indexOf('end of list'));
    expect(list.length).toBeGreaterThan(0);
    expect(list).toContain('29 november 2026 om 11:15');
    expect(list).toContain('De gemeente heeft uw aanvraag ontvangen.');
    expect(list).toContain('2 december 2026 om 10:00');
    expect(list).toContain('Wij bekijken uw medische gegevens.');
    expect(log).toContain('heading, Wat er met uw aanvraag is gebeurd, level 3');
  });

  it('without a case system: our own words, the desk as contact, no "last checked"', async () => {
    const plain: StatusReport = { reference: REFERENCE, permitId: GPK, receivedAt: report.receivedAt, history: [report.history[0] ?? { status: 'received', at: report.receivedAt }], expectedDecisionBy: '2027-01-25', silenceMeansConsent: true };
    renderApp('/status', undefined, standInService({ kind: 'found', report: plain }));
    typeAndSubmit(REFERENCE.toLowerCase(), formatStatusCode(CODE));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Zo staat het met uw aanvraag' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('De gemeente beslist uiterlijk op 25 januari 2027.')).toBeTruthy();
    expect(screen.getByText('Hoort u niets vóór 25 januari 2027? Dan mag u ervan uitgaan dat het goed is.')).toBeTruthy();
    expect(screen.getByText(/Uw contactpersoon is het Hulploket Vergunningen/)).toBeTruthy();
    expect(screen.queryByText(/voor het laatst bekeken/)).toBeNull();
  });

  it('in English, with a report and with errors, is axe clean', async () => {
    language.set('en');
    renderApp(`/status#reference=${REFERENCE}&code=${CODE}`, undefined, standInService({ kind: 'found', report }));
    expect(await screen.findByRole('heading', { level: 2, name: 'How your application is doing' })).toBeTruthy();
    expect(screen.getByText('The municipality has taken more time. It now decides by 8 March 2027 at the latest.')).toBeTruthy();
    await expectNoAxeViolations('status page with a report, English');
    fireEvent.input(screen.getByLabelText('Status code'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'See how it is doing' }));
    expect(await screen.findByText('Enter the status code. It is on your proof of receipt.', { selector: 'a' })).toBeTruthy();
    await expectNoAxeViolations('status page with an error, English');
  });

  it('catches a mistyped code by its check symbol: error summary with focus, "Fout:" in the title, the typed text kept, nothing asked', async () => {
    const service = standInService({ kind: 'found', report });
    renderApp('/status', undefined, service);
    await screen.findByRole('heading', { level: 1, name: 'Hoe staat het met mijn aanvraag?' });
    await expectNoAxeViolations('empty status page, Dutch');
    const wrong = `${CODE.slice(0, -1)}${CODE.endsWith('2') ? '3' : '2'}`;
    typeAndSubmit(REFERENCE, wrong);
    const message = 'Deze statuscode klopt niet. Misschien is er een teken verkeerd. Kijk de code op uw bewijs van ontvangst na.';
    const link = await screen.findByRole('link', { name: message });
    await waitFor(() => expect(document.activeElement?.contains(link)).toBe(true));
    expect(document.title.startsWith('Fout:')).toBe(true);
    const box = screen.getByLabelText('Statuscode') as HTMLInputElement;
    expect(box.value).toBe(wrong);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(service.asked).toEqual([]);
    await expectNoAxeViolations('status page with a mistyped code, Dutch');
  });

  it('names both empty boxes, and a reference that is not shaped as one', async () => {
    renderApp('/status', undefined, standInService({ kind: 'notFound' }));
    await screen.findByRole('heading', { level: 1, name: 'Hoe staat het met mijn aanvraag?' });
    typeAndSubmit('', '');
    expect(await screen.findByRole('link', { name: 'Vul het referentienummer in. Het staat op uw bewijs van ontvangst.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vul de statuscode in. Die staat op uw bewijs van ontvangst.' })).toBeTruthy();
    typeAndSubmit('123', CODE);
    expect(await screen.findByRole('link', { name: /Een referentienummer ziet er zo uit: HV-2026-000123/ })).toBeTruthy();
  });

  it('says one and the same thing for an unknown reference and a wrong code', async () => {
    renderApp('/status', undefined, standInService({ kind: 'notFound' }));
    await screen.findByRole('heading', { level: 1, name: 'Hoe staat het met mijn aanvraag?' });
    typeAndSubmit(REFERENCE, CODE);
    expect(
      await screen.findByRole('link', { name: 'Wij vinden geen aanvraag met dit referentienummer en deze statuscode. Kijk allebei na op uw bewijs van ontvangst.' }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Zo staat het met uw aanvraag' })).toBeNull();
  });

  it('says for how many minutes a locked reference or too many lookups must wait', async () => {
    renderApp('/status', undefined, standInService({ kind: 'locked', minutes: 15 }));
    await screen.findByRole('heading', { level: 1, name: 'Hoe staat het met mijn aanvraag?' });
    typeAndSubmit(REFERENCE, CODE);
    expect(await screen.findByRole('link', { name: /Daarom kunt u het 15 minuten niet opzoeken/ })).toBeTruthy();
  });
});

describe('the status code on the tablet', () => {
  const example = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
  const receipt: Receipt = { reference: 'HV-2026-000079', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-25', status: 'received' };

  it('shows on the receipt beside the reference with its QR code, and staff open its status from the list without typing it', async () => {
    const permit = findDefinition(GPK);
    if (!permit) throw new Error('The parking card definition is missing');
    const client = recordingClient({ kind: 'sent', receipt });
    const service = { ...client, asked: [] as Array<{ reference: string; statusCode: string }>, lookUpStatus: async (reference: string, statusCode: string) => {
      service.asked.push({ reference, statusCode });
      return { kind: 'found', report: { ...report, reference } } as const;
    } };
    const view = renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: example }, service);
    const application = applications.get()[GPK];
    if (application) await saveApplicationNow(tablet, application);
    await sendApplication(tablet, permit, 'nl');
    const code = (client.sent as Array<{ submission: ApplicationSubmission }>)[0]?.submission.statusCode ?? '';
    view.unmount();

    const receiptView = renderApp(`/aanvraag/${GPK}/verstuurd`, undefined, service);
    expect(await screen.findByText(formatStatusCode(code as ReturnType<typeof createStatusCode>))).toBeTruthy();
    expect(await screen.findByRole('img', { name: /QR-code/ })).toBeTruthy();
    expect(screen.getByText(/hoe het met uw aanvraag staat\. Geef de statuscode alleen/)).toBeTruthy();
    await expectNoAxeViolations('receipt with the status code');
    receiptView.unmount();

    // Not signed in: the list shows the receipt, not its status.
    const list = renderApp('/concepten', undefined, service);
    await screen.findByRole('button', { name: 'Bewijs van ontvangst (pdf) HV-2026-000079' });
    expect(screen.queryByRole('link', { name: /Bekijk hoe het staat/ })).toBeNull();
    list.unmount();
    signedInStaff.set({ staffId: 'm.jansen', name: 'Mila Jansen' });
    renderApp('/concepten', undefined, service);
    fireEvent.click(await screen.findByRole('link', { name: 'Bekijk hoe het staat HV-2026-000079' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Zo staat het met uw aanvraag' })).toBeTruthy();
    expect(service.asked).toEqual([{ reference: 'HV-2026-000079', statusCode: code }]);
    expect(location.href).not.toContain(code);
  });
});

/** The text of each item of a list, spaces collapsed. */
function itemsOf(list: Element | null): string[] {
  return [...(list?.querySelectorAll('li') ?? [])].map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim());
}
