import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { receiptFonts, writePdf, type PdfDocument } from '../../../src/receipt';
import { popplerText } from '../../fixtures/popplerText';

const loadFromDisk = async (url: URL) => new Uint8Array(await readFile(url));
const pdfOf = async (document: PdfDocument) => writePdf(document, await receiptFonts(document, loadFromDisk));
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

const arabic: PdfDocument = {
  title: 'إيصال الاستلام',
  lang: 'ar',
  direction: 'rtl',
  blocks: [
    { kind: 'H1', text: 'إيصال الاستلام' },
    { kind: 'P', text: 'رقم المرجع: GV-2026-000123', strong: true },
    { kind: 'P', text: 'سنقرر خلال 8 أسابيع. لا تقلق، نحن نساعدك.' },
    { kind: 'P', text: 'الاسم: Jan de Vries' },
  ],
};
const tigrinya: PdfDocument = {
  title: 'ናይ ምቕባል ቅብሊት',
  lang: 'ti',
  blocks: [
    { kind: 'H1', text: 'ናይ ምቕባል ቅብሊት' },
    { kind: 'P', text: 'ቁጽሪ መወከሲ: GV-2026-000123' },
    { kind: 'P', text: 'ኣብ ውሽጢ 8 ሰሙናት ክንውስን ኢና።' },
  ],
};

describe('the receipt PDF in a script the standard fonts lack', () => {
  it('gives back Arabic text in reading order, with the reference number and a Latin name left to right', async () => {
    const { text } = popplerText(await pdfOf(arabic));
    // pdftotext rebuilds reading order from the page and puts spaces and punctuation between an
    // Arabic and a Latin run where its own rules say (with bidi marks for display): every letter
    // and digit must come back, in the order written.
    const lettersAndDigits = (line: string) => line.replace(/[^\p{L}\p{N}\p{M}]/gu, '');
    expect(lines(text).map(lettersAndDigits)).toEqual(arabic.blocks.map((block) => lettersAndDigits('text' in block ? block.text : '')));
    expect(lines(text)[0]).toBe('إيصال الاستلام');
  });

  it('draws Arabic from right to left: a line starts at the right margin, its first word rightmost', async () => {
    const pdf = new TextDecoder('latin1').decode(await pdfOf(arabic));
    const starts = [...pdf.matchAll(/BT ([\d.]+) [\d.]+ Td/g)].map((match) => Number(match[1]));
    const ends = arabic.blocks.map((_, index) => starts[index] ?? 0);
    // Lines of different lengths all end at the right margin, so they start at different places.
    expect(new Set(ends).size).toBe(arabic.blocks.length);
    expect(Math.min(...ends)).toBeGreaterThan(56.69);
  });

  it('gives back Tigrinya in Ge’ez script exactly', async () => {
    const { text } = popplerText(await pdfOf(tigrinya));
    expect(lines(text)).toEqual(tigrinya.blocks.map((block) => ('text' in block ? block.text : '')));
  });

  it('gives back Polish, Turkish and Ukrainian letters exactly', async () => {
    const blocks = ['Zażółć gęślą jaźń – € 31,90', 'Başvurunuzu aldık: İğdır, şık, ılık', 'Номер: GV-2026-000123. Ґанок, їжак, є.'];
    const { text } = popplerText(await pdfOf({ title: 'x', lang: 'pl', blocks: blocks.map((line) => ({ kind: 'P', text: line })) }));
    expect(lines(text)).toEqual(blocks);
  });

  it('embeds only the fonts it uses, each as a subset with a map back to the letters, and names the language', async () => {
    const pdf = await pdfOf(tigrinya);
    const { fonts } = popplerText(pdf);
    const rows = lines(fonts).slice(2);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['HVSUBA+NotoSans-Regular', 'HVSUBC+NotoSansEthiopic-Regular']);
    // emb, sub and uni: embedded, a subset, with a ToUnicode map.
    for (const row of rows) expect(row).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
    expect(new TextDecoder('latin1').decode(pdf)).toMatch(/\/Lang \(ti\)/);
    // The whole Ethiopic font is 73 KB; the subset for three lines a fraction of it (hex doubles it).
    expect(pdf.length).toBeLessThan(60_000);
  });

  it('embeds nothing for Dutch and English, which the standard fonts show', async () => {
    const pdf = await pdfOf({ title: 'Bewijs', lang: 'nl-NL', blocks: [{ kind: 'P', text: 'Café “De Ëik” – leges € 48,95\nnaïef' }] });
    const { fonts, text } = popplerText(pdf);
    expect(lines(fonts).slice(2).map((row) => row.split(/\s+/)[0])).toEqual(['Helvetica', 'Helvetica-Bold']);
    expect(lines(text)).toEqual(['Café “De Ëik” – leges € 48,95', 'naïef']);
  });
});
