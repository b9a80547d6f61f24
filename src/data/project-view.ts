/**
 * Project and objective-list views: what `<cluster-project-card>` and `<cluster-objective-list>`
 * take as properties, the builders that make them from an event document (partner organisations
 * and the objective list resolved) and the checker that cleans a hand-written project view,
 * reporting every problem with its path instead of throwing.
 */
import { PROJECT_VIEW } from './entities-project.js';
import { parseWith } from './walk.js';
import {
  type EventDocument,
  type LocalizedText,
  type NumberingStyle,
  type ObjectiveItem,
  type ObjectiveList,
  type ObjectiveListKind,
  type ParseResult,
  type PartnerRole,
  type Project,
  type TextFormat,
} from './types.js';
import { compact, type Problems } from './validate.js';

/** A partner of a project with its organisation resolved. */
export interface ProjectPartnerView {
  /** Id of the organisation. */
  id?: string;
  name: LocalizedText;
  shortName?: string;
  /** The organisation's website. */
  url?: string;
  role: PartnerRole;
  /** ISO 3166-1 alpha-2 code (`BG`); shown as a country name in the reader's language. */
  country?: string;
}

/**
 * A project as `<cluster-project-card>` shows it: a document's {@link Project} (its fields and their
 * meaning) with partners and objectives resolved, so a hand-written card needs no document.
 */
export interface ProjectCardView extends Omit<Project, 'id' | 'partners'> {
  id?: string;
  /** Partners in any order; shown lead first, then partners, then associated partners. */
  partners?: ProjectPartnerView[];
  /** The project's objectives; the card shows the first few and links to the full list. */
  objectives?: ObjectiveItem[];
  /** Where the full objective list is (a page or `#anchor`); else the card links to `#<objectiveListId>`. */
  objectivesHref?: string;
  /** Default content language of the document the view came from. */
  lang?: string;
  /** How the document's prose is written (`markdown`, else plain text); see TEXT_FORMATS. */
  textFormat?: TextFormat;
}

/** An objective list as `<cluster-objective-list>` takes it (`heading`, `kind`, `numbering`, `items`). */
export interface ObjectiveListView {
  id: string;
  heading?: LocalizedText;
  kind?: ObjectiveListKind;
  numbering?: NumberingStyle;
  items: ObjectiveItem[];
  projectId?: string;
  /** Default content language of the document the view came from. */
  lang?: string;
  /** How the document's prose is written (`markdown`, else plain text); see TEXT_FORMATS. */
  textFormat?: TextFormat;
}

const ROLE_ORDER: Record<PartnerRole, number> = { lead: 0, partner: 1, associated: 2 };

/** Partners lead first, then partners, then associated partners; the given order within each role (stable). */
export function orderPartners<T extends { role: PartnerRole }>(partners: readonly T[]): T[] {
  return partners
    .map((partner, index) => ({ partner, index }))
    .sort((a, b) => (ROLE_ORDER[a.partner.role] ?? 3) - (ROLE_ORDER[b.partner.role] ?? 3) || a.index - b.index)
    .map(({ partner }) => partner);
}

// ---------------------------------------------------------------------------------------------
// Builders (from a parsed event document)

function projectView(project: Project, document: EventDocument): ProjectCardView {
  const organizations = new Map((document.organizations ?? []).map((o) => [o.id, o]));
  const partners = (project.partners ?? []).flatMap((p): ProjectPartnerView[] => {
    const org = organizations.get(p.organizationId);
    if (!org) return [];
    return [{ id: org.id, name: org.name, role: p.role, ...compact({ shortName: org.shortName, url: org.url, country: p.country }, true) }];
  });
  const list = project.objectiveListId ? document.objectiveLists?.find((l) => l.id === project.objectiveListId) : undefined;
  const { partners: _partners, objectiveListId, ...rest } = project;
  return {
    ...rest,
    ...(partners.length ? { partners } : {}),
    ...(list ? { objectives: list.items, objectiveListId: list.id } : objectiveListId ? { objectiveListId } : {}),
    lang: document.lang,
    ...(document.textFormat ? { textFormat: document.textFormat } : {}),
  };
}

/** One project of a parsed document with its partners and objectives resolved; `undefined` for an unknown id. */
export function projectCardViewFromDocument(document: EventDocument, projectId: string): ProjectCardView | undefined {
  const project = document.projects?.find((p) => p.id === projectId);
  return project ? projectView(project, document) : undefined;
}

/** Every project of a parsed document as a card view, in the document's order. */
export function projectCardViewsFromDocument(document: EventDocument): ProjectCardView[] {
  return (document.projects ?? []).map((p) => projectView(p, document));
}

function listView(list: ObjectiveList, lang: string, textFormat?: TextFormat): ObjectiveListView {
  return {
    id: list.id,
    ...(list.title ? { heading: list.title } : {}),
    ...(list.kind ? { kind: list.kind } : {}),
    ...(list.numbering ? { numbering: list.numbering } : {}),
    items: list.items,
    ...(list.projectId ? { projectId: list.projectId } : {}),
    lang,
    ...(textFormat ? { textFormat } : {}),
  };
}

/** One objective list of a parsed document; `undefined` for an unknown id. */
export function objectiveListViewFromDocument(document: EventDocument, listId: string): ObjectiveListView | undefined {
  const list = document.objectiveLists?.find((l) => l.id === listId);
  return list ? listView(list, document.lang, document.textFormat) : undefined;
}

/** Every objective list of a parsed document, optionally only those of one project. */
export function objectiveListViewsFromDocument(document: EventDocument, projectId?: string): ObjectiveListView[] {
  return (document.objectiveLists ?? [])
    .filter((l) => projectId === undefined || l.projectId === projectId)
    .map((l) => listView(l, document.lang, document.textFormat));
}

// ---------------------------------------------------------------------------------------------
// Checker (hand-written views: keep what is valid, report the rest)

/**
 * Checks a project view (hand-written or built) against the project card view of entities.ts: a
 * document's project rules, with partners and objectives embedded. Unusable fields are dropped
 * and reported with their paths (`project.partners[2].role`); the value is `null` when it is not
 * an object or has no acronym or title.
 */
export function checkProjectCardView(value: unknown, path = 'project'): ParseResult<ProjectCardView> {
  const problems: Problems = [];
  return { value: parseWith<ProjectCardView>(PROJECT_VIEW, value, path, problems) ?? null, problems };
}
