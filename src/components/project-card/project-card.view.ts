/**
 * View model of `<cluster-project-card>`: everything resolved to display strings in the element's
 * language (titles, dates, money, countries, partner roles, status), so `render()` only lays out.
 */
import { orderPartners, type ProjectCardView } from '../../data/project-view.js';
import { projectStatus } from '../../data/status.js';
import { resolveTextIn, type ResolvedText } from '../../data/text.js';
import { formatDate, numberFormat, parseCalendarDate } from '../../data/time.js';
import type { FundingEmblem, Money, PartnerRole, ProjectStatus } from '../../data/types.js';
import { fragmentLink, isExternalUrl, safeUrl } from '../../data/url.js';
import { projectCardStrings } from '../../i18n/projects.js';
import { countryName } from '../../data/text.js';

type Strings = ReturnType<typeof projectCardStrings>;

/** How many objectives the card lists before linking to the full list. */
export const OBJECTIVES_SHOWN = 3;

export interface LinkModel {
  href: string;
  external: boolean;
}

export interface PartnerModel {
  key: string;
  name: string;
  /** The language of `name` when known (see resolveTextIn); likewise for the other `...Lang` fields. */
  nameLang?: string;
  link?: LinkModel;
  role: PartnerRole;
  /** "Lead partner" / "Associated partner"; none for a plain partner. */
  roleText?: string;
  country?: string;
}

export interface DateModel {
  /** The ISO date for `<time datetime>`. */
  iso: string;
  text: string;
}

export interface CardModel {
  acronym: string;
  /** The full title; empty when it only repeats the acronym. */
  title: string;
  titleLang?: string;
  summary: string;
  summaryLang?: string;
  logo?: { src: string; alt: string; altLang?: string };
  programme?: { name: string; nameLang?: string; details: string; link?: LinkModel };
  start?: DateModel;
  end?: DateModel;
  status?: ProjectStatus;
  statusText?: string;
  budget?: string;
  euContribution?: string;
  /** The EU contribution as a share of the budget ("85% of the budget"), when both are in one currency. */
  share?: string;
  partners: PartnerModel[];
  website?: LinkModel;
  notice?: { emblem?: FundingEmblem; text: string; textLang?: string };
  /** The objectives shown, each with the language it is in when known. */
  objectives: { shown: ResolvedText[]; total: number; link?: LinkModel };
}

export interface ModelContext {
  lang: string;
  locale: string;
  now: Date;
  timeZone: string;
}

/** A checked link with whether it leaves the site (for `rel="noopener"`). */
export function linkModel(url: string | undefined): LinkModel | undefined {
  const href = safeUrl(url);
  return href ? { href, external: isExternalUrl(href) } : undefined;
}

/** An amount in its currency, in the locale's style; whole amounts without decimals. */
export function formatMoney(money: Money, locale: string): string {
  const whole = Number.isInteger(money.amount);
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(money.amount);
  } catch {
    // Intl refuses a malformed code; the parsers report it, the card still shows the number.
    return `${numberFormat(locale, {}).format(money.amount)} ${money.currency}`;
  }
}

function dateModel(iso: string | undefined, locale: string): DateModel | undefined {
  const date = iso ? parseCalendarDate(iso) : null;
  return iso && date ? { iso, text: formatDate(date, 'UTC', locale) } : undefined;
}

function statusText(status: ProjectStatus, t: Strings): string {
  return status === 'planned' ? t.planned : status === 'ongoing' ? t.ongoing : t.closed;
}

/** Builds the card's display model from a checked view. */
export function cardModel(view: ProjectCardView, ctx: ModelContext): CardModel {
  const t = projectCardStrings(ctx.lang);
  // Each text with the language it is in: a plain string in the document's, else the entry picked.
  const resolved = (value: Parameters<typeof resolveTextIn>[0]): ResolvedText => resolveTextIn(value, ctx.lang, view.lang);
  /** `{ [key]: lang }` when the text is not empty and its language is known, for spreading into a model. */
  const langOf = <K extends string>(key: K, t: ResolvedText): Partial<Record<K, string>> => (t.text && t.lang ? ({ [key]: t.lang } as Record<K, string>) : {});
  const acronym = view.acronym.trim();
  const title = resolved(view.title);
  const fullTitle = title.text.trim();
  const summary = resolved(view.summary);
  const model: CardModel = {
    acronym,
    title: fullTitle.toLowerCase() === acronym.toLowerCase() ? '' : fullTitle,
    ...langOf('titleLang', title),
    summary: summary.text,
    ...langOf('summaryLang', summary),
    partners: [],
    objectives: { shown: [], total: 0 },
  };
  const logo = view.logo && safeUrl(view.logo.url);
  if (logo) {
    const alt = resolved(view.logo!.alt);
    model.logo = { src: logo, alt: alt.text, ...langOf('altLang', alt) };
  }

  if (view.programme) {
    const details = [view.programme.fund, view.programme.period].filter((s) => s && s.trim() !== '').join(', ');
    const link = linkModel(view.programme.url);
    const name = resolved(view.programme.name);
    model.programme = { name: name.text, ...langOf('nameLang', name), details, ...(link ? { link } : {}) };
  }

  const start = dateModel(view.startDate, ctx.locale);
  const end = dateModel(view.endDate, ctx.locale);
  if (start) model.start = start;
  if (end) model.end = end;
  const status = projectStatus(
    { id: view.id ?? view.acronym, acronym: view.acronym, title: view.title, startDate: start?.iso, endDate: end?.iso },
    ctx.now,
    ctx.timeZone,
  );
  if (status) {
    model.status = status;
    model.statusText = statusText(status, t);
  }

  const { total, euContribution } = view.budget ?? {};
  if (total) model.budget = formatMoney(total, ctx.locale);
  if (euContribution) model.euContribution = formatMoney(euContribution, ctx.locale);
  if (total && euContribution && total.currency === euContribution.currency && total.amount > 0) {
    const percent = numberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 1 }).format(euContribution.amount / total.amount);
    model.share = t.shareOfBudget(percent);
  }

  model.partners = orderPartners(view.partners ?? []).map((partner, i) => {
    const resolvedName = resolved(partner.name);
    const name = resolvedName.text;
    const link = linkModel(partner.url);
    return {
      key: partner.id ?? `${i}`,
      name: partner.shortName && partner.shortName !== name ? `${name} (${partner.shortName})` : name,
      ...langOf('nameLang', resolvedName),
      role: partner.role,
      ...(link ? { link } : {}),
      ...(partner.role === 'lead' ? { roleText: t.leadPartner } : partner.role === 'associated' ? { roleText: t.associatedPartner } : {}),
      ...(partner.country ? { country: countryName(partner.country, ctx.locale) } : {}),
    };
  });

  const website = linkModel(view.url);
  if (website) model.website = website;

  const notice = view.fundingNotice;
  if (notice && (notice.emblem || notice.text)) {
    const given = resolved(notice.text);
    const fallback = notice.emblem === 'eu-funded' ? t.funded : t.cofunded;
    model.notice = { ...(notice.emblem ? { emblem: notice.emblem } : {}), text: given.text || fallback, ...langOf('textLang', given) };
  }

  const objectives = view.objectives ?? [];
  const link = linkModel(view.objectivesHref ?? fragmentLink(view.objectiveListId));
  model.objectives = {
    shown: objectives.slice(0, OBJECTIVES_SHOWN).map((o) => resolved(o.text)),
    total: objectives.length,
    ...(link ? { link } : {}),
  };
  return model;
}
