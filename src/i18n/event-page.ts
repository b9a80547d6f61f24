import { defineStrings } from './strings.js';

/** UI strings of `<cluster-event>`. */
export const eventPageStrings = defineStrings('eventPage', {
  agenda: 'Programme',
  speakers: 'Speakers',
  projects: 'Projects',
  calls: 'Funding calls',
  otherLists: 'Findings and further lists',
  /** The state shown when the inline `<script type="application/json">` is not valid JSON. */
  inlineNotJson: 'the embedded document is not valid JSON',
  /** Label of the loading region while `src` loads. */
  loadingEvent: 'Loading the event…',
});
