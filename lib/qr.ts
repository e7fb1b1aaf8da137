import QRCode from 'qrcode';

/** A QR code ready to draw: its width in modules, quiet zone included, and one SVG path of its dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
}

/** The margin of light modules the QR standard asks for, so a scanner can find the code. */
const QUIET = 4;

/**
 * The QR code for `text`, or null when the text is more than a QR code holds (at level M, about
 * 2,300 characters of a link): a long assignment link is still a good link, so the builder says
 * it has no QR code rather than letting the library's error take the page down. Level M survives
 * a smudged or glaring projector screen; level L, for a code on a phone's own clean screen, makes
 * each module larger at the same width.
 */
export function qrDrawing(text: string, errorCorrectionLevel: 'L' | 'M' = 'M'): QrDrawing | null {
  let modules: QRCode.BitMatrix;
  try {
    ({ modules } = QRCode.create(text, { errorCorrectionLevel }));
  } catch {
    // The one input that fails is one too big: a link is never empty.
    return null;
  }
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) path += `M${col + QUIET},${row + QUIET}h1v1h-1z`;
    }
  }
  return { size: modules.size + QUIET * 2, path };
}
