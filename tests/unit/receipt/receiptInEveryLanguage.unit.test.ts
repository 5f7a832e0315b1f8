import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { receiptModel, receiptPdfDocument } from '../../../src/app/receiptModel';
import { createTranslator, locales } from '../../../src/i18n';
import { catalogues } from '../../../src/i18n/catalogues';
import { receiptFonts, writePdf } from '../../../src/receipt';
import { todayIso } from '../../../src/wizard';
import { permitExample } from '../../fixtures/permitExamples';
import { popplerText } from '../../fixtures/popplerText';

const example = permitExample('gehandicaptenparkeerkaart', 'firstApplicationDriver');
const receipt = { reference: 'HV-2026-000042', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-24', status: 'received' } as const;
const loadFromDisk = async (url: URL) => new Uint8Array(await readFile(url));
/** Letters, marks and digits only: pdftotext may move spaces and punctuation between scripts and at line ends. */
const lettersAndDigits = (text: string) => text.replace(/[^\p{L}\p{N}\p{M}]/gu, '');

describe.each(locales)('the receipt PDF in %s', (locale) => {
  const translator = createTranslator(locale, catalogues[locale] ?? {});
  const document = receiptPdfDocument(receiptModel(translator, example.permit, receipt, example.answers(todayIso()), { appAddress: 'https://hulploket.example/', helperName: 'Anna de Vries', payment: { paymentMethod: 'pin', amountCents: 15895 } }), translator);

  it('gives back every letter and digit of the receipt, in reading order, with the language set', async () => {
    const pdf = writePdf(document, await receiptFonts(document, loadFromDisk));
    const { text, fonts } = popplerText(pdf);
    expect(lettersAndDigits(text)).toBe(lettersAndDigits(document.blocks.map((block) => ('text' in block ? block.text : '')).join('')));
    expect(new TextDecoder('latin1').decode(pdf)).toContain(`/Lang (${translator.tag})`);
    const names = fonts.split('\n').slice(2).filter(Boolean).map((row) => row.split(/\s+/)[0] ?? '');
    // Dutch and English need only the standard fonts; every other language embeds what it draws.
    if (document.blocks.every((block) => block.kind === 'Figure' || /^[\x20-\x7e\u00a0-\u00ff€‘’“”–—…•]*$/.test(block.text.replace(/\s/g, ' ')))) expect(names).toEqual(['Helvetica', 'Helvetica-Bold']);
    else expect(names.every((name) => /^HVSUB[A-Z]\+NotoSans/.test(name)), names.join(', ')).toBe(true);
  });
});
