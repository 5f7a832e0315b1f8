import type { PdfBlock, PdfDocument, PdfFigure, PdfTextBlock } from './PdfDocument';
import type { PdfFonts } from './PdfFonts';
import { pdfTextString } from './pdfTextString';
import { standardFonts } from './standardFonts';
import { pdfString } from './winAnsi';

/** A4 in points, with 2 cm margins. */
const PAGE = { width: 595.28, height: 841.89, margin: 56.69 };
const STYLE: Readonly<Record<PdfTextBlock['kind'], { size: number; spaceBefore: number }>> = {
  H1: { size: 20, spaceBefore: 0 },
  H2: { size: 15, spaceBefore: 18 },
  H3: { size: 13, spaceBefore: 12 },
  P: { size: 12, spaceBefore: 6 },
};
const LINE_HEIGHT = 1.4;
const FIGURE_SPACE_BEFORE = 12;

interface Line {
  readonly text: string;
  readonly width: number;
  readonly size: number;
  readonly strong: boolean;
  readonly y: number;
}

/** A block's lines (or its figure) on one page: one marked-content sequence, one part of the block's tag. */
interface Piece {
  readonly block: number;
  readonly page: number;
  readonly mcid: number;
  readonly lines: readonly Line[];
  /** A figure's lower edge on the page, in points. */
  readonly figureY?: number;
}

/**
 * A small, dependency-free PDF 1.7 writer for text documents such as the receipt: real text that
 * can be selected, searched and read aloud, and tagged (headings and paragraphs in a structure
 * tree, with the document's language and title) so screen readers read it in order. `fonts`: the
 * standard Helvetica fonts (nothing embedded) unless the text needs others (`receiptFonts`).
 * Lines start at the side the document's direction starts. Uncompressed: a receipt is a few KB.
 */
export function writePdf(document: PdfDocument, fonts: PdfFonts = standardFonts()): Uint8Array<ArrayBuffer> {
  const pieces = layout(document.blocks, fonts);
  const pageCount = Math.max(1, ...pieces.map((piece) => piece.page + 1));

  // Object numbers: 1 catalog, 2 pages, 3 the fonts' resource dictionary, 4 info, 5 struct tree
  // root, 6 document element, then one element per block, then a page and a content stream per
  // page, then the fonts.
  const blockObject = (block: number) => 7 + block;
  const pageObject = (page: number) => 7 + document.blocks.length + 2 * page;
  const contentObject = (page: number) => pageObject(page) + 1;
  const objects = new Map<number, string>();
  const lineStart = (line: Line) => (document.direction === 'rtl' ? PAGE.width - PAGE.margin - line.width : PAGE.margin);

  objects.set(
    1,
    `<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo << /Marked true >> /Lang ${pdfString(document.lang)} /ViewerPreferences << /DisplayDocTitle true >> >>`,
  );
  objects.set(2, `<< /Type /Pages /Kids [${range(pageCount).map((page) => `${pageObject(page)} 0 R`).join(' ')}] /Count ${pageCount} >>`);
  objects.set(4, `<< /Title ${pdfTextString(document.title)} /Producer (Hulploket Vergunningen) >>`);
  const parentTree = range(pageCount).map((page) => {
    const onPage = pieces.filter((piece) => piece.page === page).sort((a, b) => a.mcid - b.mcid);
    return `${page} [${onPage.map((piece) => `${blockObject(piece.block)} 0 R`).join(' ')}]`;
  });
  objects.set(5, `<< /Type /StructTreeRoot /K [6 0 R] /ParentTree << /Nums [${parentTree.join(' ')}] >> /ParentTreeNextKey ${pageCount} >>`);
  objects.set(6, `<< /Type /StructElem /S /Document /P 5 0 R /K [${document.blocks.map((_, block) => `${blockObject(block)} 0 R`).join(' ')}] >>`);
  document.blocks.forEach((block, index) => {
    const own = pieces.filter((piece) => piece.block === index);
    const marked = own.map((piece) => `<< /Type /MCR /Pg ${pageObject(piece.page)} 0 R /MCID ${piece.mcid} >>`);
    // A figure's text alternative and where it sits (PDF/UA asks both of a Figure, ISO 14289-1, 7.3).
    const figure = block.kind === 'Figure' && own[0]?.figureY !== undefined ? ` /Alt ${pdfTextString(block.alt)} /A << /O /Layout /BBox [${figureBox(block, own[0].figureY)}] >>` : '';
    objects.set(blockObject(index), `<< /Type /StructElem /S /${block.kind} /P 6 0 R${figure} /K [${marked.join(' ')}] >>`);
  });
  for (const page of range(pageCount)) {
    const stream = pieces
      .filter((piece) => piece.page === page)
      .map((piece) => {
        const block = document.blocks[piece.block];
        const kind = block?.kind ?? 'P';
        if (block?.kind === 'Figure' && piece.figureY !== undefined) return `/Figure << /MCID ${piece.mcid} >> BDC\n${figureSquares(block, piece.figureY)}\nEMC`;
        const text = piece.lines
          .map((line) => `BT ${lineStart(line).toFixed(2)} ${line.y.toFixed(2)} Td ${fonts.show(line.text, line.size, line.strong)} ET`)
          .join('\n');
        return `/${kind} << /MCID ${piece.mcid} >> BDC\n${text}\nEMC`;
      })
      .join('\n');
    objects.set(
      pageObject(page),
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font 3 0 R >> /Contents ${contentObject(page)} 0 R /StructParents ${page} /Tabs /S >>`,
    );
    objects.set(contentObject(page), `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  }

  // Shown last, so embedded fonts hold exactly the glyphs of the pages; 3 is their resource dictionary.
  const firstFont = pageObject(pageCount);
  const fontObjects = fonts.objects(firstFont);
  objects.set(3, fontObjects.resources);
  fontObjects.objects.forEach((object, index) => objects.set(firstFont + index, object));

  // Everything above is ASCII (pdfString escapes the rest), so string lengths are byte offsets.
  let file = '%PDF-1.7\n';
  const offsets: number[] = [];
  const count = objects.size;
  for (let number = 1; number <= count; number += 1) {
    offsets.push(file.length);
    file += `${number} 0 obj\n${objects.get(number) ?? 'null'}\nendobj\n`;
  }
  const xref = file.length;
  file += `xref\n0 ${count + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  file += `trailer\n<< /Size ${count + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(file);
}

/** Wraps every block to the page width and flows the lines over pages; a heading never ends a page. */
function layout(blocks: readonly PdfBlock[], fonts: PdfFonts): Piece[] {
  const width = PAGE.width - 2 * PAGE.margin;
  const pieces: Piece[] = [];
  let page = 0;
  let y = PAGE.height - PAGE.margin;
  let mcid = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'Figure') {
      y -= block.spaceBefore ?? FIGURE_SPACE_BEFORE;
      if (y - block.size < PAGE.margin) {
        page += 1;
        mcid = 0;
        y = PAGE.height - PAGE.margin;
      }
      y -= block.size;
      pieces.push({ block: index, page, mcid: mcid++, lines: [], figureY: y });
      return;
    }
    const { size, spaceBefore } = STYLE[block.kind];
    const strong = block.kind !== 'P' || block.strong === true;
    const step = size * LINE_HEIGHT;
    const texts = wrap(block.text, (text) => fonts.width(text, size, strong) <= width);
    const keepWithNext = block.kind === 'P' ? 0 : step * 2;
    y -= block.spaceBefore ?? spaceBefore;
    let lines: Line[] = [];
    texts.forEach((text, lineIndex) => {
      const needed = step + (lineIndex === 0 ? keepWithNext : 0);
      const atTop = lines.length === 0 && y >= PAGE.height - PAGE.margin - (block.spaceBefore ?? spaceBefore);
      if (y - needed < PAGE.margin && !atTop) {
        if (lines.length > 0) pieces.push({ block: index, page, mcid: mcid++, lines });
        lines = [];
        page += 1;
        mcid = 0;
        y = PAGE.height - PAGE.margin;
      }
      y -= step;
      lines.push({ text, width: fonts.width(text, size, strong), size, strong, y: y + (step - size) / 2 });
    });
    if (lines.length > 0) pieces.push({ block: index, page, mcid: mcid++, lines });
  });
  return pieces;
}

/** Breaks text into lines that fit, at spaces (and within a word only when it alone is too long). */
function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (!fits(line)) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The figure's black modules as filled squares (`re`), one fill for all, at the left margin. */
function figureSquares(figure: PdfFigure, bottom: number): string {
  const count = figure.modules.length;
  const module = figure.size / count;
  const squares = figure.modules.flatMap((row, rowIndex) =>
    row.flatMap((black, column) => (black ? [`${(PAGE.margin + column * module).toFixed(2)} ${(bottom + (count - rowIndex - 1) * module).toFixed(2)} ${module.toFixed(2)} ${module.toFixed(2)} re`] : [])),
  );
  return `0 g\n${squares.join('\n')}\nf`;
}

function figureBox(figure: PdfFigure, bottom: number): string {
  return [PAGE.margin, bottom, PAGE.margin + figure.size, bottom + figure.size].map((value) => value.toFixed(2)).join(' ');
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
