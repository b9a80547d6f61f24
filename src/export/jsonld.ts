/**
 * JSON-LD (schema.org) for search engines: the event with its sessions, speakers, organisers and
 * place; projects as ResearchProject with their EU grant; objective lists as ItemList.
 *
 * The nodes are typed by the interfaces below, which name exactly what is written; the published
 * declarations need nothing but this package. test/types/jsonld-schema-dts.ts checks at compile
 * time that each of them is a valid `schema-dts` node with only schema.org property names (that
 * package stays a devDependency). Only URLs that pass `safeUrl()` are written (resolved against the
 * document's `baseUrl` when it has one). The result goes into the page's light DOM through
 * {@link jsonLdScriptText}, never into a shadow root, where search engines do not look.
 * Prose of a document with `textFormat: "markdown"` (descriptions, abstracts, biographies,
 * summaries, objectives' details) is written as plain text (markdownPlainText): schema.org's
 * `description` is text, and search engines show it as such. This module does not import the
 * Markdown parser: {@link jsonLdGraph} is given it, and the public `toJsonLd` (jsonld-markdown.ts)
 * always gives it, so the elements' JSON-LD publisher loads it only for a Markdown document.
 */
import { resolveText } from '../data/text.js';
import { isCalendarDate, parseInstant } from '../data/time.js';
import { registrationStatus, type RegistrationState } from '../data/registration-view.js';
import { isGeoCoordinates } from '../data/geo.js';
import type {
  AttendanceMode,
  ClusterEvent,
  EventDocument,
  EventStatus,
  Image,
  LocalizedText,
  Money,
  ObjectiveItem,
  ObjectiveList,
  Organization,
  Person,
  Project,
  Session,
} from '../data/types.js';
import { encodeUriPart, safeUrl } from '../data/url.js';
import type { MarkdownText } from '../data/markdown.js';
import { exportStrings } from '../i18n/export.js';

/** Options of `toJsonLd`. */
export interface JsonLdOptions {
  /** Language of the text (default: the document's `lang`). */
  lang?: string;
  /** The instant the registration's `offers.availability` is written for (default: the clock). */
  now?: Date;
}

// ---------------------------------------------------------------------------------------------
// The nodes written (schema.org types and property names)

/** A schema.org event status, as written in `eventStatus`. */
export type JsonLdEventStatus =
  | 'https://schema.org/EventScheduled'
  | 'https://schema.org/EventCancelled'
  | 'https://schema.org/EventPostponed'
  | 'https://schema.org/EventRescheduled'
  | 'https://schema.org/EventMovedOnline';

/** A schema.org attendance mode, as written in `eventAttendanceMode`. */
export type JsonLdAttendanceMode =
  'https://schema.org/OfflineEventAttendanceMode' | 'https://schema.org/OnlineEventAttendanceMode' | 'https://schema.org/MixedEventAttendanceMode';

/** An image (a photo or logo) with an absolute or document-relative safe URL. */
export interface JsonLdImageObject {
  '@type': 'ImageObject';
  url: string;
  contentUrl: string;
  caption?: string;
}

/** An organisation: an organiser, a partner, an affiliation or a grant's funder. */
export interface JsonLdOrganization {
  '@type': 'Organization';
  /** `<baseUrl>#<id>` for organisations of the document; absent for affiliations given as text. */
  '@id'?: string;
  name: string;
  alternateName?: string;
  url?: string;
  logo?: JsonLdImageObject;
}

/** A speaker, moderator or panellist. */
export interface JsonLdPerson {
  '@type': 'Person';
  '@id': string;
  name?: string;
  jobTitle?: string;
  worksFor?: JsonLdOrganization;
  affiliation?: JsonLdOrganization;
  image?: JsonLdImageObject;
  description?: string;
  /** The person's http(s) profile links. */
  sameAs?: string[];
}

/** The venue's postal address. */
export interface JsonLdPostalAddress {
  '@type': 'PostalAddress';
  addressCountry: string;
  streetAddress?: string;
  addressLocality?: string;
  postalCode?: string;
}

/** The venue's position (WGS 84 degrees). */
export interface JsonLdGeoCoordinates {
  '@type': 'GeoCoordinates';
  latitude: number;
  longitude: number;
}

/** The venue, or the room of a session. */
export interface JsonLdPlace {
  '@type': 'Place';
  name: string;
  address?: JsonLdPostalAddress;
  geo?: JsonLdGeoCoordinates;
}

/** A schema.org availability, as written in an offer's `availability`. */
export type JsonLdAvailability = 'https://schema.org/PreOrder' | 'https://schema.org/InStock' | 'https://schema.org/SoldOut' | 'https://schema.org/OutOfStock';

/**
 * The event's registration: where (`url`), whether a place can be had now (`availability`: not
 * yet open, open, full, closed), from and until when (`validFrom`, `validThrough`), and at what
 * price (`price` 0 when free; schema.org writes prices as numbers with `priceCurrency`).
 */
export interface JsonLdOffer {
  '@type': 'Offer';
  url: string;
  availability: JsonLdAvailability;
  validFrom?: string;
  validThrough?: string;
  price?: number;
  priceCurrency?: string;
  /** The places still free. */
  inventoryLevel?: JsonLdQuantitativeValue;
}

/** A count (the places left of a registration). */
export interface JsonLdQuantitativeValue {
  '@type': 'QuantitativeValue';
  value: number;
  maxValue?: number;
}

/** Where an online or mixed event is followed. */
export interface JsonLdVirtualLocation {
  '@type': 'VirtualLocation';
  url?: string;
}

/** The event, or one of its sessions (in the event's `subEvent`). Dates are RFC 3339 as written in the document. */
export interface JsonLdEvent {
  '@type': 'Event';
  '@id': string;
  name: string;
  description?: string;
  startDate?: string;
  endDate?: string;
  previousStartDate?: string;
  eventStatus?: JsonLdEventStatus;
  eventAttendanceMode?: JsonLdAttendanceMode;
  location?: JsonLdPlace | JsonLdVirtualLocation | (JsonLdPlace | JsonLdVirtualLocation)[];
  url?: string;
  offers?: JsonLdOffer;
  /** `true` when the registration says attendance is free. */
  isAccessibleForFree?: boolean;
  organizer?: JsonLdOrganization[];
  performer?: (JsonLdPerson | JsonLdOrganization)[];
  subEvent?: JsonLdEvent[];
}

/** An amount of money in an ISO 4217 currency. */
export interface JsonLdMonetaryAmount {
  '@type': 'MonetaryAmount';
  value: number;
  currency: string;
}

/** The grant that funds a project (the EU as funder for EU funds). */
export interface JsonLdMonetaryGrant {
  '@type': 'MonetaryGrant';
  name?: string;
  funder?: JsonLdOrganization;
  amount?: JsonLdMonetaryAmount;
  url?: string;
}

/** A project. Dates are calendar dates (`YYYY-MM-DD`). */
export interface JsonLdResearchProject {
  '@type': 'ResearchProject';
  '@id': string;
  name: string;
  alternateName?: string;
  description?: string;
  foundingDate?: string;
  dissolutionDate?: string;
  url?: string;
  logo?: JsonLdImageObject;
  member?: JsonLdOrganization[];
  funding?: JsonLdMonetaryGrant;
}

/** One objective of a list, with its sub-objectives as a nested list. */
export interface JsonLdListItem {
  '@type': 'ListItem';
  position: number;
  name: string;
  description?: string;
  item?: JsonLdItemList;
}

/** An objective list (top-level lists have an `@id`). */
export interface JsonLdItemList {
  '@type': 'ItemList';
  '@id'?: string;
  name?: string;
  numberOfItems?: number;
  itemListElement?: JsonLdListItem[];
}

/** A top-level node of the graph. */
export type JsonLdNode = JsonLdEvent | JsonLdResearchProject | JsonLdItemList;

/** What `toJsonLd` returns: a schema.org graph, first the event, then projects and objective lists. */
export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

const EVENT_STATUS: Record<EventStatus, JsonLdEventStatus> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

const ATTENDANCE_MODE: Record<AttendanceMode, JsonLdAttendanceMode> = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

/** Funds of the EU's cohesion and other programmes: a project paid from one of them is EU-funded. */
const EU_FUNDS = ['ERDF', 'ESF', 'ESF+', 'CF', 'JTF', 'EAFRD', 'EMFF', 'EMFAF', 'INTERREG', 'HORIZON', 'COSME', 'LIFE'];

const AVAILABILITY: Record<RegistrationState, JsonLdAvailability> = {
  'opens-on': 'https://schema.org/PreOrder',
  open: 'https://schema.org/InStock',
  full: 'https://schema.org/SoldOut',
  closed: 'https://schema.org/OutOfStock',
};

interface Ctx {
  lang: string;
  fallbackLang: string;
  /** baseUrl without its fragment, for `@id`s. */
  idBase: string;
  /** Absolute base for relative URLs, when the document has one. */
  urlBase: string | undefined;
  people: Map<string, Person>;
  organizations: Map<string, Organization>;
  now: Date;
  /** Markdown prose as plain text, for a document whose `textFormat` is Markdown; else `null` (prose as written). */
  markdown: MarkdownText | null;
}

/**
 * The document as a schema.org graph: first the Event (with a subEvent per session other than
 * breaks, performers, organisers and location), then a ResearchProject per project and an ItemList
 * per objective list. `@id`s are `<baseUrl>#<id>`, the page's deep-link anchors.
 *
 * `markdownText` writes the prose of a document with `textFormat: "markdown"` as plain text (the
 * public `toJsonLd` passes `markdownPlainText`); without it such prose is written as it is.
 */
export function jsonLdGraph(document: EventDocument, options: JsonLdOptions, markdownText: MarkdownText | undefined): JsonLdGraph {
  const base = absoluteHttpUrl(document.baseUrl);
  const ctx: Ctx = {
    lang: options.lang || document.lang || 'en',
    fallbackLang: document.lang || 'en',
    idBase: base ? base.replace(/#.*$/, '') : '',
    urlBase: base,
    people: new Map((document.people ?? []).map((p) => [p.id, p])),
    organizations: new Map((document.organizations ?? []).map((o) => [o.id, o])),
    now: options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date(),
    markdown: document.textFormat === 'markdown' ? (markdownText ?? null) : null,
  };
  const graph: JsonLdNode[] = [eventNode(ctx, document.event)];
  for (const project of document.projects ?? []) graph.push(projectNode(ctx, project));
  for (const list of document.objectiveLists ?? []) graph.push(itemListNode(ctx, list));
  return { '@context': 'https://schema.org', '@graph': graph };
}

// ---------------------------------------------------------------------------------------------
// Event and sessions

function eventNode(ctx: Ctx, event: ClusterEvent): JsonLdEvent {
  const mode: AttendanceMode | undefined = event.attendanceMode ?? (event.status === 'moved-online' ? 'online' : undefined);
  const node: JsonLdEvent = {
    '@type': 'Event',
    '@id': nodeId(ctx, event.id),
    name: text(ctx, event.name),
  };
  setProse(ctx, node, 'description', event.description);
  setDate(node, 'startDate', event.start);
  setDate(node, 'endDate', event.end);
  node.eventStatus = EVENT_STATUS[event.status ?? 'scheduled'] ?? EVENT_STATUS.scheduled;
  if (event.previousStart && (event.status === 'postponed' || event.status === 'rescheduled')) {
    setDate(node, 'previousStartDate', event.previousStart);
  }
  if (mode && ATTENDANCE_MODE[mode]) node.eventAttendanceMode = ATTENDANCE_MODE[mode];
  const location = eventLocation(ctx, event, mode);
  if (location.length > 0) node.location = location.length === 1 ? location[0]! : location;
  const url = link(ctx, event.url) ?? ctx.urlBase;
  if (url) node.url = url;
  const offer = offerNode(ctx, event);
  if (offer) node.offers = offer;
  if (event.registration?.free === true || event.registration?.price?.amount === 0) node.isAccessibleForFree = true;
  const organizers = (event.organizerIds ?? [])
    .map((id) => ctx.organizations.get(id))
    .filter((o): o is Organization => o !== undefined)
    .map((o) => organizationNode(ctx, o));
  if (organizers.length > 0) node.organizer = organizers;
  const sessions = (event.sessions ?? []).filter((s) => s.kind !== 'break');
  const performers = performersOf(ctx, sessions);
  if (performers.length > 0) node.performer = performers;
  const subEvents = sessions.map((s) => sessionNode(ctx, event, s, mode));
  if (subEvents.length > 0) node.subEvent = subEvents;
  return node;
}

function sessionNode(ctx: Ctx, event: ClusterEvent, session: Session, mode: AttendanceMode | undefined): JsonLdEvent {
  const node: JsonLdEvent = {
    '@type': 'Event',
    '@id': nodeId(ctx, session.id),
    name: text(ctx, session.title),
  };
  setProse(ctx, node, 'description', session.abstract);
  setDate(node, 'startDate', session.start);
  setDate(node, 'endDate', session.end);
  const status = session.status ?? (event.status === 'cancelled' ? 'cancelled' : undefined);
  if (status && EVENT_STATUS[status]) node.eventStatus = EVENT_STATUS[status];
  const room = event.rooms?.find((r) => r.id === session.roomId);
  if (room && mode !== 'online') {
    const place: JsonLdPlace = { '@type': 'Place', name: text(ctx, room.name) };
    const address = postalAddress(event);
    if (address) place.address = address;
    const geo = geoCoordinates(event);
    if (geo) place.geo = geo;
    node.location = place;
  } else {
    const location = eventLocation(ctx, event, mode);
    if (location.length > 0) node.location = location.length === 1 ? location[0]! : location;
  }
  const performers = performersOf(ctx, [session]);
  if (performers.length > 0) node.performer = performers;
  const url = link(ctx, session.url);
  if (url) node.url = url;
  return node;
}

function eventLocation(ctx: Ctx, event: ClusterEvent, mode: AttendanceMode | undefined): (JsonLdPlace | JsonLdVirtualLocation)[] {
  const out: (JsonLdPlace | JsonLdVirtualLocation)[] = [];
  if (mode !== 'online' && event.venue) {
    const place: JsonLdPlace = { '@type': 'Place', name: text(ctx, event.venue.name) };
    const address = postalAddress(event);
    if (address) place.address = address;
    const geo = geoCoordinates(event);
    if (geo) place.geo = geo;
    out.push(place);
  }
  if (mode === 'online' || mode === 'mixed') {
    const virtual: JsonLdVirtualLocation = { '@type': 'VirtualLocation' };
    const url = link(ctx, event.url) ?? ctx.urlBase;
    if (url) virtual.url = url;
    out.push(virtual);
  }
  return out;
}

/**
 * The registration as an Offer, its availability at `ctx.now` (registration-view.ts). A
 * registration whose URL cannot be written (not safe) gives none: an offer without a place to
 * take it is of no use.
 */
function offerNode(ctx: Ctx, event: ClusterEvent): JsonLdOffer | undefined {
  const registration = event.registration;
  const url = registration && link(ctx, registration.url);
  if (!registration || !url) return undefined;
  const status = registrationStatus(registration, event, ctx.now);
  const offer: JsonLdOffer = { '@type': 'Offer', url, availability: AVAILABILITY[status.state] };
  setDate(offer, 'validFrom', registration.opens);
  setDate(offer, 'validThrough', registration.closes);
  const price = registration.price;
  if (price && Number.isFinite(price.amount) && /^[A-Z]{3}$/.test(price.currency)) {
    offer.price = price.amount;
    offer.priceCurrency = price.currency;
  } else if (registration.free === true) {
    offer.price = 0;
  }
  if (registration.remaining !== undefined) {
    offer.inventoryLevel = { '@type': 'QuantitativeValue', value: registration.remaining };
    if (registration.capacity !== undefined) offer.inventoryLevel.maxValue = registration.capacity;
  }
  return offer;
}

/** The venue's position, for the Place of the event and of its rooms. */
function geoCoordinates(event: ClusterEvent): JsonLdGeoCoordinates | undefined {
  const geo = event.venue?.geo;
  return isGeoCoordinates(geo) ? { '@type': 'GeoCoordinates', latitude: geo.latitude, longitude: geo.longitude } : undefined;
}

function postalAddress(event: ClusterEvent): JsonLdPostalAddress | undefined {
  const a = event.venue?.address;
  if (!a) return undefined;
  const address: JsonLdPostalAddress = { '@type': 'PostalAddress', addressCountry: a.addressCountry };
  if (a.streetAddress) address.streetAddress = a.streetAddress;
  if (a.addressLocality) address.addressLocality = a.addressLocality;
  if (a.postalCode) address.postalCode = a.postalCode;
  return address;
}

/**
 * Speakers, moderators and panellists of the sessions, once each. A person without a name is
 * represented by their organisation (or skipped when that is unknown too).
 */
function performersOf(ctx: Ctx, sessions: readonly Session[]): (JsonLdPerson | JsonLdOrganization)[] {
  const seen = new Set<string>();
  const out: (JsonLdPerson | JsonLdOrganization)[] = [];
  for (const session of sessions) {
    for (const participant of session.participants ?? []) {
      const person = ctx.people.get(participant.personId);
      if (!person) continue;
      if (person.name?.trim()) {
        if (seen.has(`p:${person.id}`)) continue;
        seen.add(`p:${person.id}`);
        out.push(personNode(ctx, person));
        continue;
      }
      const org = person.organizationId ? ctx.organizations.get(person.organizationId) : undefined;
      if (org) {
        if (seen.has(`o:${org.id}`)) continue;
        seen.add(`o:${org.id}`);
        out.push(organizationNode(ctx, org));
      } else {
        const name = text(ctx, person.affiliation);
        if (!name || seen.has(`a:${name}`)) continue;
        seen.add(`a:${name}`);
        out.push({ '@type': 'Organization', name });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// People and organisations

function personNode(ctx: Ctx, person: Person): JsonLdPerson {
  const node: JsonLdPerson = { '@type': 'Person', '@id': nodeId(ctx, person.id) };
  if (person.name?.trim()) node.name = person.name.trim();
  setText(ctx, node, 'jobTitle', person.jobTitle);
  const org = person.organizationId ? ctx.organizations.get(person.organizationId) : undefined;
  if (org) {
    const orgNode = organizationNode(ctx, org);
    node.worksFor = orgNode;
    node.affiliation = orgNode;
  } else if (text(ctx, person.affiliation)) {
    node.affiliation = { '@type': 'Organization', name: text(ctx, person.affiliation) };
  }
  const image = imageNode(ctx, person.photo);
  if (image) node.image = image;
  setProse(ctx, node, 'description', person.bio);
  const sameAs = (person.links ?? []).map((l) => link(ctx, l.url)).filter((u): u is string => u !== undefined && /^https?:/i.test(u));
  if (sameAs.length > 0) node.sameAs = sameAs;
  return node;
}

function organizationNode(ctx: Ctx, org: Organization): JsonLdOrganization {
  const node: JsonLdOrganization = { '@type': 'Organization', '@id': nodeId(ctx, org.id), name: text(ctx, org.name) };
  if (org.shortName) node.alternateName = org.shortName;
  const url = link(ctx, org.url);
  if (url) node.url = url;
  const logo = imageNode(ctx, org.logo);
  if (logo) node.logo = logo;
  return node;
}

function imageNode(ctx: Ctx, image: Image | undefined): JsonLdImageObject | undefined {
  const url = link(ctx, image?.url);
  if (!image || !url) return undefined;
  const node: JsonLdImageObject = { '@type': 'ImageObject', url, contentUrl: url };
  setText(ctx, node, 'caption', image.alt);
  return node;
}

// ---------------------------------------------------------------------------------------------
// Projects and objective lists

function projectNode(ctx: Ctx, project: Project): JsonLdResearchProject {
  const node: JsonLdResearchProject = {
    '@type': 'ResearchProject',
    '@id': nodeId(ctx, project.id),
    name: text(ctx, project.title) || project.acronym,
  };
  if (project.acronym) node.alternateName = project.acronym;
  setProse(ctx, node, 'description', project.summary);
  if (project.startDate && isCalendarDate(project.startDate)) node.foundingDate = project.startDate;
  if (project.endDate && isCalendarDate(project.endDate)) node.dissolutionDate = project.endDate;
  const url = link(ctx, project.url);
  if (url) node.url = url;
  const logo = imageNode(ctx, project.logo);
  if (logo) node.logo = logo;
  const members = (project.partners ?? [])
    .map((p) => ctx.organizations.get(p.organizationId))
    .filter((o): o is Organization => o !== undefined)
    .map((o) => organizationNode(ctx, o));
  if (members.length > 0) node.member = members;
  const grant = grantNode(ctx, project);
  if (grant) node.funding = grant;
  return node;
}

/** The project's grant: the EU as funder when an EU emblem or fund says so, the EU share (else the total) as amount. */
function grantNode(ctx: Ctx, project: Project): JsonLdMonetaryGrant | undefined {
  const fund = project.programme?.fund?.toUpperCase().replace(/\s+/g, '');
  const isEu = project.fundingNotice?.emblem !== undefined || (fund !== undefined && EU_FUNDS.some((f) => fund.startsWith(f)));
  const money = project.budget?.euContribution ?? project.budget?.total;
  const programme = text(ctx, project.programme?.name);
  if (!isEu && !money && !programme) return undefined;
  const grant: JsonLdMonetaryGrant = { '@type': 'MonetaryGrant' };
  if (programme) grant.name = programme;
  if (isEu) grant.funder = { '@type': 'Organization', name: exportStrings(ctx.lang).europeanUnion };
  const amount = monetaryAmount(money);
  if (amount) grant.amount = amount;
  const url = link(ctx, project.programme?.url);
  if (url) grant.url = url;
  return grant;
}

function monetaryAmount(money: Money | undefined): JsonLdMonetaryAmount | undefined {
  if (!money || !Number.isFinite(money.amount) || !/^[A-Z]{3}$/.test(money.currency)) return undefined;
  return { '@type': 'MonetaryAmount', value: money.amount, currency: money.currency };
}

function itemListNode(ctx: Ctx, list: ObjectiveList): JsonLdItemList {
  const node: JsonLdItemList = { '@type': 'ItemList', '@id': nodeId(ctx, list.id) };
  setText(ctx, node, 'name', list.title);
  fillItems(ctx, node, list.items);
  return node;
}

function fillItems(ctx: Ctx, node: JsonLdItemList, items: readonly ObjectiveItem[]): void {
  node.numberOfItems = items.length;
  node.itemListElement = items.map((item, index) => {
    const element: JsonLdListItem = { '@type': 'ListItem', position: index + 1, name: text(ctx, item.text) };
    setProse(ctx, element, 'description', item.detail);
    if (item.children && item.children.length > 0) {
      const nested: JsonLdItemList = { '@type': 'ItemList' };
      fillItems(ctx, nested, item.children);
      element.item = nested;
    }
    return element;
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

function text(ctx: Ctx, value: LocalizedText | undefined): string {
  return resolveText(value, ctx.lang, ctx.fallbackLang).trim();
}

/** Sets a text property only when the localized text has a value. */
function setText<K extends string>(ctx: Ctx, node: Partial<Record<K, unknown>>, key: K, value: LocalizedText | undefined): void {
  const resolved = text(ctx, value);
  if (resolved) node[key] = resolved;
}

/** Sets a prose property (a description): the text as written, or Markdown as plain text; only when there is one. */
function setProse<K extends string>(ctx: Ctx, node: Partial<Record<K, unknown>>, key: K, value: LocalizedText | undefined): void {
  const written = text(ctx, value);
  const resolved = ctx.markdown && written ? ctx.markdown(written, ctx.urlBase ? { baseUrl: ctx.urlBase } : {}) : written;
  if (resolved) node[key] = resolved;
}

/** Sets a date property from an RFC 3339 instant (kept with its offset) or a calendar date. */
function setDate<K extends string>(node: Partial<Record<K, unknown>>, key: K, value: string | undefined): void {
  if (typeof value !== 'string') return;
  const trimmed = value.trim();
  if (isCalendarDate(trimmed) || parseInstant(trimmed)) node[key] = trimmed;
}

function nodeId(ctx: Ctx, id: string): string {
  return `${ctx.idBase}#${encodeUriPart(id)}`;
}

/** A safe URL, made absolute against the document's baseUrl when there is one. */
function link(ctx: Ctx, value: string | undefined): string | undefined {
  const safe = safeUrl(value);
  if (!safe) return undefined;
  if (!ctx.urlBase) return safe;
  try {
    return new URL(safe, ctx.urlBase).href;
  } catch {
    return undefined;
  }
}

function absoluteHttpUrl(value: string | undefined): string | undefined {
  const safe = safeUrl(value);
  if (!safe || !/^https?:\/\//i.test(safe)) return undefined;
  try {
    return new URL(safe).href;
  } catch {
    return undefined;
  }
}
