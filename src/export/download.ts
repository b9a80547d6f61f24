/**
 * Saving an export as a file from the browser: a Blob behind a temporary `<a download>`, clicked
 * once and removed, and its object URL revoked. Usable from any component's click handler.
 */

const MAX_NAME = 100;

/**
 * A file name safe on every system: no path separators, control or reserved characters
 * (`<>:"/\|?*`), no leading dots or spaces, at most 100 characters, ending in `extension`.
 * Falls back to `event` when nothing is left.
 */
export function sanitizeFilename(name: string, extension = '.ics'): string {
  const ext = extension.startsWith('.') ? extension : `.${extension}`;
  let base = String(name ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u2028\u2029]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (base.toLowerCase().endsWith(ext.toLowerCase())) base = base.slice(0, -ext.length);
  base = base.replace(/^[.\s-]+|[.\s-]+$/g, '');
  // Reserved device names on Windows.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `${base}-file`;
  const chars = [...base];
  if (chars.length > MAX_NAME - ext.length)
    base = chars
      .slice(0, MAX_NAME - ext.length)
      .join('')
      .trim();
  return `${base || 'event'}${ext}`;
}

/** Offers `content` as a download named `filename`; returns the (sanitised) name used. */
export function downloadFile(content: string, filename: string, type: string, extension: string): string {
  const name = sanitizeFilename(filename, extension);
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Some browsers read the URL after the click handler returns: revoke on the next task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return name;
}

/** Offers an iCalendar text (from `toICalendar`, `icsForEvent`, `icsForDeadline`) as an `.ics` download. */
export function downloadICalendar(ics: string, filename: string): string {
  return downloadFile(ics, filename, 'text/calendar;charset=utf-8', '.ics');
}
