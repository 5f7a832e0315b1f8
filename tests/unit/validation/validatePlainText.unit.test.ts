import { describe, expect, it } from 'vitest';
import { isPlainFileName, removeUnsafeCharacters, validatePlainText, type TextKind } from '../../../src/validation';

const refused = { ok: false, code: 'text.unsafe' };
const kinds: readonly TextKind[] = ['line', 'lines', 'fileName'];

/** Each class of character the rule refuses in every kind of text, with one example inside a word. */
const refusedEverywhere: ReadonlyArray<[string, string]> = [
  ['NUL (PostgreSQL cannot store it)', '\u0000'],
  ['a C0 control (bell)', '\u0007'],
  ['a terminal escape', '\u001b[31m'],
  ['vertical tab and form feed', '\u000b\u000c'],
  ['DEL', '\u007f'],
  ['a C1 control (NEL)', '\u0085'],
  ['the last C1 control', '\u009f'],
  ['a right-to-left override', '\u202e'],
  ['a left-to-right embedding', '\u202a'],
  ['a pop directional formatting', '\u202c'],
  ['a first strong isolate', '\u2068'],
  ['a pop directional isolate', '\u2069'],
  ['a zero-width space', '\u200b'],
  ['a word joiner', '\u2060'],
  ['an invisible operator', '\u2062'],
  ['a byte order mark', '\ufeff'],
  ['an interlinear annotation anchor', '\ufff9'],
  ['a lone high surrogate', '\ud83d'],
  ['a lone low surrogate', '\ude00'],
  ['a noncharacter U+FFFE', '\ufffe'],
  ['a noncharacter U+FDD0', '\ufdd0'],
  ['a noncharacter in plane 1', '\u{1fffe}'],
];

describe('validatePlainText: characters nobody means to type are refused', () => {
  it.each(refusedEverywhere)('refuses %s in one-line, multi-line text and file names', (_what, character) => {
    for (const kind of kinds) expect(validatePlainText(`Ja${character}n`, kind), kind).toEqual(refused);
  });

  it('shows why: a file named scan‮fdp.exe would show as "scanexe.pdf"', () => {
    expect(validatePlainText('scan\u202efdp.exe', 'line')).toEqual(refused);
  });

  it('allows tab, line feed and carriage return only where the text may run over several lines', () => {
    for (const character of ['\t', '\n', '\r', '\u2028', '\u2029']) {
      expect(validatePlainText(`regel 1${character}regel 2`, 'lines')).toEqual({ ok: true, value: `regel 1${character}regel 2` });
      expect(validatePlainText(`regel 1${character}regel 2`, 'line')).toEqual(refused);
      expect(validatePlainText(`regel 1${character}regel 2`, 'fileName')).toEqual(refused);
    }
  });

  it('keeps the joiners Persian and emoji need in typed answers, and refuses them in file names', () => {
    const persian = 'می\u200cخواهم'; // "I want": the ZWNJ keeps the prefix unjoined
    const family = '👨\u200d👩\u200d👧';
    for (const text of [persian, family]) {
      expect(validatePlainText(text, 'line')).toEqual({ ok: true, value: text });
      expect(validatePlainText(text, 'lines')).toEqual({ ok: true, value: text });
      expect(validatePlainText(text, 'fileName')).toEqual(refused);
    }
  });

  it('keeps the bidirectional marks Arabic and Hebrew keyboards type, and refuses them in file names', () => {
    for (const mark of ['\u200e', '\u200f', '\u061c']) {
      expect(validatePlainText(`شارع 12${mark}A`, 'line').ok).toBe(true);
      expect(validatePlainText(`scan${mark}.pdf`, 'fileName')).toEqual(refused);
    }
  });

  it.each([
    ['Dutch diacritics', 'Zoë Brûlé-van ’t Hoff, Cöln, café, één'],
    ['Turkish dotted capital I and dotless i', 'İstanbul, Iğdır, ılık'],
    ['Arabic', 'شارع السلام ١٢'],
    ['Persian with ZWNJ', 'خیابان\u200cها'],
    ['Hebrew', 'רחוב הרצל'],
    ['emoji with a variation selector and a skin tone', '❤️ 👍🏽 🇳🇱'],
    ['a flag with tag characters', '🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}'],
    ['Devanagari with a virama', 'क्षत्रिय'],
    ['a non-breaking space and a soft hyphen', 'Van\u00a0Dijk, ver\u00adgunning'],
    ['Chinese', '阿姆斯特丹'],
  ])('lets %s through unchanged', (_what, text) => {
    for (const kind of kinds.filter((candidate) => candidate !== 'fileName' || !text.includes('\u200c'))) {
      expect(validatePlainText(text, kind), kind).toEqual({ ok: true, value: text });
    }
  });
});

describe('removeUnsafeCharacters', () => {
  it('drops exactly the refused characters and keeps the rest as it was', () => {
    expect(removeUnsafeCharacters('scan\u202efdp.exe', 'fileName')).toBe('scanfdp.exe');
    expect(removeUnsafeCharacters('a\u0000b\u001b[31mc\u200bd\ud83de\ufeff.pdf', 'fileName')).toBe('ab[31mcde.pdf');
    expect(removeUnsafeCharacters('می\u200cخواهم.pdf', 'fileName')).toBe('میخواهم.pdf');
    expect(removeUnsafeCharacters('می\u200cخواهم', 'line')).toBe('می\u200cخواهم');
    expect(removeUnsafeCharacters('regel 1\nregel 2', 'lines')).toBe('regel 1\nregel 2');
  });

  it('leaves nothing the rule refuses', () => {
    const everything = refusedEverywhere.map(([, character]) => character).join('x');
    for (const kind of kinds) expect(validatePlainText(removeUnsafeCharacters(everything, kind), kind).ok, kind).toBe(true);
  });
});

describe('isPlainFileName', () => {
  it.each(['aanvraag.pdf', 'Foto van de auto (1).jpg', 'Brûlé İstanbul.png', 'شارع.pdf', '❤️.jpg'])('takes %s', (name) => {
    expect(isPlainFileName(name)).toBe(true);
  });

  it.each([
    ['a folder', 'map/aanvraag.pdf'],
    ['a Windows folder', 'map\\aanvraag.pdf'],
    ['a parent folder', '..'],
    ['spaces around it', ' aanvraag.pdf'],
    ['a right-to-left override', 'scan\u202efdp.exe'],
    ['a NUL', 'aanvraag\u0000.pdf'],
    ['a zero-width joiner', 'aan\u200dvraag.pdf'],
    ['a right-to-left mark', 'aan\u200fvraag.pdf'],
    ['a lone surrogate', 'aanvraag\ud83d.pdf'],
    ['too many characters', `${'a'.repeat(252)}.pdf`],
  ])('refuses a name with %s', (_what, name) => {
    expect(isPlainFileName(name)).toBe(false);
  });
});
