/** Rows of a QR code's modules, `true` for black, with the quiet zone around it. */
export type QrModules = readonly (readonly boolean[])[];

/**
 * The QR code for `text`, with error correction M (15 %: a creased or smudged receipt still
 * scans) and the 4-module quiet zone ISO/IEC 18004 asks for. The encoder loads only now, where a
 * receipt is made, so no other screen pays for it.
 */
export async function qrModules(text: string): Promise<QrModules> {
  const { encode } = await import('uqr');
  return encode(text, { ecc: 'M', border: 4 }).data;
}
