/** Whether a rising (e.g. PV output) or a falling (e.g. emissions) value means progress. */
export const INDICATOR_DIRECTIONS = ['UP', 'DOWN'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  UP: 'steigend ist gut',
  DOWN: 'sinkend ist gut',
};

export interface IndicatorValue {
  id: string;
  indicatorId: string;
  /** `YYYY-MM-DD` */
  date: string;
  value: number;
  source: string | null;
  note: string | null;
  author: string | null;
  createdAt: string;
}

export interface Indicator {
  id: string;
  code: string;
  name: string;
  description: string | null;
  unit: string;
  direction: IndicatorDirection;
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  targetValue: number;
  fieldOfAction: { id: string; code: string; name: string } | null;
  measures: { id: string; code: string; title: string }[];
  latestValue: IndicatorValue | null;
  /** Where the straight path from baseline to target stands in the year of the latest value. */
  expectedAtLatest: number | null;
  /** Whether the latest value is at or beyond that path (in the good direction). */
  onPath: boolean | null;
  version: number;
  /** What the asking user may do, so the UI shows only working buttons. */
  permissions: { edit: boolean; addValues: boolean };
}

export interface IndicatorInput {
  code: string;
  name: string;
  description?: string | null;
  unit: string;
  direction: IndicatorDirection;
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  targetValue: number;
  fieldOfActionId?: string | null;
  measureIds?: string[];
}

export interface IndicatorValueInput {
  date: string;
  value: number;
  source?: string | null;
  note?: string | null;
}
