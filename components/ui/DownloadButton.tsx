'use client';

export interface DownloadFile {
  name: string;
  text: string;
  type: string;
}

/** Saves a file the page makes from what it has in memory, so nothing needs the device's storage or a server. */
export default function DownloadButton({
  label,
  file,
}: {
  label: string;
  file: () => DownloadFile | Promise<DownloadFile>;
}) {
  const download = async () => {
    const { name, text, type } = await file();
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // Revoked once the browser has taken the file: revoking at once cancels the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="btn-secondary" onClick={() => void download()}>
      {label}
    </button>
  );
}
