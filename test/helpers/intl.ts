/**
 * Text from `Intl` with the differences between ICU versions taken out, for assertions that must hold
 * in every engine: WebKitGTK uses the system's ICU (Debian's 72, CLDR 42), Chromium and Firefox their
 * own newer copy. Only known, meaningless differences: the spaces around a range dash ("6–8 July"
 * vs "6 – 8 July") and the " ч." that older Bulgarian data writes after a time ("17:00 ч.").
 */
export function icuNeutral(text: string): string {
  return text.replace(/\s*–\s*/g, ' – ').replace(/(\d:\d\d) ч\./g, '$1');
}
