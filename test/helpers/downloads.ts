/** A file the page offered for download (through src/export/download.ts). */
export interface CapturedFile {
  name: string;
  blob: Blob;
}

/**
 * Captures downloads instead of saving them: stubs `URL.createObjectURL` (keeping the Blob) and
 * the click on the temporary `<a download>` (keeping the file name). Call `restore()` afterwards.
 */
export function captureDownloads(): { files: CapturedFile[]; restore: () => void } {
  const files: CapturedFile[] = [];
  let last: Blob | undefined;
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    last = obj as Blob;
    return 'blob:captured';
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute('download') && last) files.push({ name: this.download, blob: last });
    else click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Runs `run` with downloads captured; resolves to each file's name, type and text. */
export async function downloadsDuring(run: () => Promise<void>): Promise<{ name: string; type: string; text: string }[]> {
  const capture = captureDownloads();
  try {
    await run();
  } finally {
    capture.restore();
  }
  return Promise.all(capture.files.map(async ({ name, blob }) => ({ name, type: blob.type, text: await blob.text() })));
}
