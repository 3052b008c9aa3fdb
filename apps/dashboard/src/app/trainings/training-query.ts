import type { Params } from '@angular/router';
import {
  TRAINING_FORMATS,
  TRAINING_STATUSES,
  TRAINING_TOPICS,
  type TrainingFormat,
  type TrainingStatus,
  type TrainingTopic,
} from '@klimaschutz/contracts';
import { queryParams } from '../shared/api';
import { listParam, oneOfParam, positiveIntParam, type QueryValues } from '../shared/query-params';

export const TRAINING_PAGE_SIZES = [25, 50, 100] as const;

/** The training calendar's view; it lives in the URL so a view can be shared. */
export interface TrainingListState {
  when: 'upcoming' | 'past';
  status: TrainingStatus[];
  topic: TrainingTopic[];
  format: TrainingFormat | '';
  page: number;
  pageSize: number;
}

export const DEFAULT_TRAINING_LIST_STATE: TrainingListState = {
  when: 'upcoming',
  status: [],
  topic: [],
  format: '',
  page: 1,
  pageSize: 50,
};

export function trainingStateFromParams(params: QueryValues): TrainingListState {
  const d = DEFAULT_TRAINING_LIST_STATE;
  return {
    when: params['when'] === 'past' ? 'past' : 'upcoming',
    status: listParam(params['status'], TRAINING_STATUSES),
    topic: listParam(params['topic'], TRAINING_TOPICS),
    format: oneOfParam(params['format'], TRAINING_FORMATS),
    page: positiveIntParam(params['page']) ?? d.page,
    pageSize: TRAINING_PAGE_SIZES.find((s) => s === positiveIntParam(params['pageSize'])) ?? d.pageSize,
  };
}

/** The calendar's filters as API query parameters: what the list and its export send (no paging). */
export function trainingFilterParams(state: TrainingListState): Record<string, string> {
  return queryParams({ when: state.when, status: state.status, topic: state.topic, format: state.format });
}

export function trainingStateToParams(state: TrainingListState): Params {
  const d = DEFAULT_TRAINING_LIST_STATE;
  const params: Params = {};
  if (state.when !== d.when) params['when'] = state.when;
  if (state.status.length) params['status'] = state.status.join(',');
  if (state.topic.length) params['topic'] = state.topic.join(',');
  if (state.format) params['format'] = state.format;
  if (state.page !== d.page) params['page'] = String(state.page);
  if (state.pageSize !== d.pageSize) params['pageSize'] = String(state.pageSize);
  return params;
}

/** Month names in the UI language, read when a label is built (dates stay German-formatted, but a heading reads as words). */
const monthNames = () => [
  $localize`:@@trainings.month.january:Januar`,
  $localize`:@@trainings.month.february:Februar`,
  $localize`:@@trainings.month.march:März`,
  $localize`:@@trainings.month.april:April`,
  $localize`:@@trainings.month.may:Mai`,
  $localize`:@@trainings.month.june:Juni`,
  $localize`:@@trainings.month.july:Juli`,
  $localize`:@@trainings.month.august:August`,
  $localize`:@@trainings.month.september:September`,
  $localize`:@@trainings.month.october:Oktober`,
  $localize`:@@trainings.month.november:November`,
  $localize`:@@trainings.month.december:Dezember`,
];

export interface MonthGroup<T> {
  /** `2026-12` */
  key: string;
  /** `Dezember 2026` */
  label: string;
  items: T[];
}

/**
 * Groups trainings by the calendar month of their start in the browser's time zone, keeping the
 * order the API sent (soonest first for upcoming, latest first for past ones).
 */
export function groupByMonth<T extends { startsAt: string }>(items: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const start = new Date(item.startsAt);
    const key = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, label: `${monthNames()[start.getMonth()]} ${start.getFullYear()}`, items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

/** `90` → `1 Std. 30 Min.`, `120` → `2 Std.`, `45` → `45 Min.` */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return $localize`:@@trainings.duration.minutes:${m}:minutes: Min.`;
  return m === 0
    ? $localize`:@@trainings.duration.hours:${h}:hours: Std.`
    : $localize`:@@trainings.duration.hoursMinutes:${h}:hours: Std. ${m}:minutes: Min.`;
}
