/**
 * What each entity and field of entities.ts means, in words for the people who write event
 * documents by hand. Build time only: the JSON Schema (json-schema.ts) and the "Event document"
 * docs page are made from these tables; no element imports them. A field takes its entity's own
 * description when there is one, else the shared one of {@link FIELD_DOCS} for its name; the
 * generator fails on a field described by neither.
 */
import { MAX_NESTING } from './entities.js';
import type { EntityName } from './entities-document.js';

export interface EntityDoc {
  title: string;
  description: string;
  /** Descriptions of this entity's fields where the shared one of FIELD_DOCS does not fit. */
  fields?: Record<string, string>;
  examples?: unknown[];
}

/** Descriptions shared by fields of the same name. */
export const FIELD_DOCS: Record<string, string> = {
  $schema:
    'The JSON Schema this document follows, for editors that complete and check it (e.g. "./node_modules/@cluster-events/components/event-document.schema.json"). Ignored by the elements.',
  'x-': 'Any key starting with "x-" is yours (notes, CMS ids): the elements ignore it without a warning.',
  id: 'A stable id, unique in its list: it becomes the iCalendar UID, the JSON-LD @id and the anchor of deep links (#id). Keep it when the text changes.',
  name: 'The name, as a text or one text per language.',
  title: 'The title, as a text or one text per language.',
  description: 'A description in a few sentences, as a text or one text per language.',
  summary: 'A summary in a few sentences, as a text or one text per language.',
  abstract: 'What the session is about, as a text or one text per language.',
  url: 'A web page about it (http, https, mailto, tel or a relative URL; anything else is never linked).',
  timeZone: 'The IANA time zone its times are shown in and exported with, e.g. "Europe/Sofia".',
  start: 'When it starts: an RFC 3339 date-time with its UTC offset, e.g. "2018-07-06T10:00:00+03:00".',
  end: 'When it ends: an RFC 3339 date-time with its UTC offset.',
  status: 'Its status: scheduled unless cancelled, postponed, rescheduled or moved online.',
  lang: 'The language of the texts that give no language, as a BCP 47 code ("en", "bg").',
  textFormat:
    'How prose (abstracts, biographies, descriptions, summaries, objectives’ details) is written: "plain" text (the default) or "markdown", of which paragraphs, line breaks, emphasis, links (with the same URL rules), lists and inline code are shown; raw HTML is shown as text. The pretalx/frab importer sets "markdown".',
  shortName: 'A short name or abbreviation (e.g. "ABC").',
  logo: 'A logo image with its alternative text.',
  photo: 'A photo with its alternative text.',
  role: 'The part played.',
  country: 'The country, as an ISO 3166-1 alpha-2 code ("BG").',
  kind: 'What kind of list this is; it sets the default heading.',
  label: 'The text shown for it, as a text or one text per language.',
  organizationId: 'The id of an organisation in "organizations".',
  registration:
    'How to register, when registration is needed: the Register action with its state (opens on…, open, full, closed), JSON-LD offers and the calendar entry follow it.',
  geo: 'The position of the place (latitude and longitude): a "Map" link to OpenStreetMap and a geo: link for phones, and JSON-LD Place.geo. No map is loaded into the page.',
};

/** Descriptions of the kinds of values (the schema's shared definitions). */
export const KIND_DOCS = {
  id: 'A stable id: non-empty text of at most 200 characters.',
  str: 'Non-empty text in one language.',
  text: 'Text shown to readers: one text, or an object with one text per language ({ "en": "…", "bg": "…" }, keys are BCP 47 language codes). At least one text must be non-empty.',
  instant: 'An RFC 3339 date-time WITH its UTC offset ("2018-07-06T10:00:00+03:00" or "…Z"). A time without offset is refused, never guessed.',
  when: 'An RFC 3339 date-time with offset, or a calendar date "YYYY-MM-DD" when the hours are unknown.',
  date: 'A real calendar date "YYYY-MM-DD".',
  url: 'A link: http, https, mailto or tel, or a relative URL (relative to the page that shows it). Other schemes (javascript:, data:) are refused.',
  country: 'A two-letter ISO 3166-1 country code in capitals ("BG").',
  currency: 'A three-letter ISO 4217 currency code in capitals ("EUR", "BGN").',
  lang: 'A BCP 47 language code ("en", "bg", "pt-BR").',
  zone: 'An IANA time zone ("Europe/Sofia"); the elements also check that the browser knows it.',
  bool: 'true or false (JSON booleans; the text "true" is not one).',
  color: 'A CSS colour: #rgb, #rrggbb, #rrggbbaa, rgb()/rgba()/hsl()/hsla() with numbers, or a colour name. Only an accent: never the only carrier of meaning.',
  strs: 'A list of non-empty texts; duplicates are ignored.',
} as const;

const SESSION_FIELDS: Record<string, string> = {
  title: 'The session title, as a text or one text per language.',
  kind: 'What kind of session it is (talk, keynote, panel, …); shown as a badge.',
  start:
    'When it starts: an RFC 3339 date-time with offset. Leave out start and end for a programme without times (the session keeps its place in the list); a start alone is shown as a start time.',
  end: 'When it ends: an RFC 3339 date-time with offset, not before the start; only with a start.',
  tags: 'Free tags (keywords) for search.',
  url: "The session's own page.",
  status: 'Set when the session is cancelled, postponed, rescheduled or moved online.',
};

const ADDRESS_FIELDS: Record<string, string> = {
  streetAddress: 'Street and number.',
  addressLocality: 'Town or city.',
  postalCode: 'Postal code.',
  addressCountry: 'The country, as an ISO 3166-1 alpha-2 code ("BG").',
};

/** One entry per entity of entities.ts. */
export const ENTITY_DOCS: Record<EntityName, EntityDoc> = {
  EventDocument: {
    title: 'Event document',
    description:
      'One JSON document describing an event and everything a cluster website shows around it: the programme, the people and organisations, EU projects with their objectives, and funding calls. People and organisations are listed once and referred to by id.',
    fields: {
      lang: 'The default language of the content: texts given as plain strings are in this language (BCP 47, e.g. "en").',
      baseUrl: 'The canonical URL of the page that shows the event: JSON-LD @ids, iCalendar UIDs, and the base of relative URLs in exports.',
      organizations: 'Organisations (organisers, partners, employers), referred to by id.',
      people: 'People (speakers, moderators), referred to by id from sessions.',
      objectiveLists: 'Objectives, key steps or findings of projects.',
      projects: 'EU cooperation projects presented at the event.',
      fundingCalls: 'Funding calls the readers should know about.',
      event: 'The event itself, with its programme.',
    },
  },
  Event: {
    title: 'Event',
    description: 'The event: when and where, who organises it, and its programme (tracks, rooms, sessions).',
    fields: {
      name: 'The name of the event, as a text or one text per language.',
      url: "The event's page.",
      timeZone: 'The IANA zone of the event ("Europe/Sofia"): times show in it by default, labelled, and calendars use it.',
      start: 'When it starts: an RFC 3339 date-time with offset, or a calendar date ("2018-07-06") when the hours are unknown.',
      end: 'When it ends: of the same kind as start (a date-time or a date), not before it. The event is over at its end (a date: at the midnight after that day, in the event’s zone); without one, at the midnight after the day it starts. From then on event lists show it as past and a registration without closes is closed.',
      previousStart: 'The start before a postponement or rescheduling, when known.',
      attendanceMode: 'Whether people attend in person (offline), online or both (mixed).',
      venue: 'Where it takes place.',
      organizerIds: 'Ids of the organising organisations in "organizations".',
      partnerIds: 'Ids of partner organisations in "organizations".',
      tracks: 'The topics of the programme; a session belongs to at most one.',
      rooms: 'The rooms; a session takes place in at most one.',
      sessions: 'The sessions of the programme, in the order to show untimed ones.',
    },
  },
  Venue: { title: 'Venue', description: 'Where an event takes place.', fields: { name: 'The name of the place or town.', address: 'Its postal address.' } },
  PostalAddress: {
    title: 'Postal address',
    description: 'A postal address.',
    fields: ADDRESS_FIELDS,
  },
  GeoCoordinates: {
    title: 'Geo coordinates',
    description: 'A point on the Earth in WGS 84 degrees, as GPS, OpenStreetMap and most map sites give it (right-click "Show address" on openstreetmap.org).',
    fields: {
      latitude: 'Degrees north of the equator (negative: south), from -90 to 90, e.g. 43.2047.',
      longitude: 'Degrees east of Greenwich (negative: west), from -180 to 180, e.g. 27.9105.',
    },
    examples: [{ latitude: 42.4936, longitude: 27.4721 }],
  },
  Registration: {
    title: 'Registration',
    description:
      'How to register for the event. Its state derives from the dates and places: "opens on …" before opens, "full" when no places remain, "closed" from closes (or, without closes, once the event is over: see the event’s end), else "open", with the days left until it closes.',
    fields: {
      url: 'The registration page or form (http, https, mailto, tel or a relative URL).',
      opens: 'When registration opens: an RFC 3339 date-time with its UTC offset.',
      closes: 'When registration closes: an RFC 3339 date-time with its UTC offset, not before opens. Without it, registration closes when the event ends.',
      capacity: 'How many places there are in all: a whole number, 0 or more.',
      remaining: 'How many places are still free: a whole number, not more than capacity; 0 shows "full".',
      price: 'The price of a place, with its ISO 4217 currency; an amount of 0 is shown as free.',
      free: 'true when attending costs nothing (not together with a price other than 0).',
    },
    examples: [
      {
        url: 'https://example.org/register',
        opens: '2026-03-02T09:00:00+02:00',
        closes: '2026-06-10T18:00:00+03:00',
        capacity: 200,
        remaining: 37,
        price: { amount: 120, currency: 'EUR' },
      },
      { url: 'https://example.org/register', free: true },
    ],
  },
  Track: {
    title: 'Track',
    description: 'One topic of the programme.',
    fields: { color: 'An accent colour for the track (a CSS colour); never the only way the track is shown.' },
  },
  Room: { title: 'Room', description: 'A room at the venue.' },
  Session: {
    title: 'Session',
    description: 'One item of the programme: a talk, a panel, a break, …',
    fields: {
      ...SESSION_FIELDS,
      trackId: 'The id of its track in event.tracks.',
      roomId: 'The id of its room in event.rooms.',
      participants: 'Who speaks, moderates or chairs, by person id.',
      projectIds: 'Ids of the projects in "projects" the session presents.',
    },
    examples: [
      {
        id: 'foresda-presentation',
        title: { en: 'FORESDA: transforming traditional forest-based industries' },
        kind: 'presentation',
        start: '2018-07-06T11:00:00+03:00',
        end: '2018-07-06T11:30:00+03:00',
        participants: [{ personId: 'rep-bulgarian-furniture-cluster', role: 'speaker' }],
      },
    ],
  },
  Participant: {
    title: 'Participant',
    description: 'A person taking part in a session.',
    fields: { personId: 'The id of the person in "people".', role: 'Their part: speaker, moderator, panelist or chair.' },
  },
  Person: {
    title: 'Person',
    description: 'A person; the name is optional (someone may be known only by job title and organisation).',
    fields: {
      name: 'The full name as it should be shown.',
      jobTitle: 'Their job title, as a text or one text per language.',
      affiliation: 'A free-text affiliation when the organisation is not listed in "organizations".',
      bio: 'A short biography, as a text or one text per language.',
      links: 'Links to their pages (website, profile, e-mail).',
    },
  },
  Organization: { title: 'Organisation', description: 'An organisation: an organiser, partner or employer.', fields: { url: "The organisation's website." } },
  Image: {
    title: 'Image',
    description: 'An image.',
    fields: { url: 'Where the image is: an http(s) or a relative URL.', alt: 'The alternative text: what the image shows, for readers who cannot see it.' },
  },
  Link: { title: 'Link', description: 'A link with an optional label.', fields: { url: 'Where it leads (http, https, mailto, tel or a relative URL).' } },
  Programme: {
    title: 'Programme',
    description: 'The funding programme of a project or call.',
    fields: {
      name: 'The name of the programme.',
      fund: 'The fund, e.g. "ERDF", "ESF+".',
      period: 'The programming period, e.g. "2014-2020".',
      url: "The programme's website.",
    },
  },
  Money: {
    title: 'Money',
    description: 'An amount of money.',
    fields: { amount: 'The amount, a number not below 0.', currency: 'The ISO 4217 currency code ("EUR", "BGN").' },
    examples: [{ amount: 340000, currency: 'EUR' }],
  },
  Project: {
    title: 'Project',
    description: 'An EU cooperation project; its status (planned, ongoing, closed) derives from its dates.',
    fields: {
      acronym: 'The acronym the project is known by (e.g. "FORESDA").',
      title: 'The full title, as a text or one text per language.',
      programme: 'The programme that funds it.',
      startDate: 'The first day of the project (YYYY-MM-DD).',
      endDate: 'The last day of the project (YYYY-MM-DD), not before the start date.',
      budget: 'Its budget.',
      partners: 'The partner organisations and their roles.',
      objectiveListId: 'The id of its objective list in "objectiveLists" (a card links to it).',
      url: "The project's website.",
      fundingNotice: 'The EU funding acknowledgement: the emblem and/or a statement.',
    },
  },
  ProjectBudget: {
    title: 'Project budget',
    description: "A project's budget.",
    fields: { total: 'The total budget.', euContribution: 'The EU contribution.' },
  },
  ProjectPartner: {
    title: 'Project partner',
    description: 'An organisation taking part in a project.',
    fields: { role: 'Its role in the project: the lead partner, a partner, or an associated partner (shown in that order).' },
  },
  FundingNotice: {
    title: 'Funding notice',
    description: 'The EU funding acknowledgement of a project.',
    fields: {
      text: 'The statement; a default one is shown for the emblem when absent.',
      emblem: 'Which EU emblem statement applies: co-funded or funded by the European Union.',
    },
  },
  ObjectiveList: {
    title: 'Objective list',
    description: 'Objectives, key steps or findings of a project, in order.',
    fields: {
      title: 'The heading, as a text or one text per language; a default heading follows the kind.',
      kind: 'What the items are: objectives, key steps or findings; sets the default heading and the message when there are none.',
      projectId: 'The id of the project in "projects" these belong to.',
      numbering: 'How items are numbered: none, decimal, decimal-nested (1.2.3), lower-alpha or upper-roman.',
      items: 'The items, in order.',
    },
  },
  ObjectiveItem: {
    title: 'Objective',
    description: 'An objective, step or finding, with optional status, indicator and nested items.',
    fields: {
      id: 'An optional stable id (an anchor for links).',
      text: 'The objective itself, as a text or one text per language.',
      detail: 'More detail, as a text or one text per language.',
      status: 'planned, in-progress, achieved, delayed or cancelled; shown with a word, not colour alone.',
      indicator: 'A measurable indicator with target and achieved values.',
      children: `Nested items (at most ${MAX_NESTING} levels deep).`,
    },
  },
  ObjectiveIndicator: {
    title: 'Indicator',
    description: 'A measurable indicator of an objective.',
    fields: { name: 'What is measured.', unit: 'The unit, e.g. "SMEs".', target: 'The target value.', achieved: 'The value achieved so far.' },
  },
  FundingCall: {
    title: 'Funding call',
    description:
      'A funding call. Its status (forthcoming, opening not confirmed, open, closing soon, closed) derives from its dates; it needs at least one deadline, or opens, opensEstimate or opensBy.',
    fields: {
      identifier: 'The official identifier of the call (e.g. "BG16RFOP002-1.013").',
      title: 'The title of the call, as a text or one text per language.',
      programme: 'The programme the call belongs to.',
      timeZone: 'The IANA zone the call’s dates are given in ("Europe/Brussels").',
      opens: 'When it opens: a date-time with offset, or a date (midnight in the call’s zone).',
      opensEstimate: 'When it is expected to open, in words, when no date is known ("by the end of 2018").',
      opensBy:
        'The latest date it is expected to open by, when no opens date is known ("2018-12-31"): once that day is over in the call’s zone, the call reads "Opening not confirmed" instead of "Forthcoming". Beside opens it changes nothing: the opening date counts.',
      deadlines: 'The deadlines (cut-offs); shown in time order, past ones struck through.',
      statusOverride: 'suspended or cancelled, which the dates cannot tell.',
      closingSoonDays: 'Days before the next deadline from which the call is "closing soon" (default 14).',
      budget: 'The budget of the call.',
      applyUrl: 'Where to apply.',
      infoUrl: 'Where to read more.',
    },
  },
  Deadline: {
    title: 'Deadline',
    description: 'A deadline (cut-off) of a funding call.',
    fields: {
      at: 'When it is: an RFC 3339 date-time with offset.',
      label: 'Its name ("First cut-off").',
      previousAt: 'The earlier deadline this one extends.',
    },
  },
  CallBudget: {
    title: 'Call budget',
    description: 'The budget of a funding call.',
    fields: { total: 'The total budget.', alternate: 'The same total in other currencies.', perProjectMax: 'The most one project can receive.' },
  },
  AgendaTrackView: {
    title: 'Track view (<cluster-agenda-track> track)',
    description: 'One topic of a programme as <cluster-agenda-track> takes it: its sessions with speakers embedded and rooms by name.',
    fields: {
      id: 'The id of the track.',
      name: 'The track name, as a text or one text per language.',
      color: 'An accent colour (a CSS colour); never the only way the track is shown.',
      timeZone: 'The IANA zone of the event; required once a session has times (else times show in UTC).',
      sessions: 'The sessions, in the order to show untimed ones.',
      lang: 'The default language of the document the view came from.',
    },
  },
  AgendaSessionView: {
    title: 'Session view',
    description: 'One session as <cluster-agenda-track> shows it: the same rules as a session of a document, with the room by name and the speakers embedded.',
    fields: { ...SESSION_FIELDS, room: 'The room name, as a text or one text per language.', speakers: 'The people taking part, embedded.' },
  },
  SpeakerRef: {
    title: 'Speaker (in a session view)',
    description: 'A person as shown next to a session: at least a name, a job title or an organisation.',
    fields: {
      id: 'The id of the person.',
      name: 'The full name.',
      jobTitle: 'The job title.',
      organization: 'The organisation, by name.',
      role: 'Their part in the session: speaker, moderator, panelist or chair (shown next to the name, except for speakers).',
    },
  },
  SpeakerView: {
    title: 'Speaker view (<cluster-speaker-block> speaker)',
    description: 'A person as <cluster-speaker-block> shows them: at least a name, a job title or an organisation.',
    fields: {
      id: 'The id of the person.',
      name: 'The full name as it should be shown.',
      jobTitle: 'The job title, as a text or one text per language.',
      organization: 'The organisation: its name, or an object with its name and website.',
      url: "The person's own page.",
      bio: 'A short biography, as a text or one text per language.',
      links: 'Links to their pages: objects with url and label, or plain URLs.',
      sessions: 'The sessions they take part in.',
    },
  },
  SpeakerSessionView: {
    title: 'Session of a speaker',
    description: 'A session a person takes part in, with its times and the zone to show them in.',
    fields: {
      id: 'The id of the session (a link to it in the programme).',
      start: 'When it starts (RFC 3339 with offset).',
      end: 'When it ends (RFC 3339 with offset); only with a start.',
      timeZone: 'The IANA zone of the event; required when the session has times.',
      url: "The session's page.",
      role: 'Their part in the session; speaker when absent.',
    },
  },
  OrganizationRef: { title: 'Organisation (of a speaker)', description: 'An organisation with its website.', fields: { url: "The organisation's website." } },
  EventHeaderView: {
    title: 'Event header view (<cluster-event-header> event)',
    description: 'The event as <cluster-event-header> shows it, with organisers and partners embedded.',
    fields: {
      id: 'The id of the event: the UID of its calendar entry.',
      name: 'The name of the event, as a text or one text per language.',
      timeZone: 'The IANA zone of the event; required when start has a time (else times show at the start’s offset).',
      start: 'When it starts: an RFC 3339 date-time with offset, or a calendar date when the hours are unknown.',
      end: 'When it ends: of the same kind as start, not before it.',
      previousStart: 'The start before a postponement or rescheduling, when known.',
      attendanceMode: 'offline, online or mixed.',
      venue: 'Where it takes place: a name, an address, or both.',
      organizers: 'The organisers, embedded.',
      partners: 'The partners, embedded.',
      baseUrl: 'The canonical page URL, for the calendar entry’s UID.',
    },
  },
  OrganizationView: {
    title: 'Organisation view',
    description: 'An organiser or partner as <cluster-event-header> shows it.',
    fields: { id: 'The id of the organisation.', url: "The organisation's website." },
  },
  VenueView: {
    title: 'Venue view',
    description: 'Where an event takes place: a name, an address, or both, and its position.',
    fields: { name: 'The name of the place or town.', address: 'Its postal address (any of its fields).' },
  },
  PostalAddressView: {
    title: 'Postal address view',
    description: 'A postal address as a view takes it: any of its fields.',
    fields: ADDRESS_FIELDS,
  },
  ProjectCardView: {
    title: 'Project card view (<cluster-project-card> project)',
    description: 'A project as <cluster-project-card> shows it: the fields of a document’s project, with partners and objectives embedded.',
    fields: {
      id: 'The id of the project.',
      acronym: 'The acronym the project is known by.',
      title: 'The full title, as a text or one text per language.',
      programme: 'The programme that funds it.',
      startDate: 'The first day of the project (YYYY-MM-DD).',
      endDate: 'The last day of the project (YYYY-MM-DD), not before the start date.',
      budget: 'Its budget.',
      partners: 'Partners, embedded; shown lead first.',
      objectives: 'The project’s objectives; the card shows the first few.',
      objectivesHref: 'Where the full objective list is (a page or #anchor).',
      objectiveListId: 'The id of the objective list on the page (the card links to #id).',
      url: "The project's website.",
      fundingNotice: 'The EU funding acknowledgement.',
    },
  },
  ProjectPartnerView: {
    title: 'Partner view',
    description: 'A partner of a project with its organisation embedded.',
    fields: {
      id: 'The id of the organisation.',
      name: 'The name of the organisation.',
      url: "The organisation's website.",
      role: 'Its role in the project: the lead partner, a partner, or an associated partner (shown in that order).',
    },
  },
};
