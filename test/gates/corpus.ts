/**
 * The injection corpus: strings an attacker (or a careless CMS) could put into any text, URL or
 * colour field. Every payload that could run script calls `window.__gatePwned(tag)`, so a gate
 * knows whether anything ran. Nothing here is fetched: URLs point at example.org or nowhere.
 */

declare global {
  interface Window {
    __gatePwned?: (tag: string) => void;
  }
}

/** Installs the global flag payloads call; returns what ran so far (live array) and a remover. */
export function installPwnedFlag(): { ran: string[]; uninstall(): void } {
  const ran: string[] = [];
  window.__gatePwned = (tag: string) => {
    ran.push(String(tag));
  };
  return {
    ran,
    uninstall() {
      delete window.__gatePwned;
    },
  };
}

const call = (tag: string): string => `window.__gatePwned('${tag}')`;

/** Text fields: markup, handlers, template syntax, script breakouts, control and bidi characters, huge strings. */
export const TEXT_PAYLOADS: readonly string[] = [
  `<script>${call('script')}</script>`,
  `<img src=x onerror="${call('img-onerror')}">`,
  `"><svg onload=${call('svg-onload')}>`,
  `'><iframe srcdoc="<script>parent.__gatePwned('srcdoc')</script>"></iframe>`,
  `<a href="javascript:${call('a-href')}">link</a>`,
  `<style>@import url(https://example.org/x.css)</style><b style="background:url(javascript:${call('css')})">x</b>`,
  `</script><script>${call('json-ld-breakout')}</script><!--`,
  `</style><script>${call('style-breakout')}</script>`,
  `<details open ontoggle=${call('details')}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${call('mxss')}>`,
  '${' + call('template-literal') + '}',
  `{{constructor.constructor("${call('angular')}")()}}`,
  `&lt;script&gt;${call('entity')}&lt;/script&gt;`,
  `x\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:attacker@example.org\r\nEND:VEVENT`,
  `line\nbreak\rcarriage\u2028separator\u2029paragraph`,
  `nul\u0000bell\u0007esc\u001b[31mdel\u007f`,
  `\u202Egnp.exe\u202C \u2066isolate\u2069 \u200Fright-to-left mark`,
  `lone \uD800 surrogate \uDFFF`,
  `"quoted" 'single' \`back\` \\ backslash ; semicolon , comma`,
  'W'.repeat(5000),
  'word '.repeat(2000),
];

/** URL fields: script-capable schemes in mixed case and with whitespace, control-character and entity tricks. */
export const URL_PAYLOADS: readonly string[] = [
  `javascript:${call('js')}`,
  `JaVaScRiPt:${call('js-case')}`,
  ` javascript:${call('js-space')}`,
  `\tjava\nscript:${call('js-tab-newline')}`,
  `java\u0000script:${call('js-nul')}`,
  `\u0001\u0002javascript:${call('js-control')}`,
  `\u00a0javascript:${call('js-nbsp')}`,
  `&#106;avascript:${call('js-entity')}`,
  `&#x6A;avascript&colon;${call('js-hex-entity')}`,
  `javascript&#58;${call('js-colon-entity')}`,
  `jav&#x09;ascript:${call('js-tab-entity')}`,
  `javascript://example.org/%0A${call('js-comment')}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19nYXRlUHduZWQoJ2RhdGEnKTwvc2NyaXB0Pg==`,
  `DATA:text/html,<script>${call('data-case')}</script>`,
  ` data:image/svg+xml,<svg onload="${call('data-svg')}"/>`,
  `vbscript:msgbox("x")`,
  `VbScRiPt:msgbox("x")`,
  `file:///etc/passwd`,
  `blob:https://example.org/00000000-0000-0000-0000-000000000000`,
  `https:javascript:${call('https-colon')}`,
  `"><img src=x onerror=${call('url-attr-breakout')}>`,
  `https://example.org/"onmouseover="${call('url-quote')}`,
  `https://example.org/${'a'.repeat(9000)}`,
];

/** Colour fields: CSS injection attempts (url(), expressions, declarations breakouts, escapes). */
export const COLOR_PAYLOADS: readonly string[] = [
  'red; background-image: url(https://example.org/track.png)',
  'url(javascript:alert(1))',
  'url("https://example.org/x.png")',
  'expression(alert(1))',
  '#fff;}*{background:url(https://example.org/x)}',
  'rgb(0,0,0)) url(https://example.org/x)',
  'var(--cluster-color-accent)',
  'attr(data-x color)',
  'image-set("https://example.org/x.png" 1x)',
  'red !important',
  '\\72 ed',
  '/**/red',
  'inherit',
  'currentcolor;background:red',
  `red\u0000`,
  `blue\nbackground:red`,
];

/** Colour values that are fine and must keep working (the gate checks they are used). */
export const GOOD_COLORS: readonly string[] = ['#0b6e99', 'rgb(46 125 50)', 'hsl(280 45% 44%)', 'teal'];

/** A colour value as it may appear in a style: no url(), expression, var(), attr(), escapes or declaration breaks. */
export function isPlainColor(value: string): boolean {
  const v = value.trim();
  if (v === '') return false;
  if (/url\(|expression|var\(|attr\(|image|\\|;|\{|\}|!|\/\*/i.test(v)) return false;
  return CSS.supports('color', v);
}

/** URL schemes allowed in any `href`/`src` that reaches the DOM. */
export const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/** Attributes that carry URLs a browser may load or navigate to. */
export const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'ping', 'data', 'cite'] as const;

/** Long but realistic content for reflow: an unbroken e-mail address, a long Bulgarian phrase, a call identifier. */
export const LONG_TEXT =
  'innovation.and.competitiveness.programme.secretariat@example.org — Оперативна програма „Иновации и конкурентоспособност“ 2014–2020, процедура BG16RFOP002-2.073';
