import type { MeasureStatus } from './enums';

/**
 * What the public may see of a measure. Every field here is on the allow-list that the tests
 * compare public responses against: add one only after asking whether citizens should see it.
 */
export interface PublicMeasure {
  id: string;
  code: string;
  title: string;
  publicSummary: string | null;
  status: MeasureStatus;
  progressPercent: number;
  fieldOfAction: { id: string; code: string; name: string; colour: string };
  responsibleDepartment: { name: string; email: string | null };
  plannedStart: string | null;
  plannedEnd: string | null;
  updatedAt: string;
}

export interface PublicNote {
  id: string;
  /** `YYYY-MM-DD` */
  date: string;
  text: string;
}

export interface PublicMeasureDetail extends PublicMeasure {
  goal: string | null;
  /** t CO2e per year, where the city has quantified it. */
  ghgReductionTargetT: number | null;
  notes: PublicNote[];
}

export interface PublicSummary {
  publishedMeasures: number;
  byStatus: Record<MeasureStatus, number>;
  averageProgressPercent: number;
  ghg: { targetTPerYear: number; achievedTPerYear: number };
  byFieldOfAction: { id: string; code: string; name: string; colour: string; total: number; completed: number; inProgress: number }[];
  updatedAt: string | null;
}

export const SITE_PAGES = ['impressum', 'datenschutz', 'barrierefreiheit'] as const;
export type SitePageKey = (typeof SITE_PAGES)[number];

export interface SitePage {
  key: SitePageKey;
  title: string;
  /** Plain text with blank lines between paragraphs; rendered as text, never as HTML. */
  body: string;
  updatedAt: string;
  version: number;
}

export interface FeedbackInput {
  message: string;
  /** Where the barrier was met, e.g. the page address. */
  page?: string | null;
  name?: string | null;
  email?: string | null;
}

export interface Feedback extends Required<FeedbackInput> {
  id: string;
  createdAt: string;
  handled: boolean;
  version: number;
}

/** The licence stated in every open-data export. */
export const OPEN_DATA_LICENCE = {
  name: 'Datenlizenz Deutschland – Zero – Version 2.0',
  id: 'dl-de/zero-2-0',
  url: 'https://www.govdata.de/dl-de/zero-2-0',
} as const;
