import { defineStrings } from './strings.js';
import { pluralCategory } from './locale.js';

/** UI strings of `<cluster-project-card>`. */
export const projectCardStrings = defineStrings({
  en: {
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
  },
  bg: {
    status: 'Статус:',
    planned: 'Предстоящ',
    ongoing: 'В изпълнение',
    closed: 'Приключил',
    programme: 'Програма',
    period: 'Период на изпълнение',
    from: (date: string) => `От ${date}`,
    until: (date: string) => `До ${date}`,
    budget: 'Общ бюджет',
    euContribution: 'Принос на ЕС',
    shareOfBudget: (percent: string) => `${percent} от бюджета`,
    partners: 'Партньори',
    leadPartner: 'Водещ партньор',
    associatedPartner: 'Асоцииран партньор',
    website: 'Уебсайт на проекта',
    objectives: 'Цели',
    objectiveCount: (n: string, count: number) => (pluralCategory(count, 'bg') === 'one' ? `${n} цел` : `${n} цели`),
    allObjectives: (n: string) => `Всички ${n} цели`,
    seeObjectives: 'Вижте целите',
    cofunded: 'Съфинансирано от Европейския съюз',
    funded: 'Финансирано от Европейския съюз',
    emblem: 'Знаме на Европейския съюз',
    noProject: 'Няма проект за показване.',
  },
});

/** UI strings of `<cluster-objective-list>`. */
export const objectiveListStrings = defineStrings({
  en: {
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
    progressWithUnit: (name: string, achieved: string, target: string, unit: string) =>
      `${name}: ${achieved} of ${target} ${unit}`,
    /** "SMEs trained (target: 20)" */
    target: (name: string, quantity: string) => `${name} (target: ${quantity})`,
    /** "SMEs trained: 12" */
    achievedOnly: (name: string, quantity: string) => `${name}: ${quantity}`,
  },
  bg: {
    headingObjectives: 'Цели',
    headingSteps: 'Ключови стъпки',
    headingFindings: 'Изводи',
    emptyObjectives: 'Все още няма цели за показване.',
    emptySteps: 'Все още няма стъпки за показване.',
    emptyFindings: 'Все още няма изводи за показване.',
    status: 'Статус:',
    planned: 'Планирано',
    inProgress: 'В изпълнение',
    achieved: 'Постигнато',
    delayed: 'Със закъснение',
    cancelled: 'Отменено',
    progress: (achieved: string, target: string, name: string) => `${achieved} от ${target} ${name}`,
    progressWithUnit: (name: string, achieved: string, target: string, unit: string) =>
      `${name}: ${achieved} от ${target} ${unit}`,
    target: (name: string, quantity: string) => `${name} (целева стойност: ${quantity})`,
    achievedOnly: (name: string, quantity: string) => `${name}: ${quantity}`,
  },
});
