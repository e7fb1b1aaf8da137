import type { Metadata } from 'next';
import ResultScanner from '@/components/teach/ResultScanner';
import { questionBankFile } from '@/lib/content/bankFile';

export const metadata: Metadata = { title: 'Scan results' };

export default function ScanResultsPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Scan results</h1>
      <p className="mt-2 text-slate-700">
        Students show the QR code on their finished page; each one read goes into the gradebook on this device. Nothing
        is sent anywhere, and the camera is used on this page only.{' '}
        {/* A full page load, not a client-side one: the camera is allowed on this page alone, by its own headers. */}
        <a href="/teach/results" className="text-blue-900 underline">
          Back to the gradebook
        </a>
        .
      </p>
      <div className="mt-6">
        <ResultScanner bank={questionBankFile().integrity} />
      </div>
    </>
  );
}
