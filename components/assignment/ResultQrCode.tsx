'use client';

import { useEffect, useState } from 'react';
import QrCode from '@/components/ui/QrCode';
import { receiptLink } from '@/lib/links';
import { qrDrawing, type QrDrawing } from '@/lib/qr';
import { encodeCompressedReceipt, type Receipt } from '@/lib/receipt';

/**
 * The result link as a QR code for the teacher's gradebook to scan, or any phone camera to open. The link in it
 * holds the receipt compressed (a code half the size of the plain link's), at level L: it is read off a phone's
 * clean screen, and fewer modules are larger ones at arm's length.
 */
export default function ResultQrCode({ receipt }: { receipt: Receipt }) {
  // undefined while compressing; null when even the compressed link is more than a QR code holds.
  const [drawing, setDrawing] = useState<QrDrawing | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void encodeCompressedReceipt(receipt).then(
      (token) => current && setDrawing(qrDrawing(receiptLink(window.location.origin, token), 'L')),
      () => current && setDrawing(null),
    );
    return () => {
      current = false;
    };
  }, [receipt]);

  if (drawing === undefined) return null;
  if (drawing === null) {
    return <p className="text-sm text-slate-700">Your result is too long for a QR code: send the link instead.</p>;
  }
  return (
    <figure className="max-w-sm">
      <QrCode drawing={drawing} label={`QR code of your result link, ${receipt.name}`} />
      <figcaption className="mt-1 text-sm text-slate-700">
        Or show your teacher this code: it holds the same result as the link.
      </figcaption>
    </figure>
  );
}
