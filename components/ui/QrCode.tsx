import type { QrDrawing } from '@/lib/qr';

/** A QR code as SVG paths, drawn from the module matrix so it scales to any projector without blur. */
export default function QrCode({ drawing, label }: { drawing: QrDrawing; label: string }) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${drawing.size} ${drawing.size}`}
      className="h-auto w-full max-w-md"
      style={{ background: '#fff' }}
      shapeRendering="crispEdges"
    >
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
