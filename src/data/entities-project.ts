/**
 * The entities of the project card view and of objective items (what `<cluster-project-card>` and
 * `<cluster-objective-list>` take), with the project fields and rule that the document's project
 * shares: see entities.ts.
 */
import { ANY_ID, COUNTRY, DATE, entity, LANG, MONEY, IMAGE, NAME, NUM, oneOf, PROGRAMME, STR, TEXT, URL, type Entity, type Rule } from './entities.js';
import { quote, type Problems } from './validate.js';
import { parseListWith } from './walk.js';
import { FUNDING_EMBLEMS, OBJECTIVE_STATUSES, PARTNER_ROLES, TEXT_FORMATS, type ObjectiveItem } from './types.js';

/** A project's end date before its start date drops both (its status cannot be derived). */
export const projectDates: Rule = ({ out, at, problems }) => {
  const { startDate, endDate } = out as { startDate?: string; endDate?: string };
  if (startDate === undefined || endDate === undefined || endDate >= startDate) return;
  problems.push({
    path: at('endDate'),
    message: `${quote(endDate)} is before the start date ${quote(startDate)}; both dates are ignored`,
  });
  delete out.startDate;
  delete out.endDate;
};

export const PROJECT_BUDGET = entity('a budget', { total: { k: 'obj', e: MONEY }, euContribution: { k: 'obj', e: MONEY } });

export const FUNDING_NOTICE = entity('a funding notice', { text: TEXT, emblem: oneOf(FUNDING_EMBLEMS) });

/**
 * Fields a project has in a document and in a project card view alike. A view is read without its
 * document, so its `objectiveListId` refers to nothing to check: the document's project checks it
 * (entities-document.ts).
 */
export const PROJECT_COMMON = {
  acronym: { ...STR, r: 1 },
  title: NAME,
  summary: TEXT,
  programme: { k: 'obj', e: PROGRAMME },
  startDate: DATE,
  endDate: DATE,
  budget: { k: 'obj', e: PROJECT_BUDGET },
  url: URL,
  logo: { k: 'obj', e: IMAGE },
  fundingNotice: { k: 'obj', e: FUNDING_NOTICE },
  objectiveListId: ANY_ID,
} as const;

export const INDICATOR = entity(
  'an indicator',
  {
    name: NAME,
    unit: STR,
    target: NUM,
    achieved: NUM,
  },
  { needs: 'a name' },
);

export interface ObjectiveItemEntity extends Entity {
  readonly fields: {
    readonly id: typeof ANY_ID;
    readonly text: typeof NAME;
    readonly detail: typeof TEXT;
    readonly status: ReturnType<typeof oneOf<typeof OBJECTIVE_STATUSES>>;
    readonly indicator: { readonly k: 'obj'; readonly e: typeof INDICATOR };
    readonly children: { readonly k: 'list'; readonly e: ObjectiveItemEntity; readonly ne: 1; readonly nest: 1 };
  };
}

/** An objective, step or finding; `children` nest at most {@link MAX_NESTING} levels deep. */
export const OBJECTIVE_ITEM: ObjectiveItemEntity = {
  name: 'an objective',
  needs: 'a text',
  fields: {
    id: ANY_ID,
    text: NAME,
    detail: TEXT,
    status: oneOf(OBJECTIVE_STATUSES),
    indicator: { k: 'obj', e: INDICATOR },
    get children() {
      return { k: 'list', e: OBJECTIVE_ITEM, ne: 1, nest: 1 } as const;
    },
  },
};

export const PARTNER_VIEW = entity(
  'a partner',
  {
    id: ANY_ID,
    name: NAME,
    shortName: STR,
    url: URL,
    role: { ...oneOf(PARTNER_ROLES), r: 1 },
    country: COUNTRY,
  },
  { needs: 'a name and a role' },
);

export const PROJECT_VIEW = entity(
  'a project',
  {
    id: ANY_ID,
    ...PROJECT_COMMON,
    partners: { k: 'list', e: PARTNER_VIEW, ne: 1 },
    objectives: { k: 'list', e: OBJECTIVE_ITEM, ne: 1 },
    objectivesHref: URL,
    lang: LANG,
    textFormat: oneOf(TEXT_FORMATS),
  },
  { needs: 'an acronym and a title', rule: projectDates },
);

/**
 * A list of objective items with nested children, at most {@link MAX_NESTING} levels deep
 * (`depth` is the level of these items, 1 for the top). Deeper items are left out with a problem,
 * which also stops cyclic input.
 */
export function parseObjectiveItems(v: unknown, path: string, problems: Problems, depth = 1): ObjectiveItem[] | undefined {
  return parseListWith(OBJECTIVE_ITEM, v, path, problems, undefined, depth);
}
