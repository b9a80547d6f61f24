/**
 * The text of a `<script type="application/ld+json">`: JSON with `<`, `>` and `&` written as
 * `\u003c`, `\u003e`, `\u0026`, so no value can close the script element or open a comment.
 */
export function jsonLdScriptText(data: unknown): string {
  return (JSON.stringify(data) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
