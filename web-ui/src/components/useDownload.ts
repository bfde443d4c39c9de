import { useState } from 'react';
import { ApiError, asApiError } from '../api/problem';

export interface Download {
  /** Asks the API for the file and saves it under `fileName`; a refusal lands in `error`, for the page to show. */
  download: (file: () => Promise<Blob>, fileName: string) => Promise<void>;
  busy: boolean;
  error: ApiError | null;
}

/** A file the API makes (the chronology PDF, the board's CSV), saved by the browser, with the page's busy line. */
export function useDownload(): Download {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function download(file: () => Promise<Blob>, fileName: string) {
    setBusy(true);
    setError(null);
    try {
      saveFile(await file(), fileName);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return { download, busy, error };
}

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
