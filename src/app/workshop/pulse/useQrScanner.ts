import { useEffect, useRef, useState } from 'react';

/** The part of the Barcode Detection API we use (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = () => (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;

/** Whether this browser can scan QR codes with the camera (typing codes always works). */
export const canScanQr = () => detectorClass() !== undefined && !!navigator.mediaDevices?.getUserMedia;

const SCAN_EVERY_MS = 300;
/** After a read, wait before the next, so one code held up is not counted twice. */
const PAUSE_AFTER_READ_MS = 1500;

export type ScanState = { state: 'off' } | { state: 'on' } | { state: 'failed'; message: string };

/** Reads QR codes from the camera into `onCode` while `active`; everything stays in the page. */
export function useQrScanner(active: boolean, onCode: (code: string) => void) {
  const video = useRef<HTMLVideoElement>(null);
  const [scan, setScan] = useState<ScanState>({ state: 'off' });
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const Detector = detectorClass();
    if (!active || !Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    const tick = async () => {
      if (stopped || !video.current) return;
      const found = await detector.detect(video.current).catch(() => []);
      const code = found[0]?.rawValue;
      if (code) onCodeRef.current(code);
      timer = setTimeout(() => void tick(), code ? PAUSE_AFTER_READ_MS : SCAN_EVERY_MS);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        setScan({ state: 'on' });
        void tick();
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        setScan({
          state: 'failed',
          message: `The camera could not start (${reason}). Type the codes instead.`,
        });
      });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
      setScan({ state: 'off' });
    };
  }, [active]);

  return { video, scan };
}
