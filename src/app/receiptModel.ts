import { parseStatusCode, formatStatusCode } from '../crypto';
import type { Translator } from '../i18n';
import type { Receipt } from '../intake';
import type { PdfBlock, PdfDocument } from '../receipt';
import { statusLink } from '../status';
import { textKeys, todayIso, visiblePlan, type Answers, type PermitDefinition } from '../wizard';
import type { SentPayment } from '../application';
import { formatAnswer } from './formatAnswer';
import { formatMoney } from './formatMoney';
import { formatLongDate } from '../validation';
import { formatDateTime } from './formatDate';
import { municipality } from './municipality';
import type { QrModules } from './qrModules';
import { routePath } from './routes';

export interface ReceiptRow {
  readonly label: string;
  readonly value: string;
}

/**
 * The proof of receipt as the person reads it, on the screen, on paper and in the PDF alike:
 * the reference, when it arrived, the permit, the decision date, what happens next (silence as
 * consent or not, objection), the contact, and a summary of what was sent (the Awb asks for it).
 */
export interface ReceiptModel {
  readonly title: string;
  readonly reference: string;
  readonly facts: readonly ReceiptRow[];
  /** The status code and what it is for; absent on receipts of applications sent before there were status codes. */
  readonly statusCode?: ReceiptStatusCode;
  readonly nextTitle: string;
  readonly next: readonly string[];
  readonly contactTitle: string;
  /** The contact sentence; the phone number and e-mail address follow it (as links on screen). */
  readonly contact: string;
  readonly contactEmail: string;
  readonly answersTitle: string;
  /** Per step of the form, what was sent; `undefined` when it is no longer on this tablet (see `Application.sentAnswers`). */
  readonly answers: readonly { readonly title: string; readonly rows: readonly ReceiptRow[] }[] | undefined;
  readonly answersGone: string;
}

export interface ReceiptStatusCode {
  readonly label: string;
  /** "Uw statuscode is", before the code on the screen. */
  readonly intro: string;
  /** For reading and writing down: `ABCD-EFGH-JKM`. */
  readonly code: string;
  /** What the code is for and where to use it. */
  readonly note: string;
  /** The status page with reference and code in its fragment: what the QR code holds. */
  readonly link: string;
  readonly qrAlt: string;
}

/** Where the receipt is made, beside what it is about. */
export interface ReceiptSetting {
  /** The app's address (`location.href` on the tablet): the status page link is made from it. */
  readonly appAddress: string;
  /** The employee who helped fill it in (staff mode): the contact person then, as the charter promises; otherwise the desk is. */
  readonly helperName?: string | undefined;
  /** How the fees were paid at the desk, when an employee recorded it. */
  readonly payment?: SentPayment | undefined;
}

export function receiptModel(translator: Translator, permit: PermitDefinition, receipt: Receipt & { readonly statusCode?: string }, sentAnswers: Answers | undefined, { appAddress, helperName, payment }: ReceiptSetting): ReceiptModel {
  const t = translator.t;
  const decisionBy = formatLongDate(receipt.expectedDecisionBy, translator.tag);
  const statusCode = receipt.statusCode ? parseStatusCode(receipt.statusCode) : undefined;
  const statusPage = new URL(routePath({ name: 'status' }), appAddress).href;
  return {
    title: t('receipt.title'),
    reference: receipt.reference,
    ...(statusCode?.ok
      ? {
          statusCode: {
            label: t('receipt.statusCode'),
            intro: t('receipt.statusCodeIntro'),
            code: formatStatusCode(statusCode.code),
            note: t('receipt.statusCodeNote', { address: statusPage }),
            link: statusLink(statusPage, receipt.reference, statusCode.code),
            qrAlt: t('receipt.qrAlt'),
          },
        }
      : {}),
    facts: [
      { label: t('receipt.reference'), value: receipt.reference },
      { label: t('sent.permit'), value: t(textKeys.permitTitle(permit)) },
      { label: t('sent.receivedAt'), value: formatDateTime(receipt.receivedAt, translator.tag) },
      { label: t('sent.decisionBy'), value: decisionBy },
      ...(payment ? [{ label: t('receipt.payment'), value: t(`receipt.payment.${payment.paymentMethod}`, { amount: formatMoney(payment.amountCents, translator.tag) }) }] : []),
    ],
    nextTitle: t('sent.nextTitle'),
    next: [
      t(textKeys.permitNextSteps(permit)),
      t(permit.decisionTerm.silenceIsConsent ? 'sent.silenceIsConsent' : 'sent.silenceIsNotConsent', { date: decisionBy }),
      t('sent.objection'),
    ],
    contactTitle: t('sent.contactTitle'),
    contact: helperName
      ? t('sent.contactPerson', { name: helperName, desk: t('desk.name'), reference: receipt.reference })
      : t('sent.contact', { desk: t('desk.name'), reference: receipt.reference }),
    contactEmail: t('sent.contactEmail'),
    answersTitle: t('receipt.answersTitle'),
    answers:
      sentAnswers &&
      visiblePlan(permit, sentAnswers, todayIso()).map(({ step, questions }) => ({
        title: t(textKeys.stepTitle(permit, step)),
        rows: questions.map((question) => ({ label: t(textKeys.label(permit, question)), value: formatAnswer(translator, permit, question, sentAnswers[question.id]) })),
      })),
    answersGone: t('receipt.answersGone'),
  };
}

/** Side of the QR code in the PDF, in points: 4 cm, easy for a phone's camera at arm's length. */
const QR_SIZE_POINTS = 113;

/**
 * The receipt as a PDF document: the same texts in the same order as on the screen, and the QR
 * code (`qr`, the modules of `model.statusCode.link`) below the status code.
 */
export function receiptPdfDocument(model: ReceiptModel, translator: Translator, qr?: QrModules): PdfDocument {
  const rows = (list: readonly ReceiptRow[]): PdfBlock[] =>
    list.flatMap((row) => [
      { kind: 'P', text: row.label, strong: true, spaceBefore: 8 },
      { kind: 'P', text: row.value, spaceBefore: 0 },
    ]);
  return {
    title: `${model.title} ${model.reference} – ${municipality.name}`,
    lang: translator.tag,
    direction: translator.direction,
    blocks: [
      { kind: 'P', text: `${municipality.name} – ${translator.t('desk.name')}`, spaceBefore: 0 },
      { kind: 'H1', text: model.title, spaceBefore: 12 },
      ...rows(model.facts.slice(0, 1)),
      ...(model.statusCode
        ? [
            ...rows([{ label: model.statusCode.label, value: model.statusCode.code }]),
            { kind: 'P', text: model.statusCode.note } satisfies PdfBlock,
            ...(qr ? [{ kind: 'Figure', modules: qr, size: QR_SIZE_POINTS, alt: model.statusCode.qrAlt } satisfies PdfBlock] : []),
          ]
        : []),
      ...rows(model.facts.slice(1)),
      { kind: 'H2', text: model.nextTitle },
      ...model.next.map((text): PdfBlock => ({ kind: 'P', text })),
      { kind: 'H2', text: model.contactTitle },
      { kind: 'P', text: `${model.contact} ${municipality.phone} ${model.contactEmail} ${municipality.email}.` },
      { kind: 'H2', text: model.answersTitle },
      ...(model.answers
        ? model.answers.flatMap((section): PdfBlock[] => [{ kind: 'H3', text: section.title }, ...rows(section.rows)])
        : [{ kind: 'P', text: model.answersGone } satisfies PdfBlock]),
    ],
  };
}
