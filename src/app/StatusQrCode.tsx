import { useEffect, useState } from 'preact/hooks';
import { qrModules, type QrModules } from './qrModules';
import type { ReceiptStatusCode } from './receiptModel';

/**
 * The receipt's QR code on the screen and on paper: the status page with reference and code in
 * its fragment, for a phone's camera. One SVG path of black squares on white, which stays black on
 * white in every theme (forced colours included) so that it scans; named for screen readers.
 */
export function StatusQrCode({ statusCode }: { statusCode: ReceiptStatusCode }) {
  const [modules, setModules] = useState<QrModules>();
  useEffect(() => {
    let current = true;
    void qrModules(statusCode.link).then((made) => current && setModules(made));
    return () => {
      current = false;
    };
  }, [statusCode.link]);
  if (!modules) return null;
  const size = modules.length;
  const squares = modules.flatMap((row, y) => row.flatMap((black, x) => (black ? [`M${x} ${y}h1v1h-1z`] : []))).join('');
  return (
    <svg class="hv-qr" role="img" aria-label={statusCode.qrAlt} viewBox={`0 0 ${size} ${size}`} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#fff" />
      <path d={squares} fill="#000" />
    </svg>
  );
}
