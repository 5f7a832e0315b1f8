import { describe, expect, it } from 'vitest';
import { writePdf, type PdfDocument, type PdfTextBlock } from '../../../src/receipt';
import { pdfText } from '../../fixtures/pdfText';

const decode = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** A document of text blocks only, so a test can compare the text it gave with the text read back. */
type TextDocument = Omit<PdfDocument, 'blocks'> & { readonly blocks: readonly PdfTextBlock[] };

const receipt: TextDocument = {
  title: 'Bewijs van ontvangst',
  lang: 'nl-NL',
  blocks: [
    { kind: 'H1', text: 'Bewijs van ontvangst' },
    { kind: 'P', text: 'Referentienummer', strong: true },
    { kind: 'P', text: 'GV-2026-000123' },
    { kind: 'H2', text: 'Wat gebeurt er nu?' },
    { kind: 'P', text: 'Café “De Ëik” – leges € 48,95 (één keer); naïef ‘citaat’ \\ geen probleem.' },
  ],
};

describe('the PDF writer', () => {
  it('writes a PDF whose text can be extracted as it was given, Dutch letters, € and quotes included', () => {
    const pdf = decode(writePdf(receipt));
    expect(pdf.startsWith('%PDF-1.7\n')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdfText(pdf).split('\n')).toEqual(receipt.blocks.map((block) => block.text));
  });

  it('keeps the file plain ASCII (other bytes as escapes), with a correct cross-reference table', () => {
    const bytes = writePdf(receipt);
    expect(bytes.every((byte) => byte < 128)).toBe(true);
    const pdf = decode(bytes);
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    offsets.forEach((offset, index) => expect(pdf.slice(offset, offset + `${index + 1} 0 obj`.length)).toBe(`${index + 1} 0 obj`));
  });

  it('is tagged: language, title, and a heading or paragraph element for every block in reading order', () => {
    const pdf = decode(writePdf(receipt));
    expect(pdf).toMatch(/\/MarkInfo << \/Marked true >>/);
    expect(pdf).toMatch(/\/Lang \(nl-NL\)/);
    expect(pdf).toMatch(/\/DisplayDocTitle true/);
    expect([...pdf.matchAll(/\/S \/(H1|H2|H3|P) /g)].map((match) => match[1])).toEqual(['H1', 'P', 'P', 'H2', 'P']);
    expect([...pdf.matchAll(/\/(H1|H2|H3|P) << \/MCID (\d+) >> BDC/g)].map((match) => `${match[1]}${match[2]}`)).toEqual(['H10', 'P1', 'P2', 'H23', 'P4']);
  });

  it('wraps long text within the page and flows onto more pages, losing no word', () => {
    const sentence = 'Wij beslissen binnen acht weken over uw aanvraag voor een gehandicaptenparkeerkaart.';
    const long: TextDocument = { ...receipt, blocks: Array.from({ length: 60 }, (_, index) => ({ kind: 'P', text: `${index + 1}. ${sentence} ${sentence}` })) };
    const pdf = decode(writePdf(long));
    expect(Number(/\/Count (\d+)/.exec(pdf)?.[1])).toBeGreaterThan(1);
    const words = pdfText(pdf).split(/\s+/);
    expect(words.join(' ')).toBe(long.blocks.map((block) => block.text).join(' '));
    // Every line starts at the left margin and is short enough for the page (A4, 2 cm margins).
    for (const [, line = ''] of pdf.matchAll(/Td \(((?:\\[\s\S]|[^\\)])*)\) Tj/g)) expect(line.length).toBeLessThan(100);
  });

  it('writes the title as a UTF-16 text string, so a reader shows "–" and "ë" in it, not "Œ" (PDFDocEncoding)', () => {
    const pdf = decode(writePdf({ ...receipt, title: 'Ontvangstbewijs – Café Ëik 🙂' }));
    const hex = /\/Title <([0-9A-F]+)>/.exec(pdf)?.[1] ?? '';
    expect(hex.startsWith('FEFF')).toBe(true);
    const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
    expect(new TextDecoder('utf-16be').decode(bytes.subarray(2))).toBe('Ontvangstbewijs – Café Ëik 🙂');
  });

  it('replaces a character the standard fonts cannot show with "?", never with something else', () => {
    const pdf = decode(writePdf({ ...receipt, blocks: [{ kind: 'P', text: 'Straße ✓ İstanbul ĳs' }] }));
    expect(pdfText(pdf)).toBe('Straße ? ?stanbul ijs');
  });

  it('draws a figure as filled squares where its modules are black, tagged Figure with its text alternative, between the texts', () => {
    const modules = [
      [true, false, true],
      [false, true, false],
      [true, true, false],
    ];
    const document: PdfDocument = { ...receipt, blocks: [receipt.blocks[0] ?? { kind: 'H1', text: '' }, { kind: 'Figure', modules, size: 90, alt: 'QR-code naar de stand van zaken' }, { kind: 'P', text: 'Na de figuur' }] };
    const pdf = decode(writePdf(document));
    expect([...pdf.matchAll(/\/S \/(H1|Figure|P) /g)].map((match) => match[1])).toEqual(['H1', 'Figure', 'P']);
    const squares = [...pdf.matchAll(/([\d.]+) ([\d.]+) 30\.00 30\.00 re/g)].map((match) => [Number(match[1]), Number(match[2])]);
    expect(squares).toHaveLength(5);
    // Black at row 0, columns 0 and 2: the top row, 30 pt apart; the bottom row (2) at columns 0 and 1.
    const [x0 = 0, top = 0] = squares[0] ?? [];
    expect(squares).toEqual([
      [x0, top],
      [x0 + 60, top],
      [x0 + 30, top - 30],
      [x0, top - 60],
      [x0 + 30, top - 60],
    ]);
    const alt = /\/S \/Figure \/P 6 0 R \/Alt <([0-9A-F]+)>/.exec(pdf)?.[1] ?? '';
    expect(new TextDecoder('utf-16be').decode(Uint8Array.from(alt.match(/../g) ?? [], (pair) => parseInt(pair, 16)).subarray(2))).toBe('QR-code naar de stand van zaken');
    expect(pdfText(pdf).split('\n')).toEqual(['Bewijs van ontvangst', 'Na de figuur']);
  });
});
