/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// Not inlined: a data: URL is not a safe link, so the element would refuse it.
import photoUrl from './assets/speaker-photo.svg?no-inline';
import '../src/define/cluster-speaker-block.js';
import { speakerViewsFromDocument, type SpeakerView } from '../src/data/people-view.js';
import type { SpeakerAttributes } from '../src/components/speaker-block/speaker-block.view.js';
import { blueSummit2026, varna2018 } from './data/index.js';

/** A fictional portrait (an abstract figure, no real person), served with the stories. */
const PHOTO = photoUrl;

interface Args extends SpeakerAttributes {
  speaker?: SpeakerView;
  headingLevel?: number;
  compact?: boolean;
  bio?: string;
}

/** The two people of the Varna 2018 meeting: representatives known only by role and organisation. */
const varnaSpeakers = speakerViewsFromDocument(varna2018);

/** A fictional speaker with every field filled, long texts and two sessions in Europe/Sofia. */
const fullSpeaker: SpeakerView = {
  id: 'desislava-exampleva',
  name: 'Desislava Exampleva-Konstantinova',
  jobTitle: {
    en: 'Head of International Cooperation and Cluster Development Programmes',
    bg: 'Ръководител „Международно сътрудничество и програми за развитие на клъстери“',
  },
  organization: {
    name: { en: 'Imaginary Black Sea Maritime Cluster Association', bg: 'Въображаема черноморска асоциация на морския клъстер' },
    url: 'https://example.org/clusters/imaginary-maritime',
  },
  url: 'https://example.org/people/desislava-exampleva',
  photo: { url: PHOTO },
  bio: {
    en: 'Fictional person for this demo. Desislava has spent fifteen imaginary years connecting ports, shipyards, universities and small technology companies around an invented stretch of the Black Sea coast. She started as an engineer in a made-up ship-repair yard, moved to regional development when the yard joined its first cluster, and now runs a programme that pairs cluster members with partners in six fictional countries.\n\nShe has coordinated four invented EU projects on blue growth, skills and port digitalisation, writes a monthly newsletter that nobody outside this demo reads, and chairs the working group on cluster excellence of an association that exists only in this file. In her spare time she sails a boat that is also fictional.',
    bg: 'Измислен човек за тази демонстрация. Десислава е прекарала петнадесет въображаеми години в свързване на пристанища, корабостроителници, университети и малки технологични фирми по едно измислено парче от черноморското крайбрежие. Започва като инженер в несъществуваща кораборемонтна база, преминава към регионалното развитие, когато базата влиза в първия си клъстер, и днес ръководи програма, която свързва членовете на клъстера с партньори от шест измислени държави.\n\nКоординирала е четири измислени европейски проекта за син растеж, умения и дигитализация на пристанищата, пише месечен бюлетин, който никой извън тази демонстрация не чете, и председателства работната група за клъстерни върхови постижения на асоциация, която съществува само в този файл. В свободното си време плава с лодка, която също е измислена.',
  },
  links: [
    { url: 'https://linkedin.example.org/in/desislava-exampleva' },
    { url: 'https://example.org/blog/desislava', label: { en: 'Blog', bg: 'Блог' } },
    { url: 'mailto:desislava@example.org' },
    { url: 'tel:+35952000000' },
  ],
  sessions: [
    {
      id: 'keynote',
      title: { en: 'Opening keynote: the blue economy after 2027', bg: 'Встъпителен доклад: синята икономика след 2027 г.' },
      start: '2026-06-17T09:30:00+03:00',
      end: '2026-06-17T10:15:00+03:00',
      timeZone: 'Europe/Sofia',
      url: 'https://example.org/events/blue-summit-2026-demo#keynote',
    },
    {
      id: 'panel',
      title: { en: 'Panel: funding cluster cooperation across borders', bg: 'Дискусия: финансиране на трансграничното клъстерно сътрудничество' },
      start: '2026-06-18T11:00:00+03:00',
      end: '2026-06-18T12:00:00+03:00',
      timeZone: 'Europe/Sofia',
      role: 'moderator',
    },
  ],
  lang: 'en',
};

const meta: Meta<Args> = {
  title: 'Components/Speaker Block',
  component: 'cluster-speaker-block',
  tags: ['autodocs'],
  render: (args) =>
    html`<cluster-speaker-block
      .speaker=${args.speaker ?? null}
      name=${args.name ?? nothing}
      job-title=${args.jobTitle ?? nothing}
      organization=${args.organization ?? nothing}
      organization-url=${args.organizationUrl ?? nothing}
      photo=${args.photo ?? nothing}
      photo-alt=${args.photoAlt ?? nothing}
      href=${args.href ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      ?compact=${args.compact ?? false}
      >${args.bio ? html`<p>${args.bio}</p>` : nothing}</cluster-speaker-block
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** The simple form for CMS pages: attributes only, the bio as slotted content. */
export const Playground: Story = {
  args: {
    name: 'Petar Demov',
    jobTitle: 'Director, Demo Bay Regional Development Agency (fictional)',
    organization: 'Demo Bay Regional Development Agency',
    organizationUrl: 'https://example.org/agencies/demo-bay',
    photo: PHOTO,
    href: 'https://example.org/people/petar-demov',
    bio: 'Fictional person for this demo. Twenty imaginary years in regional development.',
  },
};

/** The Varna 2018 speakers were not named: each is shown by role and organisation, with initials. */
export const Varna2018Representatives: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1rem; max-inline-size: 40rem">
      ${varnaSpeakers.map((s) => html`<cluster-speaker-block .speaker=${s}></cluster-speaker-block>`)}
    </div>`,
};

/** Every field filled, with long texts: the bio collapses behind "Show more". */
export const EveryField: Story = {
  args: { speaker: fullSpeaker },
};

/** One line (small photo, name, organisation) for agenda sessions and dense lists. */
export const Compact: Story = {
  render: () =>
    html`<div style="display: grid; gap: 0.5rem">
      <cluster-speaker-block compact .speaker=${fullSpeaker}></cluster-speaker-block>
      ${varnaSpeakers.map((s) => html`<cluster-speaker-block compact .speaker=${s}></cluster-speaker-block>`)}
      ${speakerViewsFromDocument(blueSummit2026)
        .slice(0, 3)
        .map((s) => html`<cluster-speaker-block compact .speaker=${s}></cluster-speaker-block>`)}
    </div>`,
};

/** The fictional summit's people, from its document. */
export const FictionalSummitSpeaker: Story = {
  args: { speaker: speakerViewsFromDocument(blueSummit2026)[0] },
};

/** No photo, or a photo that fails to load: the initials take the same box, so nothing moves. */
export const WithoutPhoto: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1rem; max-inline-size: 40rem">
      <cluster-speaker-block name="Мария Иванова" job-title="Клъстерен мениджър" organization="Демо клъстер"></cluster-speaker-block>
      <cluster-speaker-block name="Jan Example" organization="Imaginary Institute" photo="./assets/no-such-photo.jpg"></cluster-speaker-block>
    </div>`,
};

export const Empty: Story = {
  args: {},
};

/** Unsafe links are left out; the console lists each problem with its path. */
export const InvalidData: Story = {
  args: {
    speaker: {
      name: 'Person With Bad Links',
      organization: { name: 'Demo Organisation', url: 'javascript:alert(1)' },
      links: [{ url: 'data:text/html,hello' }, { url: 'https://example.org/ok', label: 'A safe link' }],
      sessions: [{ title: 'A session with a time but no offset', start: '2026-06-17T10:00:00', end: '2026-06-17T11:00:00' }],
    },
  },
};

/** Very long unbroken words wrap instead of overflowing. */
export const LongText: Story = {
  args: {
    speaker: {
      name: 'Konstantina-Aleksandra Hristodoulopoulou-Vasilevska-Papadimitriou',
      jobTitle: 'Senior Interregional Cooperation and Smart Specialisation Strategy Implementation Coordinator',
      organization: 'Supercalifragilisticexpialidocious-Maritime-and-Blue-Economy-Innovation-Cluster-Association',
      bio: fullSpeaker.bio!,
      lang: 'en',
    },
  },
};

export const Bulgarian: Story = {
  args: { speaker: fullSpeaker },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
