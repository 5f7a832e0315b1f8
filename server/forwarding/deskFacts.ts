import { formatDateTime } from '../../src/app/formatDate';
import { formatMoney } from '../../src/app/formatMoney';
import { actsInTheirName, type RepresentationBasis } from '../../src/definitions';
import type { Application } from '../contract/apiTypes';
import { serverTranslator } from '../problems/serverTranslators';

type OnBehalf = NonNullable<Application['onBehalf']>;
type DeskRecord = NonNullable<Application['desk']>;

/**
 * The bases in the back office's words, with the law that gives each (see `REPRESENTATION_BASES`
 * in src/definitions/onBehalfForm.ts); the tablet's option texts speak to the person ("Ik ben ...").
 */
const BASIS_WORDS: Readonly<Record<RepresentationBasis, string>> = {
  legalRepresentative: 'wettelijk vertegenwoordiger (ouder of voogd, BW 1:245)',
  curator: 'curator (BW 1:378)',
  administrator: 'bewindvoerder (BW 1:441)',
  mentor: 'mentor (BW 1:453)',
  writtenAuthorisation: 'schriftelijk gemachtigd (Awb 2:1 lid 2)',
  familyHelper: 'familielid dat helpt, zonder machtiging',
};

/** The back office works in Dutch (see applicationForm.ts). */
const dutch = serverTranslator('nl');

const PAYMENT_WORDS = { pin: 'pin aan de balie', invoice: 'per rekening, nog te betalen', notDue: 'niet nodig' } as const;

/** The representative, when the application is made for someone else: who, on what basis, whether they act in the person's name. */
export interface Representative {
  readonly name: string;
  readonly phone: string;
  readonly email?: string;
  readonly basis: RepresentationBasis;
  readonly basisWords: string;
  readonly actsInTheirName: boolean;
}

export function representativeOf(onBehalf: OnBehalf | undefined): Representative | undefined {
  if (onBehalf?.onBehalfOf !== 'someoneElse' || !onBehalf.representationBasis || !onBehalf.representativeName || !onBehalf.representativePhone) return undefined;
  const basis = onBehalf.representationBasis;
  return {
    name: onBehalf.representativeName,
    phone: onBehalf.representativePhone,
    ...(onBehalf.representativeEmail ? { email: onBehalf.representativeEmail } : {}),
    basis,
    basisWords: BASIS_WORDS[basis],
    actsInTheirName: actsInTheirName(basis),
  };
}

/** "Identiteit gecontroleerd ...": which kind of document for whom, valid or not, by whom and when; never a number. */
export function identityCheckSentence(desk: DeskRecord | undefined): string | undefined {
  const check = desk?.identityCheck;
  if (!check) return undefined;
  const { t } = dutch;
  const document = (question: string, value: string) => (value === 'notChecked' ? 'niet gecontroleerd' : t(`permit.desk.q.${question}.option.${value}`).toLowerCase());
  const whom = [
    `aanvrager: ${document('applicantIdentity', check.applicantIdentity)}`,
    ...(check.representativeIdentity ? [`vertegenwoordiger of helper: ${document('representativeIdentity', check.representativeIdentity)}`] : []),
  ].join(', ');
  const valid = check.identityDocumentsValid === undefined ? '' : check.identityDocumentsValid ? '; geldig' : '; niet geldig';
  return `Identiteit aan de balie gecontroleerd (${whom}${valid}) door ${check.recordedBy.staffName} (${check.recordedBy.staffId}), ${formatDateTime(check.recordedAt, dutch.tag)}. Geen documentnummer of kopie bewaard.`;
}

/** "Betaald aan de balie: € 158,95 (pin ...)": how, how much, by whom and when. */
export function paymentSentence(desk: DeskRecord | undefined): string | undefined {
  const payment = desk?.payment;
  if (!payment) return undefined;
  const receipt = payment.pinReceiptNumber ? `, bonnummer ${payment.pinReceiptNumber}` : '';
  return `Kosten ${formatMoney(payment.amountCents, dutch.tag)}: ${PAYMENT_WORDS[payment.paymentMethod]}${receipt}; vastgelegd door ${payment.recordedBy.staffName} (${payment.recordedBy.staffId}), ${formatDateTime(payment.recordedAt, dutch.tag)}.`;
}

/** The rows "for whom" of the application form (PDF). */
export function onBehalfRows(onBehalf: OnBehalf | undefined): [string, string][] {
  if (!onBehalf) return [['Voor wie', 'Niet gevraagd (aanvraag van voor deze vraag)']];
  const representative = representativeOf(onBehalf);
  if (!representative) return [['Voor wie', 'Voor de aanvrager zelf']];
  return [
    ['Voor wie', 'Voor iemand anders: de aanvrager'],
    ['Vertegenwoordiger of helper', representative.name],
    ['Op grond van', representative.basisWords],
    ['Handelt namens de aanvrager', representative.actsInTheirName ? 'Ja' : 'Nee: de aanvraag is van de aanvrager zelf'],
    ['Telefoon', representative.phone],
    ...(representative.email ? ([['E-mail', representative.email]] as [string, string][]) : []),
  ];
}
