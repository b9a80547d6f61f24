import { expect } from '@open-wc/testing';
import type { EventDocument } from '../src/data/types.js';
import { jsonLdScriptText, toJsonLd, toJsonLdEventList } from '../src/export/index.js';

/** A small cluster meeting with a project and its objectives, written for these tests. */
function meeting(): EventDocument {
  return {
    lang: 'en',
    baseUrl: 'https://example.org/events/varna-2018',
    event: {
      id: 'varna-2018',
      name: { en: 'Cluster meeting Varna 2018', bg: 'Среща на клъстера, Варна 2018' },
      description: 'Talks and workshops on the blue economy.',
      url: '/events/varna-2018/programme',
      timeZone: 'Europe/Sofia',
      start: '2018-07-06T10:00:00+03:00',
      end: '2018-07-07T17:00:00+03:00',
      status: 'rescheduled',
      previousStart: '2018-06-22T10:00:00+03:00',
      attendanceMode: 'mixed',
      venue: {
        name: 'Grand Hotel Varna',
        address: { streetAddress: '1 Sea Garden', addressLocality: 'Varna', postalCode: '9000', addressCountry: 'BG' },
      },
      organizerIds: ['org-cluster', 'org-missing'],
      rooms: [{ id: 'r-hall', name: { en: 'Main hall', bg: 'Голяма зала' } }],
      sessions: [
        {
          id: 's-open',
          title: { en: 'Opening', bg: 'Откриване' },
          abstract: 'Welcome.',
          start: '2018-07-06T10:00:00+03:00',
          end: '2018-07-06T10:30:00+03:00',
          roomId: 'r-hall',
          participants: [
            { personId: 'p-ivan', role: 'speaker' },
            { personId: 'p-unnamed', role: 'speaker' },
          ],
          url: 'javascript:alert(1)',
        },
        { id: 's-coffee', title: 'Coffee', kind: 'break', start: '2018-07-06T10:30:00+03:00', end: '2018-07-06T11:00:00+03:00' },
        {
          id: 's-panel',
          title: 'Panel',
          start: '2018-07-06T11:00:00+03:00',
          end: '2018-07-06T12:00:00+03:00',
          status: 'cancelled',
          participants: [
            { personId: 'p-ivan', role: 'panelist' },
            { personId: 'p-maria', role: 'panelist' },
            { personId: 'p-ghost', role: 'panelist' },
          ],
        },
        { id: 's-tba', title: 'Visit' },
      ],
    },
    people: [
      {
        id: 'p-ivan',
        name: 'Ivan Petrov',
        jobTitle: { en: 'Director', bg: 'Директор' },
        organizationId: 'org-cluster',
        photo: { url: '/img/ivan.jpg', alt: 'Ivan Petrov' },
        bio: 'Engineer.',
        links: [{ url: 'https://example.com/ivan' }, { url: 'javascript:alert(1)' }, { url: 'mailto:ivan@example.org' }],
      },
      { id: 'p-maria', name: 'Maria Ivanova', affiliation: 'Technical University' },
      { id: 'p-unnamed', jobTitle: 'Representative', organizationId: 'org-ministry' },
    ],
    organizations: [
      {
        id: 'org-cluster',
        name: 'Varna Energy Cluster',
        shortName: 'VEC',
        url: 'https://example.org/',
        logo: { url: 'https://example.org/logo.svg', alt: 'VEC logo' },
      },
      { id: 'org-ministry', name: 'Ministry of Economy', url: 'data:text/html,x' },
    ],
    projects: [
      {
        id: 'proj-blue',
        acronym: 'BLUE',
        title: 'Blue growth for the Black Sea',
        summary: 'Joint action of clusters.',
        programme: { name: 'Interreg Black Sea Basin', fund: 'ERDF', period: '2014-2020' },
        startDate: '2017-01-01',
        endDate: '2019-12-31',
        budget: { total: { amount: 1000000, currency: 'EUR' }, euContribution: { amount: 850000, currency: 'EUR' } },
        partners: [{ organizationId: 'org-cluster', role: 'lead' }],
        fundingNotice: { emblem: 'eu-cofunded' },
        url: 'https://example.org/projects/blue',
      },
      { id: 'proj-local', acronym: 'LOCAL', title: 'Local study', budget: { total: { amount: 5000, currency: 'BGN' } } },
    ],
    objectiveLists: [
      {
        id: 'obj-blue',
        title: 'Objectives',
        projectId: 'proj-blue',
        items: [
          {
            text: 'Map the sector',
            detail: 'All ports',
            children: [{ text: 'Survey' }, { text: 'Report' }],
          },
          { text: 'Train 100 people' },
        ],
      },
    ],
  };
}

type Obj = Record<string, unknown>;

function graphOf(doc: EventDocument, lang?: string): Obj[] {
  const data = toJsonLd(doc, lang ? { lang } : {}) as unknown as Obj;
  expect(data['@context']).to.equal('https://schema.org');
  return data['@graph'] as Obj[];
}

function eventOf(doc: EventDocument, lang?: string): Obj {
  return graphOf(doc, lang)[0]!;
}

describe('JSON-LD: the event', () => {
  it('names the event with its @id, text, dates and status', () => {
    const event = eventOf(meeting());
    expect(event['@type']).to.equal('Event');
    expect(event['@id']).to.equal('https://example.org/events/varna-2018#varna-2018');
    expect(event.name).to.equal('Cluster meeting Varna 2018');
    expect(event.description).to.equal('Talks and workshops on the blue economy.');
    expect(event.startDate).to.equal('2018-07-06T10:00:00+03:00');
    expect(event.endDate).to.equal('2018-07-07T17:00:00+03:00');
    expect(event.eventStatus).to.equal('https://schema.org/EventRescheduled');
    expect(event.previousStartDate).to.equal('2018-06-22T10:00:00+03:00');
    expect(event.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(event.url).to.equal('https://example.org/events/varna-2018/programme');
  });

  it('writes text in the requested language', () => {
    const event = eventOf(meeting(), 'bg');
    expect(event.name).to.equal('Среща на клъстера, Варна 2018');
    const open = (event.subEvent as Obj[])[0]!;
    expect(open.name).to.equal('Откриване');
    expect((open.location as Obj).name).to.equal('Голяма зала');
  });

  it('maps every status and attendance mode to full schema.org URLs', () => {
    const cases = [
      ['scheduled', 'https://schema.org/EventScheduled'],
      ['cancelled', 'https://schema.org/EventCancelled'],
      ['postponed', 'https://schema.org/EventPostponed'],
      ['rescheduled', 'https://schema.org/EventRescheduled'],
      ['moved-online', 'https://schema.org/EventMovedOnline'],
    ] as const;
    for (const [status, url] of cases) {
      const doc = meeting();
      doc.event.status = status;
      expect(eventOf(doc).eventStatus, status).to.equal(url);
    }
    const doc = meeting();
    delete doc.event.status;
    expect(eventOf(doc).eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(eventOf(doc)).not.to.have.property('previousStartDate');
    doc.event.attendanceMode = 'offline';
    expect(eventOf(doc).eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    doc.event.attendanceMode = 'online';
    expect(eventOf(doc).eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
  });

  it('gives the place with its postal address, plus a virtual location when mixed', () => {
    const [place, virtual] = eventOf(meeting()).location as Obj[];
    expect(place).to.deep.equal({
      '@type': 'Place',
      name: 'Grand Hotel Varna',
      address: {
        '@type': 'PostalAddress',
        addressCountry: 'BG',
        streetAddress: '1 Sea Garden',
        addressLocality: 'Varna',
        postalCode: '9000',
      },
    });
    expect(virtual).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://example.org/events/varna-2018/programme' });
  });

  it('has only a virtual location online, and only the place offline', () => {
    const doc = meeting();
    doc.event.attendanceMode = 'online';
    expect(eventOf(doc).location).to.deep.equal({
      '@type': 'VirtualLocation',
      url: 'https://example.org/events/varna-2018/programme',
    });
    doc.event.attendanceMode = 'offline';
    expect((eventOf(doc).location as Obj)['@type']).to.equal('Place');
  });

  it('writes calendar dates for an event whose hours are unknown, and skips unreadable ones', () => {
    const doc = meeting();
    doc.event.start = '2018-07-06';
    doc.event.end = 'next week';
    const event = eventOf(doc);
    expect(event.startDate).to.equal('2018-07-06');
    expect(event).not.to.have.property('endDate');
  });

  it('lists the organisers that exist, as organizations with safe URLs and logos', () => {
    const organizers = eventOf(meeting()).organizer as Obj[];
    expect(organizers).to.deep.equal([
      {
        '@type': 'Organization',
        '@id': 'https://example.org/events/varna-2018#org-cluster',
        name: 'Varna Energy Cluster',
        alternateName: 'VEC',
        url: 'https://example.org/',
        logo: {
          '@type': 'ImageObject',
          url: 'https://example.org/logo.svg',
          contentUrl: 'https://example.org/logo.svg',
          caption: 'VEC logo',
        },
      },
    ]);
  });
});

describe('JSON-LD: registration offers and the venue position', () => {
  /** The test meeting with a fictional paid registration and a position (made up for these tests). */
  function withRegistration(): EventDocument {
    const doc = meeting();
    doc.event.registration = {
      url: '/events/varna-2018/register',
      opens: '2018-05-01T09:00:00+03:00',
      closes: '2018-07-04T18:00:00+03:00',
      capacity: 120,
      remaining: 12,
      price: { amount: 45, currency: 'EUR' },
    };
    doc.event.venue!.geo = { latitude: 43.2047, longitude: 27.9105 };
    return doc;
  }
  const offersAt = (doc: EventDocument, now: string): Obj => (toJsonLd(doc, { now: new Date(now) })['@graph'][0] as unknown as Obj).offers as Obj;

  it('writes the registration as an Offer with url, availability, validity and price', () => {
    expect(offersAt(withRegistration(), '2018-06-01T12:00:00+03:00')).to.deep.equal({
      '@type': 'Offer',
      url: 'https://example.org/events/varna-2018/register',
      availability: 'https://schema.org/InStock',
      validFrom: '2018-05-01T09:00:00+03:00',
      validThrough: '2018-07-04T18:00:00+03:00',
      price: 45,
      priceCurrency: 'EUR',
      inventoryLevel: { '@type': 'QuantitativeValue', value: 12, maxValue: 120 },
    });
  });

  it('follows the registration state at `now`, one second either side of each boundary', () => {
    const doc = withRegistration();
    const availability = (now: string) => offersAt(doc, now).availability;
    expect(availability('2018-05-01T08:59:59+03:00')).to.equal('https://schema.org/PreOrder');
    expect(availability('2018-05-01T09:00:00+03:00')).to.equal('https://schema.org/InStock');
    expect(availability('2018-07-04T17:59:59+03:00')).to.equal('https://schema.org/InStock');
    expect(availability('2018-07-04T18:00:00+03:00')).to.equal('https://schema.org/OutOfStock');
    doc.event.registration!.remaining = 0;
    expect(availability('2018-06-01T12:00:00+03:00')).to.equal('https://schema.org/SoldOut');
  });

  it('writes price 0 and isAccessibleForFree for a free registration', () => {
    const doc = withRegistration();
    doc.event.registration = { url: 'https://example.org/register', free: true };
    const event = toJsonLd(doc, { now: new Date('2018-06-01T12:00:00+03:00') })['@graph'][0] as unknown as Obj;
    expect(event.offers).to.deep.equal({ '@type': 'Offer', url: 'https://example.org/register', availability: 'https://schema.org/InStock', price: 0 });
    expect(event.isAccessibleForFree).to.equal(true);
    doc.event.registration = { url: 'https://example.org/register', price: { amount: 0, currency: 'BGN' } };
    const priced = toJsonLd(doc, { now: new Date('2018-06-01T12:00:00+03:00') })['@graph'][0] as unknown as Obj;
    expect([(priced.offers as Obj).price, (priced.offers as Obj).priceCurrency, priced.isAccessibleForFree]).to.deep.equal([0, 'BGN', true]);
  });

  it('writes no offer without a registration or with an unsafe registration URL', () => {
    expect(eventOf(meeting())).not.to.have.property('offers');
    const doc = withRegistration();
    doc.event.registration!.url = 'javascript:alert(1)';
    expect(eventOf(doc)).not.to.have.property('offers');
  });

  it('gives the Place of the event and of its rooms the venue’s GeoCoordinates', () => {
    const event = eventOf(withRegistration());
    const [place] = event.location as Obj[];
    expect(place!.geo).to.deep.equal({ '@type': 'GeoCoordinates', latitude: 43.2047, longitude: 27.9105 });
    const open = (event.subEvent as Obj[])[0]!;
    expect((open.location as Obj).geo).to.deep.equal({ '@type': 'GeoCoordinates', latitude: 43.2047, longitude: 27.9105 });
    expect((eventOf(meeting()).location as Obj[])[0]).not.to.have.property('geo');
  });

  it('survives the script text: offers and geo reach a real ld+json script intact', () => {
    const doc = withRegistration();
    const data = toJsonLd(doc, { now: new Date('2018-06-01T12:00:00+03:00') });
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = jsonLdScriptText(data);
    expect(JSON.parse(script.textContent)).to.deep.equal(JSON.parse(JSON.stringify(data)));
  });
});

describe('JSON-LD: performers and sessions', () => {
  it('lists each named speaker once as a Person, and an unnamed one as their organisation', () => {
    const performers = eventOf(meeting()).performer as Obj[];
    expect(performers.map((p) => [p['@type'], p.name])).to.deep.equal([
      ['Person', 'Ivan Petrov'],
      ['Organization', 'Ministry of Economy'],
      ['Person', 'Maria Ivanova'],
    ]);
  });

  it('describes a person with job title, employer, image, bio and http(s) links only', () => {
    const ivan = (eventOf(meeting()).performer as Obj[])[0]!;
    expect(ivan['@id']).to.equal('https://example.org/events/varna-2018#p-ivan');
    expect(ivan.jobTitle).to.equal('Director');
    expect((ivan.worksFor as Obj).name).to.equal('Varna Energy Cluster');
    expect((ivan.affiliation as Obj)['@id']).to.equal('https://example.org/events/varna-2018#org-cluster');
    expect((ivan.image as Obj).url).to.equal('https://example.org/img/ivan.jpg');
    expect((ivan.image as Obj).caption).to.equal('Ivan Petrov');
    expect(ivan.description).to.equal('Engineer.');
    expect(ivan.sameAs).to.deep.equal(['https://example.com/ivan']);
    const maria = (eventOf(meeting()).performer as Obj[])[2]!;
    expect(maria.affiliation).to.deep.equal({ '@type': 'Organization', name: 'Technical University' });
    expect(maria).not.to.have.property('worksFor');
  });

  it('never writes an unsafe URL', () => {
    const text = JSON.stringify(toJsonLd(meeting()));
    expect(text).not.to.contain('javascript:');
    expect(text).not.to.contain('data:');
    const ministry = (eventOf(meeting()).performer as Obj[])[1]!;
    expect(ministry).not.to.have.property('url');
  });

  it('has a subEvent per session except breaks, with room, times, status and performers', () => {
    const subs = eventOf(meeting()).subEvent as Obj[];
    expect(subs.map((s) => s.name)).to.deep.equal(['Opening', 'Panel', 'Visit']);
    const [open, panel, tba] = subs;
    expect(open).to.include({
      '@type': 'Event',
      '@id': 'https://example.org/events/varna-2018#s-open',
      description: 'Welcome.',
      startDate: '2018-07-06T10:00:00+03:00',
      endDate: '2018-07-06T10:30:00+03:00',
    });
    expect(open).not.to.have.property('url');
    expect((open!.location as Obj).name).to.equal('Main hall');
    expect(((open!.location as Obj).address as Obj).addressLocality).to.equal('Varna');
    expect((open!.performer as Obj[]).map((p) => p.name)).to.deep.equal(['Ivan Petrov', 'Ministry of Economy']);
    expect(panel!.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect((panel!.performer as Obj[]).map((p) => p.name)).to.deep.equal(['Ivan Petrov', 'Maria Ivanova']);
    expect(tba).not.to.have.property('startDate');
    // Without a room, a session takes the event's location.
    expect((panel!.location as Obj[])[0]!.name).to.equal('Grand Hotel Varna');
  });

  it('uses relative @ids when the document has no baseUrl', () => {
    const doc = meeting();
    delete doc.baseUrl;
    const event = eventOf(doc);
    expect(event['@id']).to.equal('#varna-2018');
    expect(event.url).to.equal('/events/varna-2018/programme');
  });
});

describe('JSON-LD: projects and objectives', () => {
  it('describes a project as ResearchProject with an EU MonetaryGrant', () => {
    const project = graphOf(meeting())[1]!;
    expect(project).to.include({
      '@type': 'ResearchProject',
      '@id': 'https://example.org/events/varna-2018#proj-blue',
      name: 'Blue growth for the Black Sea',
      alternateName: 'BLUE',
      description: 'Joint action of clusters.',
      foundingDate: '2017-01-01',
      dissolutionDate: '2019-12-31',
      url: 'https://example.org/projects/blue',
    });
    expect(project.funding).to.deep.equal({
      '@type': 'MonetaryGrant',
      name: 'Interreg Black Sea Basin',
      funder: { '@type': 'Organization', name: 'European Union' },
      amount: { '@type': 'MonetaryAmount', value: 850000, currency: 'EUR' },
    });
    expect((project.member as Obj[]).map((m) => m.name)).to.deep.equal(['Varna Energy Cluster']);
  });

  it('names no funder for a project without EU funds, and uses the total as amount', () => {
    const local = graphOf(meeting())[2]!;
    expect(local.name).to.equal('Local study');
    expect(local.funding).to.deep.equal({
      '@type': 'MonetaryGrant',
      amount: { '@type': 'MonetaryAmount', value: 5000, currency: 'BGN' },
    });
  });

  it('recognises EU funds by the fund name alone, and names the EU in Bulgarian', () => {
    const doc = meeting();
    delete doc.projects![0]!.fundingNotice;
    const project = graphOf(doc, 'bg')[1]!;
    expect((project.funding as Obj).funder).to.deep.equal({ '@type': 'Organization', name: 'Европейски съюз' });
  });

  it('writes objective lists as nested ItemLists with positions', () => {
    const list = graphOf(meeting())[3]!;
    expect(list).to.deep.equal({
      '@type': 'ItemList',
      '@id': 'https://example.org/events/varna-2018#obj-blue',
      name: 'Objectives',
      numberOfItems: 2,
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          name: 'Map the sector',
          description: 'All ports',
          item: {
            '@type': 'ItemList',
            numberOfItems: 2,
            itemListElement: [
              { '@type': 'ListItem', position: 1, name: 'Survey' },
              { '@type': 'ListItem', position: 2, name: 'Report' },
            ],
          },
        },
        { '@type': 'ListItem', position: 2, name: 'Train 100 people' },
      ],
    });
  });
});

describe('JSON-LD: Markdown prose as plain text', () => {
  /** The meeting with Markdown in every prose field. */
  function markdownMeeting(textFormat?: 'markdown' | 'plain'): EventDocument {
    const doc = meeting();
    if (textFormat) doc.textFormat = textFormat;
    doc.event.description = 'Talks on the **blue economy**: [programme](programme) <script>alert(1)</script>';
    doc.event.sessions![0]!.abstract = 'Welcome\n\n- coffee\n- _talks_';
    doc.people![0]!.bio = 'Engineer at [VEC](https://example.org/ "home") and [x](javascript:alert(1)).';
    doc.projects![0]!.summary = 'Joint action of `clusters`.';
    doc.objectiveLists![0]!.items[0]!.detail = 'All **ports**';
    return doc;
  }

  it('writes every description of a Markdown document as readable text, HTML as its text, links absolute', () => {
    const graph = graphOf(markdownMeeting('markdown'));
    const event = graph[0]!;
    expect(event.description).to.equal('Talks on the blue economy: programme (https://example.org/events/programme) <script>alert(1)</script>');
    expect((event.subEvent as Obj[])[0]!.description).to.equal('Welcome\n\n- coffee\n- talks');
    expect((event.performer as Obj[])[0]!.description).to.equal('Engineer at VEC (https://example.org/) and x.');
    expect(graph[1]!.description).to.equal('Joint action of clusters.');
    expect((graph[3]!.itemListElement as Obj[])[0]!.description).to.equal('All ports');
    // The literal tag stays text, and the script text still cannot end its element.
    expect(jsonLdScriptText(toJsonLd(markdownMeeting('markdown')))).not.to.contain('<');
  });

  it('leaves the descriptions of a plain document as written', () => {
    for (const format of [undefined, 'plain'] as const) {
      const graph = graphOf(markdownMeeting(format));
      expect(graph[0]!.description).to.equal('Talks on the **blue economy**: [programme](programme) <script>alert(1)</script>');
      expect((graph[3]!.itemListElement as Obj[])[0]!.description).to.equal('All **ports**');
    }
  });

  it('writes the events of a list page in their documents’ text formats', () => {
    const [markdown, plain] = toJsonLdEventList([markdownMeeting('markdown'), markdownMeeting()]).itemListElement;
    expect(markdown!.item.description).to.equal('Talks on the blue economy: programme (https://example.org/events/programme) <script>alert(1)</script>');
    expect(plain!.item.description).to.equal('Talks on the **blue economy**: [programme](programme) <script>alert(1)</script>');
  });
});

describe('jsonLdScriptText', () => {
  it('escapes < > & so data cannot close the script element', () => {
    const doc = meeting();
    doc.event.name = '</script><script>alert(1)</script><!-- & more';
    const text = jsonLdScriptText(toJsonLd(doc));
    expect(text).not.to.contain('<');
    expect(text).not.to.contain('>');
    expect(text).to.contain('\\u003c/script\\u003e');
    const parsed = JSON.parse(text) as Obj;
    expect((parsed['@graph'] as Obj[])[0]!.name).to.equal('</script><script>alert(1)</script><!-- & more');
  });

  it('keeps the data intact inside a real script element', () => {
    const doc = meeting();
    doc.event.description = 'Line\u2028break </script> end';
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = jsonLdScriptText(toJsonLd(doc));
    const host = document.createElement('div');
    host.append(script);
    // Through HTML parsing, as a server-rendered page would deliver it.
    const copy = new DOMParser().parseFromString(`<body>${host.innerHTML}</body>`, 'text/html');
    const scripts = copy.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    const parsed = JSON.parse(scripts[0]!.textContent) as Obj;
    expect((parsed['@graph'] as Obj[])[0]!.description).to.equal('Line\u2028break </script> end');
  });
});
