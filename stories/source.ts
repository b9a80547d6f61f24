/**
 * "Show code" snippets that work when pasted into a page: Storybook prints the rendered tag, which
 * has no property bindings (`.data`) and keeps the `now` a story pins so it looks the same on
 * every day (a page that copied it would show a frozen clock).
 */

/** The snippet without `now="…"` attributes: a pasted element runs the real clock. */
export function withoutPinnedNow(code: string): string {
  return code.replace(/\s+now="[^"]*"/g, '');
}

/**
 * The snippet of an element that reads its document from a child `<script type="application/json">`
 * (`<cluster-event>`), with `data` written there: `<` is escaped in the JSON, so no text in the data
 * can end the script, and the element reads it as text, never runs it.
 */
export function withInlineData(code: string, tag: string, data: unknown): string {
  if (data === undefined || data === null) return code;
  const json = JSON.stringify(data, null, 2).replace(/</g, '\\u003c');
  const script = `  <script type="application/json">\n${json}\n  </script>\n`;
  const close = code.lastIndexOf(`</${tag}>`);
  return close < 0 ? `${code}\n${script}` : `${code.slice(0, close).trimEnd()}\n${script}${code.slice(close)}`;
}
