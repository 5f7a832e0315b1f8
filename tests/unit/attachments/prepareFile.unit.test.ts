import { describe, expect, it, vi } from 'vitest';
import { isPlainFileName } from '../../../src/validation';
import { KEEP_IMAGES_UP_TO_BYTES, MAX_IMAGE_SIDE_PX, plainFileName, prepareFile, scaleToFit, type ScaleRequest } from '../../../src/attachments';
import type { FileQuestion } from '../../../src/wizard';

const photoQuestion: FileQuestion = { id: 'photo', type: 'file', accept: ['jpeg', 'png'], maxBytes: 5 * 1024 * 1024 };
const documentQuestion: FileQuestion = { id: 'document', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 2, maxBytes: 1024 * 1024 };

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const file = (head: number[], size: number, name: string, type = '') => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return new File([bytes], name, { type });
};

/** Stands in for the browser's decoder (tested in Chromium): records the request, answers a 2000 × 1500 JPEG. */
function fakeDownscale(resultBytes = 400_000) {
  return vi.fn(async (request: ScaleRequest) => ({
    blob: new Blob([new Uint8Array(resultBytes)], { type: request.type }),
    width: 2000,
    height: 1500,
    sourceWidth: 4000,
    sourceHeight: 3000,
  }));
}

describe('preparing a chosen file', () => {
  it('passes a PDF unchanged: the same bytes, its own name', async () => {
    const pdf = file(PDF, 20_000, 'scan.pdf', 'application/pdf');
    const downscale = fakeDownscale();
    const result = await prepareFile(pdf, documentQuestion, { downscale });
    expect(result).toEqual({ ok: true, file: { name: 'scan.pdf', blob: pdf, kind: 'pdf' } });
    expect(downscale).not.toHaveBeenCalled();
  });

  it('judges by content, not by name or reported type', async () => {
    expect(await prepareFile(file(PDF, 100, 'foto.jpg', 'image/jpeg'), photoQuestion)).toEqual({ ok: false, problem: 'type' });
    expect(await prepareFile(file([0x50, 0x4b, 0x03, 0x04], 100, 'brief.pdf', 'application/pdf'), documentQuestion)).toEqual({ ok: false, problem: 'type' });
    expect(await prepareFile(file([0x3c, 0x73, 0x76, 0x67], 100, 'logo.png', 'image/png'), photoQuestion)).toEqual({ ok: false, problem: 'type' });
  });

  it('refuses an empty file and a file over the question’s limit', async () => {
    expect(await prepareFile(new File([], 'leeg.pdf'), documentQuestion)).toEqual({ ok: false, problem: 'empty' });
    expect(await prepareFile(file(PDF, 1024 * 1024 + 1, 'groot.pdf'), documentQuestion)).toEqual({ ok: false, problem: 'tooLarge' });
    expect((await prepareFile(file(PDF, 1024 * 1024, 'precies.pdf'), documentQuestion)).ok).toBe(true);
  });

  it('keeps a small image of an accepted kind as it is, with the MIME type of what it is', async () => {
    const downscale = fakeDownscale();
    const result = await prepareFile(file(JPEG, KEEP_IMAGES_UP_TO_BYTES, 'pasfoto.jpeg', 'image/pjpeg'), photoQuestion, { downscale });
    expect(downscale).not.toHaveBeenCalled();
    expect(result.ok && result.file).toMatchObject({ name: 'pasfoto.jpeg', kind: 'jpeg' });
    expect(result.ok && result.file.blob.type).toBe('image/jpeg');
    expect(result.ok && result.file.blob.size).toBe(KEEP_IMAGES_UP_TO_BYTES);
  });

  it('shrinks a large photo to at most 2000 px as a JPEG of quality 0.8', async () => {
    const downscale = fakeDownscale();
    const result = await prepareFile(file(JPEG, 6 * 1024 * 1024, 'IMG_1234.JPG', 'image/jpeg'), photoQuestion, { downscale });
    expect(downscale).toHaveBeenCalledWith(expect.objectContaining({ maxSide: MAX_IMAGE_SIDE_PX, type: 'image/jpeg', quality: 0.8 }));
    expect(result.ok && result.file).toMatchObject({ name: 'IMG_1234.jpg', kind: 'jpeg', scaled: { width: 2000, height: 1500, sourceWidth: 4000, sourceHeight: 3000 } });
    expect(result.ok && result.file.blob.size).toBe(400_000);
  });

  it('turns an image of another kind into one the question takes (HEIC from an iPad, a PNG where only JPEG goes)', async () => {
    const jpegOnly: FileQuestion = { id: 'photo', type: 'file', accept: ['jpeg'] };
    const downscale = fakeDownscale();
    const heic = await prepareFile(file([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70], 2_000_000, 'IMG_0001.HEIC', 'image/heic'), jpegOnly, { downscale });
    expect(heic.ok && heic.file).toMatchObject({ name: 'IMG_0001.jpg', kind: 'jpeg' });
    const png = await prepareFile(file(PNG, 1000, 'scherm.png', 'image/png'), jpegOnly, { downscale });
    expect(png.ok && png.file).toMatchObject({ name: 'scherm.jpg', kind: 'jpeg' });
    expect(downscale).toHaveBeenCalledTimes(2);
  });

  it('says so when the tablet cannot open an image, or the shrunk image is still too large', async () => {
    const broken = vi.fn(async () => Promise.reject(new Error('decode failed')));
    expect(await prepareFile(file(JPEG, 2_000_000, 'kapot.jpg'), photoQuestion, { downscale: broken })).toEqual({ ok: false, problem: 'unreadable' });
    const small: FileQuestion = { ...photoQuestion, maxBytes: 100_000 };
    expect(await prepareFile(file(JPEG, 2_000_000, 'groot.jpg'), small, { downscale: fakeDownscale(200_000) })).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('sizes and names', () => {
  it('fits the longest side and keeps the proportions', () => {
    expect(scaleToFit(4000, 3000, 2000)).toEqual({ width: 2000, height: 1500 });
    expect(scaleToFit(3000, 4000, 2000)).toEqual({ width: 1500, height: 2000 });
    expect(scaleToFit(1200, 800, 2000)).toEqual({ width: 1200, height: 800 });
    expect(scaleToFit(40000, 10, 2000)).toEqual({ width: 2000, height: 1 });
  });

  it('makes a name the intake service accepts', () => {
    expect(plainFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(plainFileName('rapport\u0000.pdf')).toBe('rapport.pdf');
    expect(plainFileName('  foto.png  ', 'jpg')).toBe('foto.jpg');
    expect(plainFileName('..', 'jpg')).toBe('bestand.jpg');
    const long = plainFileName(`${'a'.repeat(300)}.heic`, 'jpg');
    expect(long).toHaveLength(255);
    expect(long.endsWith('.jpg')).toBe(true);
  });

  it('cleans a name with characters the service refuses rather than refusing the file, keeping the real name', () => {
    expect(plainFileName('scan\u202efdp.exe')).toBe('scanfdp.exe');
    expect(plainFileName('\u200bfactuur\u2068 2026\u2069.pdf')).toBe('factuur 2026.pdf');
    expect(plainFileName('rapport\u001b[31m.pdf')).toBe('rapport[31m.pdf');
    expect(plainFileName('می\u200cخواهم.pdf')).toBe('میخواهم.pdf');
    expect(plainFileName('Brûlé İstanbul ❤️.pdf')).toBe('Brûlé İstanbul ❤️.pdf');
    expect(plainFileName('\u202e\u200b.pdf')).toBe('.pdf');
  });

  it('never cuts an emoji in half when it shortens a long name', () => {
    const long = plainFileName(`${'a'.repeat(250)}😀😀😀.heic`, 'jpg');
    // 250 letters leave room for one UTF-16 unit of the first emoji: half of it, which is dropped.
    expect(long).toBe(`${'a'.repeat(250)}.jpg`);
    expect(isPlainFileName(long)).toBe(true);
  });

  it.each(['../../etc/passwd', 'scan\u202efdp.exe', ' \u200b ', '..', '\ud83d', 'a\u0000\u0085\ufeff', `${'😀'.repeat(200)}.pdf`, '\u2066.\u2069'])(
    'turns %j into a name the intake service takes',
    (name) => {
      expect(isPlainFileName(plainFileName(name))).toBe(true);
      expect(isPlainFileName(plainFileName(name, 'jpg'))).toBe(true);
    },
  );
});
