/** URL schemes that may become links. Anything else (javascript:, data:, vbscript:, file:, ...) is refused. */
export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/**
 * Returns the URL when it is safe to put in an `href` or `src`, else `undefined`.
 *
 * Safe: absolute http(s), mailto and tel URLs, and relative URLs (`/events`, `page.html`, `#x`, `?q`).
 * The check follows the URL parser's own rules, so tricks such as `java\tscript:`, leading control
 * characters, upper case or `&#106;avascript:` (entities are not decoded in JSON text) are refused
 * or stay harmless. Whitespace around the URL is trimmed.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers strip leading/trailing C0 controls and spaces, and remove tabs/newlines anywhere.
  // eslint-disable-next-line no-control-regex -- strips C0 controls as browsers do before parsing a URL
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (cleaned === '' || cleaned.length > 8192) return undefined;
  // eslint-disable-next-line no-control-regex -- refuses URLs that still hold a control character
  if (/[\u0000-\u001f\u007f]/.test(cleaned)) return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  if (scheme) {
    const s = `${scheme[1]!.toLowerCase()}:`;
    if (!(SAFE_URL_SCHEMES as readonly string[]).includes(s)) return undefined;
    if ((s === 'http:' || s === 'https:') && !/^https?:\/\/[^/\\]/i.test(cleaned)) return undefined;
    return cleaned;
  }
  // Relative URL. A colon before the first slash, ? or # would make it a scheme; handled above.
  // Protocol-relative `//host` is an external http(s) link and is allowed.
  return cleaned;
}

/** True for absolute http(s) URLs and protocol-relative ones, which open another site: add `rel="noopener"`. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}

/** A UTF-16 surrogate without its pair: `encodeURIComponent` throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The same pattern without the global flag, so that `test` keeps no state between calls. */
const HAS_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source);

/** True when the text holds a lone UTF-16 surrogate, which no URL, iCalendar UID or JSON-LD `@id` can carry. */
export function hasLoneSurrogate(value: string): boolean {
  // Most text has no surrogate at all: a plain class test first, the look-arounds only when needed.
  return ANY_SURROGATE.test(value) && HAS_LONE_SURROGATE.test(value);
}

const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * `encodeURIComponent` that never throws: a lone UTF-16 surrogate (possible in JSON text, and
 * which `encodeURIComponent` refuses with a URIError) is replaced by U+FFFD first. Used for ids in
 * URL fragments, JSON-LD `@id`s and iCalendar URLs.
 */
export function encodeUriPart(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

/**
 * An id as a link to an element on the page (`#id`, percent-encoded), or `undefined` when the id
 * holds a lone surrogate: no URL can point at such an id, so the caller renders no link.
 */
export function fragmentLink(id: string | undefined): string | undefined {
  if (!id || hasLoneSurrogate(id)) return undefined;
  return `#${encodeURIComponent(id)}`;
}
