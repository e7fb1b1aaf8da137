import { useCallback, useEffect, useRef, useState } from 'react';

/** What the camera is doing, in the words the page says it in. */
export type CameraState = 'off' | 'starting' | 'on' | 'refused' | 'absent' | 'failed';

/** The part of the Barcode Detection API the scanner uses; TypeScript's DOM types do not have it yet. */
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): { detect: (image: CanvasImageSource) => Promise<{ rawValue: string }[]> };
  getSupportedFormats: () => Promise<string[]>;
}

type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

/** Frames are read a few times a second: enough for a code held up, without keeping a phone's cores busy. */
const FRAME_INTERVAL = 200;
/** jsQR reads a frame scaled down to this width: a code that fills a third of the view still has its modules. */
const FALLBACK_WIDTH = 800;

/**
 * The browser's own QR reader where it has one, else jsQR (pure JavaScript, loaded only here and only then: the
 * Barcode Detection API is missing from Firefox, Safari on macOS and Chromium on Linux).
 */
async function frameReader(): Promise<FrameReader> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector && (await Detector.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    const scale = Math.min(1, FALLBACK_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

function stateAfter(error: unknown): CameraState {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'absent';
  return 'failed';
}

/**
 * The back camera in `video`, each QR code it sees handed to `onCode` one after another (the next frame is read
 * once `onCode` is done). The camera is switched off by `stop` and whenever the page is left.
 */
export function useQrCamera(onCode: (text: string) => Promise<void>) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [state, setState] = useState<CameraState>('off');
  const handle = useRef(onCode);
  useEffect(() => {
    handle.current = onCode;
  }, [onCode]);

  const stop = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    setState('off');
  }, []);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('absent');
      return;
    }
    setState('starting');
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      stream.current = media;
      if (video.current) {
        video.current.srcObject = media;
        await video.current.play();
      }
      setState('on');
    } catch (error) {
      for (const track of stream.current?.getTracks() ?? []) track.stop();
      stream.current = null;
      setState(stateAfter(error));
    }
  }, []);

  // Leaving the page switches the camera off: its light goes out with the page.
  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), []);

  useEffect(() => {
    if (state !== 'on') return;
    let running = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reading = frameReader();
    const next = async () => {
      const read = await reading.catch(() => null);
      if (!read) {
        // The reader could not be loaded (offline before the page's scripts were all kept).
        stop();
        setState('failed');
        return;
      }
      const text = video.current ? await read(video.current).catch(() => null) : null;
      if (running && text) await handle.current(text);
      if (running) timer = setTimeout(next, FRAME_INTERVAL);
    };
    void next();
    return () => {
      running = false;
      clearTimeout(timer);
    };
  }, [state, stop]);

  return { video, state, start, stop };
}
