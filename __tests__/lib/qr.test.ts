import { qrDrawing } from '@/lib/qr';

describe('qrDrawing', () => {
  it('draws the smallest code a short link fits, with the quiet zone left light', () => {
    const drawing = qrDrawing('hello');
    // Version 1 is 21 modules wide; the quiet zone adds 4 on each side.
    expect(drawing?.size).toBe(21 + 8);
    // The finder pattern's corner is dark, and nothing is drawn in the quiet zone.
    expect(drawing?.path.startsWith('M4,4h1v1h-1z')).toBe(true);
    const corners = [...drawing!.path.matchAll(/M(\d+),(\d+)/g)].map(([, x, y]) => [Number(x), Number(y)]);
    expect(corners.every(([x, y]) => x! >= 4 && y! >= 4 && x! < 25 && y! < 25)).toBe(true);
  });

  it('fits text up to what the largest code holds at level M, and says no to one character more', () => {
    expect(qrDrawing('a'.repeat(2331))?.size).toBe(177 + 8);
    expect(qrDrawing('a'.repeat(2332))).toBeNull();
  });

  it('draws fewer, larger modules at level L, for a code shown on a phone', () => {
    const text = `https://sourcecheck.example/teach/results#r2.${'Zz9_'.repeat(150)}`;
    expect(qrDrawing(text, 'L')!.size).toBeLessThan(qrDrawing(text)!.size);
  });

  it('says no to a link far too long, rather than throwing', () => {
    expect(qrDrawing(`https://sourcecheck.example/assignment#a1.${'Zz9_'.repeat(1000)}`)).toBeNull();
  });
});
