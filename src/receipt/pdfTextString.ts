/**
 * A PDF "text string" (document information such as /Title) as UTF-16BE with a byte order mark,
 * written as a hex string so the file stays ASCII. Text strings are not shown with a font's
 * encoding: a reader decodes them as PDFDocEncoding unless they start with the BOM, and there
 * WinAnsi's "–" (0x96) reads as "Œ" (ISO 32000-1, 7.9.2.2 and Annex D).
 */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}
