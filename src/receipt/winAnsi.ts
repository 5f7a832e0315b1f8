/** Characters of Windows-1252 ("WinAnsi") in 0x80–0x9F, where it differs from Latin-1. */
const high: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c,
  'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * `text` as a PDF literal string in WinAnsi encoding, the encoding of the standard fonts: Dutch
 * letters (é, ë, ï, ĳ as "ij"), "€" and typographic quotes survive; anything else becomes "?".
 * Bytes above 127 are written as octal escapes, so the PDF file stays plain ASCII.
 */
export function pdfString(text: string): string {
  let out = '(';
  for (const character of winAnsiText(text)) {
    const byte = winAnsiByte(character) ?? 63;
    if (character === '(' || character === ')' || character === '\\') out += `\\${character}`;
    else if (byte > 126) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

/** Whether every character of `text` has a WinAnsi byte, so the standard fonts can show it. */
export function fitsWinAnsi(text: string): boolean {
  // Line breaks and tabs never reach a line: the writer wraps at them.
  for (const character of winAnsiText(text)) if (!/\s/.test(character) && winAnsiByte(character) === undefined) return false;
  return true;
}

/** Letters WinAnsi lacks but writes as two (ĳ as "ij"), and narrow spaces as spaces. */
function winAnsiText(text: string): string {
  return text.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ').replace(/\u00a0|\u202f/g, ' ');
}

function winAnsiByte(character: string): number | undefined {
  const code = character.charCodeAt(0);
  return code >= 32 && code <= 126 ? code : code >= 0xa0 && code <= 0xff ? code : high[character];
}
