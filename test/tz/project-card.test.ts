import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cluster-project-card.js';
import type { ClusterProjectCard } from '../../src/components/project-card/project-card.js';
import type { ProjectCardView } from '../../src/data/project-view.js';
import { text } from '../helpers/dom.js';

// Runs with the browser in America/New_York and in Asia/Tokyo: a project's calendar dates are days,
// shown as written, and its status is read in the project's zone (Brussels by default), never the
// browser's.

const project: ProjectCardView = { acronym: 'TZ', title: 'Zone test', startDate: '2024-09-01', endDate: '2027-08-31' };

describe('<cluster-project-card> far from Brussels', () => {
  it('shows the start and end dates on their own days', async () => {
    const el = await fixture<ClusterProjectCard>(
      html`<cluster-project-card lang="en-GB" .project=${project} now="2025-01-01T12:00:00Z"></cluster-project-card>`,
    );
    const times = Array.from(el.shadowRoot!.querySelectorAll('time')).map((t) => text(t));
    expect(times).to.deep.equal(['1 September 2024', '31 August 2027']);
  });

  it('derives the status in Brussels time at the edges of the period', async () => {
    const at = async (now: string): Promise<string> => {
      const el = await fixture<ClusterProjectCard>(html`<cluster-project-card .project=${project} now=${now}></cluster-project-card>`);
      return text(el.shadowRoot!.querySelector('[part="badge"]'));
    };
    // 31 August 2024, 23:30 in Brussels: still the day before the start (already 1 September in Tokyo).
    expect(await at('2024-08-31T21:30:00Z')).to.equal('Status: Planned');
    // 1 September 2024, 00:00 in Brussels (still 31 August in New York).
    expect(await at('2024-08-31T22:00:00Z')).to.equal('Status: Ongoing');
    // The end day counts in full: 31 August 2027, 23:59 in Brussels.
    expect(await at('2027-08-31T21:59:00Z')).to.equal('Status: Ongoing');
    expect(await at('2027-08-31T22:00:00Z')).to.equal('Status: Closed');
  });
});
