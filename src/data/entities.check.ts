/**
 * Compile-time check that the TypeScript types (types.ts, views.ts, people-view.ts,
 * project-view.ts) say what entities.ts says: the same field names, the same required fields,
 * and field types that hold what each field's checker returns. A field added to one and not the
 * other fails `npm run typecheck`. Types only: nothing here reaches the build.
 */
import type { Field } from './entities.js';
import type { ENTITIES } from './entities-document.js';
import type {
  ClusterEvent,
  Deadline,
  EventDocument,
  FundingCall,
  GeoCoordinates,
  Image,
  Link,
  LocalizedText,
  Money,
  ObjectiveIndicator,
  ObjectiveItem,
  ObjectiveList,
  Organization,
  Participant,
  Person,
  PostalAddress,
  Programme,
  Project,
  ProjectPartner,
  Registration,
  Room,
  Session,
  Track,
  Venue,
} from './types.js';
import type { AgendaSessionView, AgendaTrackView, SpeakerRef } from './views.js';
import type { EventHeaderView, OrganizationRef, OrganizationView, SpeakerSessionView, SpeakerView, VenueView } from './people-view.js';
import type { ProjectCardView, ProjectPartnerView } from './project-view.js';

type Fields<N extends keyof typeof ENTITIES> = (typeof ENTITIES)[N]['fields'];

/** Keys of the fields a usable entity always has (required, or repaired when missing). */
type RequiredFields<F> = { [K in keyof F]: F[K] extends { r: 1 | 2 } ? K : never }[keyof F];
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends Pick<T, K>` is true exactly when K is optional
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What the checker of a field returns. */
type KindType<F> = F extends { k: 'text' }
  ? LocalizedText
  : F extends { k: 'enum'; of: readonly (infer V)[] }
    ? V
    : F extends { k: 'num' }
      ? number
      : F extends { k: 'bool' }
        ? boolean
        : F extends { k: 'strs' }
          ? string[]
          : F extends { k: 'obj' | 'list' }
            ? never
            : string;

/** The fields whose checked type does not fit the TypeScript type. */
type Misfits<F, T> = { [K in keyof F & keyof T]: KindType<F[K]> extends NonNullable<T[K]> ? never : K }[keyof F & keyof T];

/**
 * `true` when entity `N` and type `T` agree; `Filled` names the fields a rule fills in on every
 * usable value (a track view's zone falls back to UTC), which the type may therefore require.
 */
type Agrees<N extends keyof typeof ENTITIES, T, Filled extends keyof T = never> = [
  Same<keyof Fields<N>, keyof T>,
  Same<RequiredFields<Fields<N>> | Filled, RequiredKeys<T>>,
  Same<Misfits<Fields<N>, T>, never>,
];

type All<T> = T extends readonly true[] ? true : false;

/** One line per entity; a `false` anywhere is a type error on that line. */
/* eslint-disable @typescript-eslint/no-unnecessary-type-assertion -- each `true as All<…>` is the check: the
   assertion does not compile when an entity and its type disagree, and changes nothing when they agree */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a value only so that TypeScript checks each line
const checks: { [N in keyof typeof ENTITIES]: true } = {
  EventDocument: true as All<Agrees<'EventDocument', EventDocument>>,
  Event: true as All<Agrees<'Event', ClusterEvent>>,
  Venue: true as All<Agrees<'Venue', Venue>>,
  PostalAddress: true as All<Agrees<'PostalAddress', PostalAddress>>,
  GeoCoordinates: true as All<Agrees<'GeoCoordinates', GeoCoordinates>>,
  Registration: true as All<Agrees<'Registration', Registration>>,
  Track: true as All<Agrees<'Track', Track>>,
  Room: true as All<Agrees<'Room', Room>>,
  Session: true as All<Agrees<'Session', Session>>,
  Participant: true as All<Agrees<'Participant', Participant>>,
  Person: true as All<Agrees<'Person', Person>>,
  Organization: true as All<Agrees<'Organization', Organization>>,
  Image: true as All<Agrees<'Image', Image>>,
  Link: true as All<Agrees<'Link', Link>>,
  Programme: true as All<Agrees<'Programme', Programme>>,
  Money: true as All<Agrees<'Money', Money>>,
  Project: true as All<Agrees<'Project', Project>>,
  ProjectBudget: true as All<Agrees<'ProjectBudget', NonNullable<Project['budget']>>>,
  ProjectPartner: true as All<Agrees<'ProjectPartner', ProjectPartner>>,
  FundingNotice: true as All<Agrees<'FundingNotice', NonNullable<Project['fundingNotice']>>>,
  ObjectiveList: true as All<Agrees<'ObjectiveList', ObjectiveList>>,
  ObjectiveItem: true as All<Agrees<'ObjectiveItem', ObjectiveItem>>,
  ObjectiveIndicator: true as All<Agrees<'ObjectiveIndicator', ObjectiveIndicator>>,
  FundingCall: true as All<Agrees<'FundingCall', FundingCall, 'deadlines'>>,
  Deadline: true as All<Agrees<'Deadline', Deadline>>,
  CallBudget: true as All<Agrees<'CallBudget', NonNullable<FundingCall['budget']>>>,
  AgendaTrackView: true as All<Agrees<'AgendaTrackView', AgendaTrackView, 'timeZone'>>,
  AgendaSessionView: true as All<Agrees<'AgendaSessionView', AgendaSessionView>>,
  SpeakerRef: true as All<Agrees<'SpeakerRef', SpeakerRef>>,
  SpeakerView: true as All<Agrees<'SpeakerView', SpeakerView>>,
  SpeakerSessionView: true as All<Agrees<'SpeakerSessionView', SpeakerSessionView>>,
  OrganizationRef: true as All<Agrees<'OrganizationRef', OrganizationRef>>,
  EventHeaderView: true as All<Agrees<'EventHeaderView', EventHeaderView, 'timeZone'>>,
  OrganizationView: true as All<Agrees<'OrganizationView', OrganizationView>>,
  VenueView: true as All<Agrees<'VenueView', VenueView>>,
  PostalAddressView: true as All<Agrees<'PostalAddressView', Partial<PostalAddress>>>,
  ProjectCardView: true as All<Agrees<'ProjectCardView', ProjectCardView>>,
  ProjectPartnerView: true as All<Agrees<'ProjectPartnerView', ProjectPartnerView>>,
};
/* eslint-enable @typescript-eslint/no-unnecessary-type-assertion */
export type EntityTypeChecks = typeof checks;
export type { Field };
