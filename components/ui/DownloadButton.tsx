'use client';

export interface DownloadFile {
  name: string;
  /** Text, or the bytes of a binary file such as a zip. */
  text: string | Uint8Array<ArrayBuffer>;
  type: string;
}

/** Saves a file the page makes from what it has in memory, so nothing needs the device's storage or a server. */
export default function DownloadButton({
  label,
  file,
  onDownloaded,
}: {
  label: string;
  file: () => DownloadFile | Promise<DownloadFile>;
  /** Called once the file is handed to the browser, as when what it holds is now backed up. */
  onDownloaded?: (file: DownloadFile) => void;
}) {
  const download = async () => {
    const made = await file();
    const { name, text, type } = made;
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    onDownloaded?.(made);
    // Revoked once the browser has taken the file: revoking at once cancels the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="btn-secondary" onClick={() => void download()}>
      {label}
    </button>
  );
}
