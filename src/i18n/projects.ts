import { defineStrings } from './strings.js';

/** UI strings of `<cluster-project-card>`. */
export const projectCardStrings = defineStrings('projectCard', {
  status: 'Status:',
  planned: 'Planned',
  ongoing: 'Ongoing',
  closed: 'Closed',
  programme: 'Programme',
  period: 'Duration',
  from: (date: string) => `From ${date}`,
  until: (date: string) => `Until ${date}`,
  budget: 'Total budget',
  euContribution: 'EU contribution',
  shareOfBudget: (percent: string) => `${percent} of the budget`,
  partners: 'Partners',
  leadPartner: 'Lead partner',
  associatedPartner: 'Associated partner',
  website: 'Project website',
  objectives: 'Objectives',
  objectiveCount: (n: string, count: number) => (count === 1 ? `${n} objective` : `${n} objectives`),
  /** Link to the full list, used when only the first few objectives are shown. */
  allObjectives: (n: string) => `All ${n} objectives`,
  seeObjectives: 'See the objectives',
  cofunded: 'Co-funded by the European Union',
  funded: 'Funded by the European Union',
  emblem: 'Flag of the European Union',
  noProject: 'No project to show.',
});

/** UI strings of `<cluster-objective-list>`. */
export const objectiveListStrings = defineStrings('objectiveList', {
  headingObjectives: 'Objectives',
  headingSteps: 'Key steps',
  headingFindings: 'Findings',
  emptyObjectives: 'No objectives to show yet.',
  emptySteps: 'No steps to show yet.',
  emptyFindings: 'No findings to show yet.',
  status: 'Status:',
  planned: 'Planned',
  inProgress: 'In progress',
  achieved: 'Achieved',
  delayed: 'Delayed',
  cancelled: 'Cancelled',
  /** "12 of 20 SMEs trained" */
  progress: (achieved: string, target: string, name: string) => `${achieved} of ${target} ${name}`,
  /** "Training: 120 of 200 hours" */
  progressWithUnit: (name: string, achieved: string, target: string, unit: string) => `${name}: ${achieved} of ${target} ${unit}`,
  /** "SMEs trained (target: 20)" */
  target: (name: string, quantity: string) => `${name} (target: ${quantity})`,
  /** "SMEs trained: 12" */
  achievedOnly: (name: string, quantity: string) => `${name}: ${quantity}`,
});
