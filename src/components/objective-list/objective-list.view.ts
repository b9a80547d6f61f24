/**
 * View model of `<cluster-objective-list>`: rows with resolved text, computed labels and indicator
 * wording, and the reader that turns an editor's slotted `<ol>`/`<ul>` into raw objective items.
 * Pure functions (the light-DOM reader only reads the DOM it is given).
 */
import { resolveTextIn } from '../../data/text.js';
import { numberFormat } from '../../data/time.js';
import { LANGUAGE_TAG } from '../../data/validate.js';
import type { NumberingStyle, ObjectiveItem, ObjectiveListKind, ObjectiveStatus } from '../../data/types.js';
import type { objectiveListStrings } from '../../i18n/projects.js';

type Strings = ReturnType<typeof objectiveListStrings>;

/** An indicator as shown: words for everyone, and a meter when both target and achieved are known. */
export interface IndicatorView {
  /** Accessible name of the meter: the indicator's name. */
  name: string;
  /** The language of `name` when known (see resolveTextIn). */
  nameLang?: string;
  /** "12 of 20 SMEs trained". */
  text: string;
  /**
   * `text` split around the name (`["12 of 20 ", " "]` and the name between them), so the name can
   * be marked with its own language inside a sentence in the element's language; `undefined`
   * when the sentence does not contain the name once.
   */
  around?: [before: string, after: string];
  meter?: { value: number; max: number };
}

/** One item as rendered. */
export interface ObjectiveRow {
  key: string;
  /** Computed label for `decimal-nested` ("2.1"), rendered as text so assistive tech reads it. */
  label?: string;
  text: string;
  /** The language of `text` when known (see resolveTextIn); likewise `detailLang`. */
  textLang?: string;
  detail: string;
  detailLang?: string;
  status?: ObjectiveStatus;
  statusText?: string;
  indicator?: IndicatorView;
  children: ObjectiveRow[];
}

export interface RowContext {
  lang: string;
  fallbackLang?: string;
  locale: string;
  numbering: NumberingStyle;
}

/** The status words of one item in the element's language. */
export function statusText(status: ObjectiveStatus, t: Strings): string {
  switch (status) {
    case 'planned':
      return t.planned;
    case 'in-progress':
      return t.inProgress;
    case 'achieved':
      return t.achieved;
    case 'delayed':
      return t.delayed;
    case 'cancelled':
      return t.cancelled;
  }
}

/** The default heading for a kind of list. */
export function defaultHeading(kind: ObjectiveListKind, t: Strings): string {
  return kind === 'steps' ? t.headingSteps : kind === 'findings' ? t.headingFindings : t.headingObjectives;
}

/** The empty-state message for a kind of list. */
export function emptyMessage(kind: ObjectiveListKind, t: Strings): string {
  return kind === 'steps' ? t.emptySteps : kind === 'findings' ? t.emptyFindings : t.emptyObjectives;
}

/** Marks where the name goes in a sentence, to split the sentence around it (not a character of any text). */
const NAME_MARK = '\uFFFF';

function indicatorView(item: ObjectiveItem, ctx: RowContext, t: Strings): IndicatorView | undefined {
  const indicator = item.indicator;
  if (!indicator) return undefined;
  const resolved = resolveTextIn(indicator.name, ctx.lang, ctx.fallbackLang);
  const format = numberFormat(ctx.locale, { maximumFractionDigits: 2 });
  const { achieved, target } = indicator;
  const unit = indicator.unit?.trim() ?? '';
  const quantity = (n: number): string => (unit ? `${format.format(n)} ${unit}` : format.format(n));
  let sentence: (name: string) => string = (name) => name;
  if (achieved !== undefined && target !== undefined) {
    sentence = (name) =>
      unit ? t.progressWithUnit(name, format.format(achieved), format.format(target), unit) : t.progress(format.format(achieved), format.format(target), name);
  } else if (target !== undefined) sentence = (name) => t.target(name, quantity(target));
  else if (achieved !== undefined) sentence = (name) => t.achievedOnly(name, quantity(achieved));
  const name = resolved.text;
  const view: IndicatorView = { name, text: sentence(name) };
  if (resolved.lang) view.nameLang = resolved.lang;
  const parts = sentence(NAME_MARK).split(NAME_MARK);
  if (parts.length === 2) view.around = [parts[0]!, parts[1]!];
  if (achieved !== undefined && target !== undefined && target > 0) view.meter = { value: Math.min(achieved, target), max: target };
  return view;
}

/** Rows for validated items; `prefix` is the parent's computed label (decimal-nested). */
export function objectiveRows(items: readonly ObjectiveItem[], ctx: RowContext, t: Strings, prefix = ''): ObjectiveRow[] {
  return items.map((item, i) => {
    const label = ctx.numbering === 'decimal-nested' ? (prefix ? `${prefix}.${i + 1}` : `${i + 1}`) : undefined;
    const text = resolveTextIn(item.text, ctx.lang, ctx.fallbackLang);
    const detail = resolveTextIn(item.detail, ctx.lang, ctx.fallbackLang);
    const row: ObjectiveRow = {
      key: item.id ?? `${prefix}/${i}`,
      text: text.text,
      detail: detail.text,
      children: item.children?.length ? objectiveRows(item.children, ctx, t, label ?? `${prefix}/${i}`) : [],
    };
    if (text.lang) row.textLang = text.lang;
    if (detail.lang) row.detailLang = detail.lang;
    if (label !== undefined) row.label = label;
    if (item.status) {
      row.status = item.status;
      row.statusText = statusText(item.status, t);
    }
    const indicator = indicatorView(item, ctx, t);
    if (indicator) row.indicator = indicator;
    return row;
  });
}

// ---------------------------------------------------------------------------------------------
// Progressive enhancement: the editor's own list in the light DOM

/** What was read from a slotted list: raw items (validated later like the `items` property) and its numbering. */
export interface SlottedList {
  items: unknown[];
  numbering: NumberingStyle;
}

const isList = (el: Element): el is HTMLOListElement | HTMLUListElement => el.localName === 'ol' || el.localName === 'ul';

/** A number from an attribute, or the raw text so the validator can report it. */
function numberAttribute(value: string): number | string {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}

/**
 * The language an editor gave a list item in the page: the `lang` of the item or of an element
 * between it and `host` (a nested list, the outer list), when it is a language tag. `undefined`
 * when only the host or the page around it says (the item is in the element's own language).
 */
function ownLanguage(li: Element, host: Element): string | undefined {
  for (let node: Element | null = li; node && node !== host; node = node.parentElement) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return LANGUAGE_TAG.test(lang.trim()) ? lang.trim() : undefined;
  }
  return undefined;
}

/** A text read from the page, as a localized text of its language when the page says which. */
const inLanguage = (text: string, lang: string | undefined): unknown => (lang && text.trim() ? { [lang]: text } : text);

function readItems(list: Element, host: Element): unknown[] {
  const items: unknown[] = [];
  for (const li of Array.from(list.children)) {
    if (li.localName !== 'li') continue;
    let text = '';
    const children: unknown[] = [];
    for (const node of Array.from(li.childNodes)) {
      if (node instanceof Element && isList(node)) children.push(...readItems(node, host));
      else text += node.textContent ?? '';
    }
    const lang = ownLanguage(li, host);
    const item: Record<string, unknown> = { text: inLanguage(text.replace(/\s+/g, ' ').trim(), lang) };
    const status = li.getAttribute('data-status');
    if (status !== null) item['status'] = status.trim();
    const name = li.getAttribute('data-indicator');
    const target = li.getAttribute('data-target');
    const achieved = li.getAttribute('data-achieved');
    if (name !== null || target !== null || achieved !== null) {
      const indicator: Record<string, unknown> = { name: name === null ? name : inLanguage(name, lang) };
      if (target !== null) indicator['target'] = numberAttribute(target);
      if (achieved !== null) indicator['achieved'] = numberAttribute(achieved);
      const unit = li.getAttribute('data-unit');
      if (unit !== null) indicator['unit'] = unit;
      item['indicator'] = indicator;
    }
    if (children.length) item['children'] = children;
    items.push(item);
  }
  return items;
}

/** The numbering a plain HTML list asks for: `<ul>` none, `<ol type="a">` lower-alpha, `<ol type="I">` upper-roman, else decimal. */
export function numberingOf(list: Element): NumberingStyle {
  if (list.localName === 'ul') return 'none';
  const type = list.getAttribute('type');
  return type === 'a' ? 'lower-alpha' : type === 'I' ? 'upper-roman' : 'decimal';
}

/**
 * Reads the first `<ol>` or `<ul>` child of `host` (nested lists become children). Each `<li>`'s
 * text is its own text without nested lists; `data-status`, `data-indicator`, `data-target`,
 * `data-achieved` and `data-unit` on an `<li>` give its status and indicator. A `lang` on the item
 * or a list around it (inside `host`) makes its text and indicator name a localized text of that
 * language, so the styled copy is marked like the original. `null` without a list.
 */
export function readSlottedList(host: Element): SlottedList | null {
  const list = Array.from(host.children).find(isList);
  if (!list) return null;
  return { items: readItems(list, host), numbering: numberingOf(list) };
}
