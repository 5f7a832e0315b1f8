import type { Translator } from '../i18n';
import { qrModules } from './qrModules';
import { receiptPdfDocument, type ReceiptModel } from './receiptModel';

/**
 * Makes the receipt's PDF on the tablet (nothing leaves it) and offers it as a download. The
 * writer (and, for a text other than Dutch or English, its fonts) loads only now, so no screen
 * before pays for it. Resolves with the file's name.
 */
export async function downloadReceiptPdf(model: ReceiptModel, translator: Translator): Promise<string> {
  const [{ receiptFonts, writePdf }, qr] = await Promise.all([import('../receipt'), model.statusCode ? qrModules(model.statusCode.link) : undefined]);
  const pdf = receiptPdfDocument(model, translator, qr);
  const bytes = writePdf(pdf, await receiptFonts(pdf));
  const fileName = `${translator.t('receipt.fileName', { reference: model.reference })}.pdf`;
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by then; the object URL would otherwise hold the receipt in memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}
