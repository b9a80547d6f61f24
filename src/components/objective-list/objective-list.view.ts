/**
 * View model of `<cluster-objective-list>`: rows with resolved text, computed labels and indicator
 * wording, and the reader that turns an editor's slotted `<ol>`/`<ul>` into raw objective items.
 * Pure functions (the light-DOM reader only reads the DOM it is given).
 */
import { resolveText } from '../../data/text.js';
import { numberFormat } from '../../data/time.js';
import type { NumberingStyle, ObjectiveItem, ObjectiveListKind, ObjectiveStatus } from '../../data/types.js';
import { objectiveListStrings } from '../../i18n/projects.js';

type Strings = ReturnType<typeof objectiveListStrings>;

/** An indicator as shown: words for everyone, and a meter when both target and achieved are known. */
export interface IndicatorView {
  /** Accessible name of the meter: the indicator's name. */
  name: string;
  /** "12 of 20 SMEs trained". */
  text: string;
  meter?: { value: number; max: number };
}

/** One item as rendered. */
export interface ObjectiveRow {
  key: string;
  /** Computed label for `decimal-nested` ("2.1"), rendered as text so assistive tech reads it. */
  label?: string;
  text: string;
  detail: string;
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

function indicatorView(item: ObjectiveItem, ctx: RowContext, t: Strings): IndicatorView | undefined {
  const indicator = item.indicator;
  if (!indicator) return undefined;
  const name = resolveText(indicator.name, ctx.lang, ctx.fallbackLang);
  const format = numberFormat(ctx.locale, { maximumFractionDigits: 2 });
  const { achieved, target } = indicator;
  const unit = indicator.unit?.trim() ?? '';
  const quantity = (n: number): string => (unit ? `${format.format(n)} ${unit}` : format.format(n));
  if (achieved !== undefined && target !== undefined) {
    const text = unit
      ? t.progressWithUnit(name, format.format(achieved), format.format(target), unit)
      : t.progress(format.format(achieved), format.format(target), name);
    return target > 0 ? { name, text, meter: { value: Math.min(achieved, target), max: target } } : { name, text };
  }
  if (target !== undefined) return { name, text: t.target(name, quantity(target)) };
  if (achieved !== undefined) return { name, text: t.achievedOnly(name, quantity(achieved)) };
  return { name, text: name };
}

/** Rows for validated items; `prefix` is the parent's computed label (decimal-nested). */
export function objectiveRows(items: readonly ObjectiveItem[], ctx: RowContext, t: Strings, prefix = ''): ObjectiveRow[] {
  return items.map((item, i) => {
    const label = ctx.numbering === 'decimal-nested' ? (prefix ? `${prefix}.${i + 1}` : `${i + 1}`) : undefined;
    const row: ObjectiveRow = {
      key: item.id ?? `${prefix}/${i}`,
      text: resolveText(item.text, ctx.lang, ctx.fallbackLang),
      detail: resolveText(item.detail, ctx.lang, ctx.fallbackLang),
      children: item.children?.length ? objectiveRows(item.children, ctx, t, label ?? `${prefix}/${i}`) : [],
    };
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

function readItems(list: Element): unknown[] {
  const items: unknown[] = [];
  for (const li of Array.from(list.children)) {
    if (li.localName !== 'li') continue;
    let text = '';
    const children: unknown[] = [];
    for (const node of Array.from(li.childNodes)) {
      if (node instanceof Element && isList(node)) children.push(...readItems(node));
      else text += node.textContent ?? '';
    }
    const item: Record<string, unknown> = { text: text.replace(/\s+/g, ' ').trim() };
    const status = li.getAttribute('data-status');
    if (status !== null) item['status'] = status.trim();
    const name = li.getAttribute('data-indicator');
    const target = li.getAttribute('data-target');
    const achieved = li.getAttribute('data-achieved');
    if (name !== null || target !== null || achieved !== null) {
      const indicator: Record<string, unknown> = { name };
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
 * `data-achieved` and `data-unit` on an `<li>` give its status and indicator. `null` without a list.
 */
export function readSlottedList(host: Element): SlottedList | null {
  const list = Array.from(host.children).find(isList);
  if (!list) return null;
  return { items: readItems(list), numbering: numberingOf(list) };
}
