import { formatAnswer } from '../../src/app/formatAnswer';
import { formatDateTime } from '../../src/app/formatDate';
import { formatLongDate } from '../../src/validation';
import { writePdf, type PdfBlock } from '../../src/receipt';
import { textKeys, todayIso, visiblePlan, type PermitDefinition } from '../../src/wizard';
import { serverTranslator } from '../problems/serverTranslators';
import type { ApplicationToForward } from './ForwardingStore';
import { identityCheckSentence, onBehalfRows, paymentSentence } from './deskFacts';

/**
 * The application form for the case system ("aanvraagformulier"), as a tagged PDF: every answer as
 * the person saw it on the check page, for whom and on what basis, the record of who helped and who
 * typed, the identity check and the payment at the desk, the consent with
 * its time and channel, the reference and the dates. In Dutch, the working language of the back
 * office; the language the person used is one of the facts. Its fixed labels are written here and
 * not in the catalogues, because the tablet never shows them.
 */
export function applicationFormPdf(forwarded: ApplicationToForward, permit: PermitDefinition): Uint8Array {
  const translator = serverTranslator('nl');
  const t = translator.t;
  const { application, reference } = forwarded;
  const receivedAt = forwarded.receivedAt.toISOString();
  const facts: [string, string][] = [
    ['Referentienummer', reference],
    ['Vergunning', t(textKeys.permitTitle(permit))],
    ['Formulierversie', String(application.formVersion)],
    ['Ontvangen', formatDateTime(receivedAt, translator.tag)],
    ['Uiterlijke beslisdatum', formatLongDate(forwarded.expectedDecisionBy, translator.tag)],
    ['Taal van de aanvrager', application.locale],
  ];
  const assistance = application.assistance;
  const help: [string, string][] = assistance.assisted
    ? [
        ['Geholpen door', `${assistance.staffName} (${assistance.staffId})`],
        ...(assistance.location ? ([['Waar', assistance.location]] as [string, string][]) : []),
        ...Object.entries(assistance.typedBy ?? {}).map(([stepId, typedBy]): [string, string] => [
          `Getypt bij "${stepTitle(permit, stepId, t)}"`,
          typedBy === 'staff' ? 'door de medewerker, voor de aanvrager' : 'door de aanvrager',
        ]),
        ...(assistance.internalNote ? ([['Notitie van de medewerker', assistance.internalNote]] as [string, string][]) : []),
      ]
    : [['Geholpen door', 'Niemand: de aanvrager vulde het zelf in']];
  const consent: [string, string][] = application.consent
    ? [
        ['Akkoord gegeven', formatDateTime(application.consent.at, translator.tag)],
        ['Wil bericht krijgen', t(`consent.channel.option.${application.consent.contactChannel}`)],
      ]
    : [['Akkoord gegeven', 'Niet vastgelegd (aanvraag van voor het akkoordscherm)']];
  const desk = [identityCheckSentence(application.desk), paymentSentence(application.desk)].filter((line): line is string => line !== undefined);
  const files = forwarded.files.map((file): [string, string] => [file.name, `${file.mediaType}, ${file.size} bytes, SHA-256 ${file.sha256}`]);

  const plan = visiblePlan(permit, forwarded.answers, todayIso(forwarded.receivedAt));
  const blocks: PdfBlock[] = [
    { kind: 'P', text: 'Hulploket Vergunningen', spaceBefore: 0 },
    { kind: 'H1', text: `Aanvraagformulier ${t(textKeys.permitTitle(permit))}`, spaceBefore: 12 },
    ...pairs(facts),
    { kind: 'H2', text: 'Voor wie' },
    ...pairs(onBehalfRows(application.onBehalf)),
    { kind: 'H2', text: 'Hulp bij het invullen' },
    ...pairs(help),
    ...(desk.length > 0 ? [{ kind: 'H2', text: 'Aan de balie' } satisfies PdfBlock, ...desk.map((text): PdfBlock => ({ kind: 'P', text }))] : []),
    { kind: 'H2', text: 'Akkoord en contact' },
    ...pairs(consent),
    { kind: 'H2', text: 'Antwoorden' },
    ...plan.flatMap(({ step, questions }): PdfBlock[] => [
      { kind: 'H3', text: t(textKeys.stepTitle(permit, step)) },
      ...pairs(questions.map((question) => [t(textKeys.label(permit, question)), formatAnswer(translator, permit, question, forwarded.answers[question.id])])),
    ]),
    { kind: 'H2', text: 'Bijlagen' },
    ...(files.length > 0 ? pairs(files) : [{ kind: 'P', text: 'Geen' } satisfies PdfBlock]),
  ];
  return writePdf({ title: `Aanvraag ${reference} – ${t(textKeys.permitTitle(permit))}`, lang: 'nl', blocks });
}

/** The same application for machines: the normalised answers with the record around them. */
export function applicationData(forwarded: ApplicationToForward): Uint8Array {
  const { application } = forwarded;
  return new TextEncoder().encode(
    JSON.stringify({
      reference: forwarded.reference,
      formId: application.formId,
      formVersion: application.formVersion,
      locale: application.locale,
      receivedAt: forwarded.receivedAt.toISOString(),
      expectedDecisionBy: forwarded.expectedDecisionBy,
      answers: forwarded.answers,
      assistance: application.assistance,
      consent: application.consent ?? null,
      onBehalf: application.onBehalf ?? null,
      desk: application.desk ?? null,
      files: forwarded.files.map(({ questionId, position, name, mediaType, size, sha256 }) => ({ questionId, position, name, mediaType, size, sha256 })),
    }),
  );
}

function pairs(rows: readonly (readonly [string, string])[]): PdfBlock[] {
  return rows.flatMap(([label, value]): PdfBlock[] => [
    { kind: 'P', text: label, strong: true, spaceBefore: 8 },
    { kind: 'P', text: value, spaceBefore: 0 },
  ]);
}

function stepTitle(permit: PermitDefinition, stepId: string, t: (key: string) => string): string {
  const step = permit.steps.find((candidate) => candidate.id === stepId);
  return step ? t(textKeys.stepTitle(permit, step)) : stepId;
}
