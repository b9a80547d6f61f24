/**
 * The list of data problems an element shows in the page when it has the `show-problems`
 * attribute (for editors previewing a CMS page): a disclosure, closed at first, whose summary
 * counts the problems, listing each with its data path. Loaded on demand (see problems-report.ts).
 *
 * Built as DOM nodes rather than a Lit template, so that this chunk imports nothing from Lit (an
 * import would split Lit off the CDN bundle into a chunk of its own). Lit renders the node as a
 * child value; the same node is kept (with its open or closed state) while the problems and the
 * language stay the same, and updated in place when they change.
 */
import type { DataProblem } from '../data/types.js';
import { problemStrings, type ProblemStrings } from '../i18n/problems.js';
import { problemsPanelStyles } from './problems-panel.styles.js';
import { adoptPanelStyles, element } from './panel-nodes.js';

interface Panel {
  details: HTMLDetailsElement;
  count: HTMLElement;
  note: HTMLElement;
  list: HTMLUListElement;
  problems?: readonly DataProblem[];
  strings?: ProblemStrings;
}

/** The list of each render root that has shown one. */
const panels = new WeakMap<Node, Panel>();

function create(root: Node): Panel {
  adoptPanelStyles(root, 'problems', problemsPanelStyles);
  const count = element('span', {});
  const note = element('p', { class: 'problems__note' });
  // The messages are English whatever the element's language (like the console warnings).
  const list = element('ul', { class: 'problems__list', lang: 'en', 'aria-labelledby': 'problems-summary' });
  const summary = element('summary', { id: 'problems-summary' }, element('span', { class: 'problems__icon', 'aria-hidden': 'true' }, '⚠'), ' ', count);
  const details = element('details', { part: 'problems', class: 'tokens problems' }, summary, note, list);
  return { details, count, note, list };
}

/**
 * The list of `problems` for the element whose render root is `root`, its frame in the element's
 * UI language: `strings` gives the strings of the list's English (problems.ts) in that language
 * (the element resolves them, with its language's catalog and registered strings over them; the
 * same object while they stay the same). Not a live region: it changes only when the data does,
 * and a reader who wants it opens it.
 */
export function problemsPanel(root: Node, problems: readonly DataProblem[], strings: (en: ProblemStrings) => ProblemStrings): HTMLDetailsElement {
  let panel = panels.get(root);
  if (!panel) panels.set(root, (panel = create(root)));
  const t = strings(problemStrings);
  if (panel.problems !== problems || panel.strings !== t) {
    panel.count.textContent = t.count(problems.length);
    panel.note.textContent = t.note;
    panel.list.replaceChildren(...problems.map((p) => element('li', {}, ...(p.path ? [element('code', {}, p.path), ': '] : []), p.message)));
    panel.problems = problems;
    panel.strings = t;
  }
  return panel.details;
}
