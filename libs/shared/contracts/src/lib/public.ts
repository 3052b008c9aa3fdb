import { MEASURE_STATUSES, type MeasureStatus } from './enums';
import { MEASURE_STATUS_LABELS } from './labels';

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

export const SITE_PAGES = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'gebaerdensprache'] as const;
export type SitePageKey = (typeof SITE_PAGES)[number];

/** Where each site page is on the public site (below `/oeffentlich`), with its name in the footer. */
export const SITE_PAGE_LINKS: Record<SitePageKey, { path: string; label: string }> = {
  impressum: { path: 'impressum', label: 'Impressum' },
  datenschutz: { path: 'datenschutz', label: 'Datenschutz' },
  barrierefreiheit: { path: 'barrierefreiheit', label: 'Barrierefreiheit' },
  'leichte-sprache': { path: 'leichte-sprache', label: 'Leichte Sprache' },
  gebaerdensprache: { path: 'gebaerdensprache', label: 'Gebärdensprache' },
};

/** The page that shows sign-language videos (BITV 2.0 § 4); videos can be uploaded only there. */
export const SIGN_LANGUAGE_PAGE: SitePageKey = 'gebaerdensprache';

/** Uploaded sign-language videos: MP4 or WebM, each with optional WebVTT captions. */
export const SITE_VIDEO_LIMITS = { maxBytes: 50 * 1024 * 1024, maxCaptionBytes: 512 * 1024, types: ['video/mp4', 'video/webm'] } as const;

/** A video on a site page (not personal data: the city's own information in sign language). */
export interface SitePageVideo {
  id: string;
  title: string;
  contentType: (typeof SITE_VIDEO_LIMITS.types)[number];
  sizeBytes: number;
  /** Relative to the API root (`/api/v1`): `public/site-videos/<id>/video`. */
  videoUrl: string;
  /** `public/site-videos/<id>/captions.vtt`, or null when no captions were uploaded. */
  captionsUrl: string | null;
  createdAt: string;
}

export interface SitePage {
  key: SitePageKey;
  title: string;
  /**
   * Plain text in the markup of {@link parsePageText}: blank lines between blocks, `## ` headings,
   * `- ` lists and `[Text](https://…)` links. Rendered with text bindings, never as HTML.
   */
  body: string;
  updatedAt: string;
  version: number;
  /** Sign-language videos (only on the sign-language page; empty elsewhere). */
  videos: SitePageVideo[];
}

export interface FeedbackInput {
  message: string;
  /** Where the barrier was met, e.g. the page address. */
  page?: string | null;
  name?: string | null;
  /** Given only to receive an answer (consent); can be removed later without the message. */
  email?: string | null;
  /** The token of `GET /public/feedback-form`, as the form received it when it was shown. */
  formToken: string;
  /** Left empty by people; a form field hidden from them that only robots fill in. */
  website?: string | null;
}

export interface Feedback extends Required<Omit<FeedbackInput, 'formToken' | 'website'>> {
  id: string;
  createdAt: string;
  handled: boolean;
  /** When it was marked done; closed feedback is deleted after the retention period. */
  handledAt: string | null;
  version: number;
}

/**
 * What the feedback form gets when it is shown: a signed token that the server accepts from
 * `notBefore` (people take a few seconds to write; robots do not) until `expiresAt`.
 */
export interface FeedbackForm {
  formToken: string;
  notBefore: string;
  expiresAt: string;
}

/** The honeypot's field name, also in the form that works without JavaScript. */
export const FEEDBACK_HONEYPOT_FIELD = 'website';

/**
 * The feedback page. A browser without JavaScript posts the form there as an HTML form and is sent
 * back with `?gesendet=1`, or with `?fehler=<reason>` when the message was not taken.
 */
export const FEEDBACK_PAGE = '/oeffentlich/barriere-melden';
export const FEEDBACK_PAGE_ERRORS = ['eingabe', 'formular', 'zu-schnell', 'abgelaufen', 'zu-viele'] as const;
export type FeedbackPageError = (typeof FEEDBACK_PAGE_ERRORS)[number];

/** What the feedback page says when a form sent without JavaScript was not taken. */
export const FEEDBACK_PAGE_ERROR_TEXTS: Record<FeedbackPageError, string> = {
  eingabe:
    'Bitte beschreiben Sie die Barriere (höchstens 5.000 Zeichen) und prüfen Sie die E-Mail-Adresse, falls Sie eine angegeben haben.',
  formular: 'Das Formular war unvollständig. Bitte schreiben Sie Ihre Meldung noch einmal.',
  'zu-schnell':
    'Die Meldung wurde sehr schnell nach dem Öffnen des Formulars gesendet. Bitte warten Sie einige Sekunden und senden Sie sie noch einmal.',
  abgelaufen: 'Das Formular war zu lange geöffnet. Bitte schreiben Sie Ihre Meldung noch einmal.',
  'zu-viele': 'Von Ihrer Adresse kamen in der letzten Stunde schon mehrere Meldungen. Bitte versuchen Sie es in einer Stunde noch einmal.',
};

/** The licence stated in every open-data export. */
export const OPEN_DATA_LICENCE = {
  name: 'Datenlizenz Deutschland – Zero – Version 2.0',
  id: 'dl-de/zero-2-0',
  url: 'https://www.govdata.de/dl-de/zero-2-0',
} as const;

/**
 * The columns of the open-data CSV (`/api/v1/public/open-data/measures.csv`), in order, with what each
 * holds: the schema description shown beside the download. Codes stay for machines; a German label
 * column stands beside each code.
 */
export const OPEN_DATA_CSV_COLUMNS = [
  { name: 'kennung', description: 'Kennung der Maßnahme, z. B. „V-03“' },
  { name: 'titel', description: 'Titel der Maßnahme' },
  { name: 'kurzbeschreibung', description: 'Öffentliche Kurzbeschreibung' },
  { name: 'handlungsfeld_kennung', description: 'Kennung des Handlungsfelds, z. B. „V“' },
  { name: 'handlungsfeld', description: 'Name des Handlungsfelds, z. B. „Verkehr“' },
  { name: 'status', description: `Umsetzungsstand als Code: ${MEASURE_STATUSES.join(', ')}` },
  {
    name: 'status_bezeichnung',
    description: `Umsetzungsstand in Worten, in derselben Reihenfolge: ${MEASURE_STATUSES.map((s) => MEASURE_STATUS_LABELS[s]).join(', ')}`,
  },
  { name: 'fortschritt_prozent', description: 'Fortschritt in Prozent (0–100)' },
  { name: 'federfuehrung', description: 'Federführende Organisationseinheit' },
  { name: 'kontakt', description: 'E-Mail-Adresse der federführenden Organisationseinheit' },
  { name: 'beginn_geplant', description: 'Geplanter Beginn (JJJJ-MM-TT)' },
  { name: 'ende_geplant', description: 'Geplantes Ende (JJJJ-MM-TT)' },
  { name: 'aktualisiert', description: 'Letzte Änderung (ISO 8601, UTC)' },
  { name: 'lizenz', description: 'Lizenz der Daten (dl-de/zero-2-0)' },
] as const;
export type OpenDataCsvColumn = (typeof OPEN_DATA_CSV_COLUMNS)[number]['name'];
