/**
 * The Romanian UI strings of every area: an optional language the library does not load by itself.
 * A site adds it with one import, which registers it (`src/locales/ro.ts`):
 *
 * ```js
 * import '@cluster-events/components/locales/ro.js'; // npm
 * import 'https://…/dist/cdn/locales/ro.js';          // no build step
 * ```
 *
 * It is also the worked example of a language added by registration (docs/i18n.md): `satisfies
 * UiStrings` makes TypeScript check that every area has exactly the English keys, each with the
 * English arguments.
 *
 * Conventions: buttons in the imperative, second person singular ("Adaugă în calendar", "Afișează
 * …"), as Romanian interfaces usually are; sentences addressed to the reader in the polite form
 * ("dumneavoastră"). Counted nouns take "de" from 20 on ("20 de sesiuni"): CLDR's `other` category.
 */
import { pluralCategory } from '../locale.js';
import type { UiStrings } from '../ui-strings.js';

/** `1 sesiune`, `3 sesiuni`, `20 de sesiuni`: `n` (written as `shown`) before its noun. */
const counted = (n: number, one: string, many: string, shown: string = String(n)): string => {
  const category = pluralCategory(n, 'ro');
  return category === 'one' ? `${shown} ${one}` : category === 'few' ? `${shown} ${many}` : `${shown} de ${many}`;
};

/** A sentence whose verb agrees with a count: `1 … a`, `3 … au`. */
const one = (n: number): boolean => pluralCategory(n, 'ro') === 'one';

const ro = {
  /** common.ts */
  common: {
    loading: 'Se încarcă…',
    empty: 'Nimic de afișat deocamdată.',
    invalidData: 'Acest conținut nu poate fi afișat: datele nu sunt valide.',
    loadError: (detail: string) => `Acest conținut nu a putut fi încărcat (${detail}).`,
    notJson: 'fișierul nu este JSON valid',
    notAnEventDocument: 'fișierul nu este nici un document de eveniment, nici un program',
    unsafeSrc: 'adresa nu este un link sigur',
    networkError: 'eroare de rețea',
    httpError: (status: number) => `HTTP ${status}`,
    someSkipped: (n: number) => (one(n) ? '1 element nu a putut fi afișat.' : `${counted(n, 'element', 'elemente')} nu au putut fi afișate.`),
    addToCalendar: 'Adaugă în calendar',
    moreInformation: 'Mai multe informații',
    opensInNewTab: '(se deschide într-o filă nouă)',
    showMore: 'Afișează mai mult',
    showLess: 'Afișează mai puțin',
    // The statuses of an event ("evenimentul": neuter, agrees like a masculine singular).
    cancelled: 'Anulat',
    postponed: 'Amânat',
    rescheduled: 'Reprogramat',
    movedOnline: 'Mutat online',
    scheduled: 'Conform programului',
  },
  /** calendar-menu.ts */
  calendarMenu: {
    calendarFile: 'Fișier de calendar (.ics)',
    googleCalendar: 'Google Calendar',
    outlookCalendar: 'Outlook.com',
  },
  /** funding.ts ("apelul de proiecte": neuter) */
  funding: {
    forthcoming: 'Urmează',
    unconfirmed: 'Deschidere neconfirmată',
    open: 'Deschis',
    closingSoon: 'Se închide în curând',
    closed: 'Închis',
    suspended: 'Suspendat',
    cancelled: 'Anulat',
    status: 'Stare',
    announceForthcoming: (title: string) => `Apelul „${title}” urmează să se deschidă.`,
    announceUnconfirmed: (title: string) => `Data estimată de deschidere a apelului „${title}” a trecut fără date confirmate.`,
    announceOpen: (title: string) => `Apelul „${title}” este acum deschis.`,
    announceClosingSoon: (title: string) => `Apelul „${title}” se închide în curând.`,
    announceClosed: (title: string) => `Apelul „${title}” s-a închis.`,
    announceSuspended: (title: string) => `Apelul „${title}” a fost suspendat.`,
    announceCancelled: (title: string) => `Apelul „${title}” a fost anulat.`,
    daysLeft: (n: string, count: number) => (one(count) ? `Mai este ${n} zi` : `Mai sunt ${counted(count, 'zi', 'zile', n)}`),
    hoursLeft: (n: string, count: number) => (one(count) ? `Mai este ${n} oră` : `Mai sunt ${counted(count, 'oră', 'ore', n)}`),
    minutesLeft: (n: string, count: number) => (one(count) ? `Mai este ${n} minut` : `Mai sunt ${counted(count, 'minut', 'minute', n)}`),
    opens: 'Se deschide la',
    opened: 'Deschis la',
    opening: 'Deschidere',
    opensBy: (date: string) => `Estimată până la ${date}`,
    deadline: 'Termen-limită',
    deadlines: 'Termene-limită',
    nextDeadline: 'Următorul termen-limită',
    cutOff: (n: number) => `Data-limită ${n}`,
    noDeadline: 'Încă neanunțat',
    passed: 'expirat',
    extendedFrom: (date: string) => `prelungit de la ${date}`,
    zonedDateTime: (dateTime: string, zone: string) => `${dateTime} (${zone})`,
    // Intl names zones in Romanian ("Ora standard a Europei de Est"), not the cities of IANA ids.
    zoneNaming: 'generic',
    cityTime: (city: string) => `ora din ${city}`,
    yourTime: (dateTime: string) => `${dateTime} (ora dumneavoastră)`,
    budget: 'Buget',
    perProjectMax: (amount: string) => `până la ${amount} pe proiect`,
    identifier: 'Referință',
    apply: 'Depune candidatura',
    moreInformation: 'Mai multe informații',
    addDeadline: 'Adaugă termenul-limită în calendar',
    addCutOff: 'Adaugă în calendar',
    dismiss: (title: string) => `Ascunde apelul „${title}”`,
    dismissed: (title: string) => `Apelul „${title}” a fost ascuns.`,
    // The name of the downloaded file: ASCII, so that every system keeps it.
    fileName: 'termen-limita',
  },
  /** event.ts */
  event: {
    when: 'Când',
    where: 'Unde',
    format: 'Format',
    offline: 'Cu prezență fizică',
    online: 'Online',
    mixed: 'Cu prezență fizică și online',
    organizers: 'Organizat de',
    partners: 'Parteneri',
    previously: (date: string) => `Programat inițial pentru ${date}`,
    register: 'Înscrie-te',
    registrationOpen: 'Înscrieri deschise',
    registrationOpensOn: (when: string) => `Înscrierile încep pe ${when}`,
    registrationFull: 'Înscrieri complete: nu mai sunt locuri',
    registrationClosed: 'Înscrieri închise',
    registrationCloses: (relative: string, when: string) => `se închid ${relative} (${when})`,
    placesLeft: (n: string, count: number) => (one(count) ? `A mai rămas ${n} loc` : `Au mai rămas ${counted(count, 'loc', 'locuri', n)}`),
    placesLeftOf: (n: string, total: string, count: number) => (one(count) ? `A mai rămas ${n} loc din ${total}` : `Au mai rămas ${n} din ${total} locuri`),
    free: 'Gratuit',
    map: 'Hartă',
    mapOnOpenStreetMap: 'pe OpenStreetMap',
    mapApp: 'Deschide într-o aplicație de hărți',
  },
  /** event-page.ts */
  eventPage: {
    agenda: 'Program',
    speakers: 'Vorbitori',
    projects: 'Proiecte',
    calls: 'Apeluri de finanțare',
    otherLists: 'Concluzii și alte liste',
    inlineNotJson: 'documentul încorporat nu este JSON valid',
    loadingEvent: 'Se încarcă evenimentul…',
  },
  /** event-list.ts */
  eventList: {
    upcoming: 'Evenimente viitoare',
    past: 'Evenimente trecute',
    noUpcoming: 'Niciun eveniment viitor',
    noPast: 'Niciun eveniment trecut',
    loadingEvents: 'Se încarcă evenimentele…',
    ongoing: 'În desfășurare',
    moreUpcoming: (n: number) => `Afișează încă ${one(n) ? '1 eveniment viitor' : `${counted(n, 'eveniment', 'evenimente')} viitoare`}`,
    morePast: (n: number) => `Afișează încă ${one(n) ? '1 eveniment trecut' : `${counted(n, 'eveniment', 'evenimente')} trecute`}`,
    notShown: (n: number) => (one(n) ? '1 eveniment nu a putut fi afișat.' : `${counted(n, 'eveniment', 'evenimente')} nu au putut fi afișate.`),
  },
  /** people.ts */
  people: {
    sessions: 'Sesiuni',
    profiles: 'Profiluri',
    website: 'Site web',
    speaker: 'Vorbitor',
    moderator: 'Moderator',
    panelist: 'Participant la panel',
    chair: 'Președinte de sesiune',
    about: (name: string) => `despre ${name}`,
    speakers: 'Vorbitori',
    noSpeakers: 'Nu a fost anunțat încă niciun vorbitor.',
    filterLabel: 'Filtrează vorbitorii după nume sau organizație',
    filterCount: (shown: number, total: number) =>
      shown === total
        ? `Se afișează toți cei ${counted(total, 'vorbitor', 'vorbitori')}`
        : `Se afișează ${shown} din ${counted(total, 'vorbitor', 'vorbitori')}`,
    noMatch: (query: string) => `Niciun vorbitor nu corespunde căutării „${query}”.`,
  },
  /** projects.ts */
  projectCard: {
    status: 'Stare:',
    planned: 'Planificat',
    ongoing: 'În desfășurare',
    closed: 'Încheiat',
    programme: 'Program',
    period: 'Perioada de implementare',
    from: (date: string) => `De la ${date}`,
    until: (date: string) => `Până la ${date}`,
    budget: 'Buget total',
    euContribution: 'Contribuția UE',
    shareOfBudget: (percent: string) => `${percent} din buget`,
    partners: 'Parteneri',
    leadPartner: 'Partener lider',
    associatedPartner: 'Partener asociat',
    website: 'Site-ul proiectului',
    objectives: 'Obiective',
    objectiveCount: (n: string, count: number) => counted(count, 'obiectiv', 'obiective', n),
    allObjectives: (n: string) => `Toate obiectivele (${n})`,
    seeObjectives: 'Vezi obiectivele',
    cofunded: 'Cofinanțat de Uniunea Europeană',
    funded: 'Finanțat de Uniunea Europeană',
    emblem: 'Drapelul Uniunii Europene',
    noProject: 'Niciun proiect de afișat.',
  },
  /** projects.ts */
  objectiveList: {
    headingObjectives: 'Obiective',
    headingSteps: 'Etape-cheie',
    headingFindings: 'Concluzii',
    emptyObjectives: 'Niciun obiectiv de afișat deocamdată.',
    emptySteps: 'Nicio etapă de afișat deocamdată.',
    emptyFindings: 'Nicio concluzie de afișat deocamdată.',
    status: 'Stare:',
    planned: 'Planificat',
    inProgress: 'În curs',
    achieved: 'Realizat',
    delayed: 'Întârziat',
    cancelled: 'Anulat',
    // The indicator's name first: a number right before it would need "de" from 20 on, and only
    // the text of the number is known here.
    progress: (achieved: string, target: string, name: string) => `${name}: ${achieved} din ${target}`,
    progressWithUnit: (name: string, achieved: string, target: string, unit: string) => `${name}: ${achieved} din ${target} (${unit})`,
    target: (name: string, quantity: string) => `${name} (țintă: ${quantity})`,
    achievedOnly: (name: string, quantity: string) => `${name}: ${quantity}`,
  },
  /** agenda.ts ("sesiunea": feminine) */
  agenda: {
    kindTalk: 'Intervenție',
    kindKeynote: 'Discurs principal',
    kindPanel: 'Panel',
    kindWorkshop: 'Atelier',
    kindPresentation: 'Prezentare',
    kindDiscussion: 'Discuție',
    kindBreak: 'Pauză',
    kindNetworking: 'Networking',

    roleSpeaker: 'Vorbitor',
    roleModerator: 'Moderator',
    rolePanelist: 'Panelist',
    roleChair: 'Președinte de sesiune',

    statusCancelled: 'Anulată',
    statusPostponed: 'Amânată',
    statusRescheduled: 'Reprogramată',
    statusMovedOnline: 'Mutată online',
    now: 'Acum',
    finished: 'Încheiată',
    showFinished: (n: number) => `Afișează ${one(n) ? '1 sesiune încheiată' : `${counted(n, 'sesiune', 'sesiuni')} încheiate`}`,
    hideFinished: (n: number) => `Ascunde ${one(n) ? '1 sesiune încheiată' : `${counted(n, 'sesiune', 'sesiuni')} încheiate`}`,

    yourTime: 'Ora dumneavoastră:',

    room: 'Sala:',
    speakers: 'Vorbitori',
    abstract: 'Rezumat',
    // A toggle: pressed means the session is one of the reader's own ("Doar sesiunile mele").
    favorite: 'Sesiunea mea',
    calendar: 'Adaugă în calendar',

    sessions: 'Sesiuni',
    noSessions: 'Această temă nu are încă nicio sesiune.',
    noValidSessions: 'Sesiunile acestei teme nu pot fi afișate: datele nu sunt valide.',
  },
  /** agenda-filters.ts */
  agendaFilter: {
    filters: 'Filtrează programul',
    search: 'Caută în sesiuni',
    searchHint: 'Titlu, descriere sau vorbitor',
    tracks: 'Teme',
    rooms: 'Săli',
    onlyFavorites: 'Doar sesiunile mele',
    favoritesCount: (n: number) => (one(n) ? '(1 marcată)' : `(${n} marcate)`),
    clearFilters: 'Șterge filtrele',
    downloadCalendar: 'Descarcă calendarul (.ics)',
    downloadCalendarHint: (n: number) => (one(n) ? 'Conține sesiunea afișată.' : `Conține cele ${counted(n, 'sesiune', 'sesiuni')} afișate.`),
    downloadEventHint: 'Sesiunile afișate nu au ore, așa că fișierul conține doar evenimentul, cu datele sale.',
    sessionCount: (shown: number, total: number) =>
      shown === total ? counted(total, 'sesiune', 'sesiuni') : `Se afișează ${shown} din ${counted(total, 'sesiune', 'sesiuni')}`,
    noMatches: 'Nicio sesiune nu corespunde acestor filtre.',
    noFavorites: 'Nu ați marcat încă nicio sesiune ca fiind a dumneavoastră.',
    storageUnavailable: 'Sesiunile dumneavoastră sunt păstrate doar până părăsiți această pagină: browserul nu permite paginii să le salveze.',
    otherSessions: 'Alte sesiuni',
    programme: 'Program',
    untimed: 'Ora urmează să fie anunțată',
    // Of a day ("ziua": feminine).
    finished: 'încheiată',
    showFinishedDay: 'Afișează ziua încheiată',
  },
  /** problems.ts */
  problems: {
    count: (n: number) => `${counted(n, 'problemă', 'probleme')} în date`,
    note: 'Lista apare deoarece acest element are atributul show-problems; fără el, cititorii nu o văd.',
  },
} satisfies UiStrings;

export default ro;
