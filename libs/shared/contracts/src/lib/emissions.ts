import type { MeasureStatus } from './enums';

/**
 * GHG balance (THG-Bilanz), target path, gap and measure effects (issue #17).
 *
 * Every amount is in **t CO2e** (per year where it is an annual figure); kilotonnes appear only at
 * the edges (import files, chart axes). `null` always means "not known / not computable", never 0.
 * API: everything under `/api/v1/emissions/…`, the public answer under `/api/v1/public/emissions`.
 */

/** BISKO data-quality grades (A = regional primary data … D = national averages). */
export const EMISSION_DATA_QUALITIES = ['A', 'B', 'C', 'D'] as const;
export type EmissionDataQuality = (typeof EMISSION_DATA_QUALITIES)[number];

export const EMISSION_DATA_QUALITY_LABELS: Record<EmissionDataQuality, string> = {
  A: 'A – regionale Primärdaten',
  B: 'B – Primärdaten und Hochrechnung',
  C: 'C – regionale Kennwerte und Statistiken',
  D: 'D – bundesweite Kennzahlen',
};

/** BISKO's five consumer sectors: the default list of a city (code, German name). */
export const BISKO_SECTORS = [
  { code: 'PHH', name: 'Private Haushalte' },
  { code: 'GHD', name: 'Gewerbe/Handel/Dienstleistungen' },
  { code: 'IND', name: 'Industrie' },
  { code: 'VERKEHR', name: 'Verkehr' },
  { code: 'KOMMUNE', name: 'Kommunale Einrichtungen' },
] as const;

/** One sector of the city's balance (BISKO's or the city's own cut, e.g. Wärme / Strom / Verkehr). */
export interface EmissionSector {
  id: string;
  /** Short code, unique per city, e.g. `PHH`, `WAERME`. */
  code: string;
  /** German name as shown, e.g. „Private Haushalte“. */
  name: string;
  sortOrder: number;
  /** One of BISKO's consumer sectors. */
  bisko: boolean;
}

export interface EmissionSectorInput {
  code: string;
  name: string;
  sortOrder?: number;
  bisko?: boolean;
}

/** One stored value: a year, a sector (or `null` = the reported total), optionally an energy carrier. */
export interface EmissionValue {
  /** `null` = the total as the city reported it (kept apart from the sectors). */
  sectorId: string | null;
  /** e.g. „Erdgas“, „Strom“, „Fernwärme“; `null` = all carriers together. */
  energyCarrier: string | null;
  tCo2e: number;
  dataQuality: EmissionDataQuality | null;
  source: string | null;
}

/** One year of the balance: its values, the reported total, the sector sum and whether they agree. */
export interface EmissionBalanceYear {
  year: number;
  population: number | null;
  /** Method note for the year (e.g. „BISKO, Klimaschutz-Planer“). */
  note: string | null;
  /** Sum per sector (over energy carriers), in the order of the sector list; only sectors with a value. */
  sectors: { sectorId: string; tCo2e: number }[];
  /** Sum of the sector values; `null` when no sector has a value. */
  sectorSumT: number | null;
  /** The total as reported; `null` when the city gave none for this year. */
  reportedTotalT: number | null;
  /** The figure used for the year: the reported total, else the sector sum when every sector has a value, else `null`. */
  totalT: number | null;
  /** `totalT / population`, t CO2e per inhabitant. */
  perCapitaT: number | null;
  /** Every sector of the city's list has a value this year. */
  complete: boolean;
  /** Reported total and sector sum differ by more than 0.5 % or more than 1 kt (1,000 t). */
  totalMismatch: boolean;
  /** Reported total − sector sum (t); `null` when one of them is missing. */
  totalDifferenceT: number | null;
  values: EmissionValue[];
  version: number;
  updatedAt: string;
}

/** `GET /api/v1/emissions/balance` */
export interface EmissionBalance {
  sectors: EmissionSector[];
  /** Ascending by year. */
  years: EmissionBalanceYear[];
  permissions: { edit: boolean };
}

/** `PUT /api/v1/emissions/balance/:year` — replaces the year's values. */
export interface EmissionYearInput {
  population?: number | null;
  note?: string | null;
  /** A value with `sectorId: null` is the reported total. */
  values: {
    sectorId: string | null;
    energyCarrier?: string | null;
    tCo2e: number;
    dataQuality?: EmissionDataQuality | null;
    source?: string | null;
  }[];
  /** The year's `version` as read; omit (or `null`) only to create a year that does not exist yet. */
  version?: number | null;
}

export const EMISSION_PATH_MODES = ['LINEAR', 'POINTS'] as const;
/** `LINEAR`: straight lines between the base-year balance, interim targets and the neutrality year's residual. `POINTS`: the city's own path points. */
export type EmissionPathMode = (typeof EMISSION_PATH_MODES)[number];

export const EMISSION_PATH_MODE_LABELS: Record<EmissionPathMode, string> = {
  LINEAR: 'linear zwischen Basisjahr, Zwischenzielen und Zieljahr',
  POINTS: 'eigene Pfadpunkte der Stadt',
};

export const EMISSION_TARGET_KINDS = ['ABSOLUTE', 'PERCENT_BELOW_BASE'] as const;
/** `ABSOLUTE`: `value` is t CO2e in that year. `PERCENT_BELOW_BASE`: `value` is % below the base-year balance (65 = −65 %). */
export type EmissionTargetKind = (typeof EMISSION_TARGET_KINDS)[number];

export interface EmissionInterimTarget {
  year: number;
  kind: EmissionTargetKind;
  value: number;
  /** `null` = the whole city; otherwise the target of one sector. */
  sectorId: string | null;
}

export interface EmissionPathPoint {
  year: number;
  tCo2e: number;
  /** `null` = the whole city. */
  sectorId: string | null;
}

/** `GET /api/v1/emissions/targets` — one target set per city; `version: 0` = not saved yet. */
export interface EmissionTargets {
  baseYear: number | null;
  /** Year of climate neutrality (the target year of the projection). */
  neutralityYear: number | null;
  /** Emissions allowed to remain in the neutrality year (t); `null` = 0. */
  residualT: number | null;
  interimTargets: EmissionInterimTarget[];
  pathMode: EmissionPathMode;
  /** Used when `pathMode` is `POINTS`. */
  pathPoints: EmissionPathPoint[];
  /** Remaining CO2 budget (t) from `budgetStartYear` on. */
  budgetT: number | null;
  budgetStartYear: number | null;
  /** Balance totals and path are shown on the public page and in open data. */
  published: boolean;
  version: number;
  updatedAt: string | null;
  permissions: { edit: boolean };
}

/** `PUT /api/v1/emissions/targets` */
export interface EmissionTargetsInput {
  baseYear: number | null;
  neutralityYear: number | null;
  residualT?: number | null;
  interimTargets: EmissionInterimTarget[];
  pathMode: EmissionPathMode;
  pathPoints?: EmissionPathPoint[];
  budgetT?: number | null;
  budgetStartYear?: number | null;
  published?: boolean;
  /** The `version` as read (0 for a target set not saved yet). */
  version: number;
}

export interface EmissionSeriesPoint {
  year: number;
  tCo2e: number;
}

/** The figures of the overview for the whole city or one sector. */
export interface EmissionFigures {
  baseYear: number | null;
  baseT: number | null;
  latestYear: number | null;
  latestT: number | null;
  /** latest − base (t); negative = below the base year. */
  changeVsBaseT: number | null;
  /** (latest − base) / base × 100; −31.7 = 31.7 % below the base year. */
  changeVsBasePercent: number | null;
  /** Path value in the latest balance year. */
  pathAtLatestT: number | null;
  /** Gap = latest − path at latest year (t); positive = above the path (behind). */
  gapT: number | null;
  /** gapT / pathAtLatestT × 100. */
  gapPercent: number | null;
  /** Year of the projection (the neutrality year). */
  targetYear: number | null;
  /** Latest balance − expected reductions of the measures active in the target year. */
  projectedT: number | null;
  /** Path (target) value in the target year. */
  pathAtTargetYearT: number | null;
  /** Klimaschutzlücke = projected − path value in the target year (t); positive = still missing. */
  climateGapT: number | null;
  /** climateGapT / path value in the base year × 100 (the path at the target year is often 0). */
  climateGapPercent: number | null;
  /** Expected reductions (t/yr) of the measures active in the target year. */
  expectedReductionT: number;
  /** Achieved reductions (t/yr) from accepted progress reports of the same measures. */
  achievedReductionT: number;
  /** Balance values (year, t) — totals or the sector's values. */
  balance: EmissionSeriesPoint[];
  /** Path per year from its first to its last point (every year). */
  path: EmissionSeriesPoint[];
  /** Projection per year from the latest balance year to the target year (every year). */
  projection: EmissionSeriesPoint[];
}

export interface EmissionSectorFigures extends EmissionFigures {
  sector: EmissionSector;
  /** Number of measures that name this sector. */
  measureCount: number;
}

/** `GET /api/v1/emissions/overview` — the cockpit panel and the climate managers' page. */
export interface EmissionOverview extends EmissionFigures {
  hasBalance: boolean;
  hasTargets: boolean;
  pathMode: EmissionPathMode;
  /** Per-capita t CO2e in the latest year (when its population is known). */
  latestPerCapitaT: number | null;
  /** The latest year's reported total and sector sum disagree. */
  latestTotalMismatch: boolean;
  /** Expected reductions (t/yr, active in the target year) of measures that name no sector. */
  unassignedReductionT: number;
  sectors: EmissionSectorFigures[];
  budget: {
    budgetT: number;
    startYear: number;
    /** Sum of the balance totals from the start year to the latest year (years between interpolated). */
    usedT: number;
    remainingT: number;
    /** At the latest year's emissions, the year the budget runs out; `null` when already exhausted or not computable. */
    exhaustedInYear: number | null;
  } | null;
}

export const EMISSION_ESTIMATE_GAPS = ['REDUCTION', 'COST', 'LIFETIME', 'START'] as const;
export type EmissionEstimateGap = (typeof EMISSION_ESTIMATE_GAPS)[number];

export interface EmissionMeasureEffect {
  id: string;
  code: string;
  title: string;
  status: MeasureStatus;
  sector: Pick<EmissionSector, 'id' | 'code' | 'name'> | null;
  /** Expected reduction, t CO2e per year. */
  reductionTPerYear: number | null;
  /** Achieved reduction, t CO2e per year (from accepted reports). */
  achievedTPerYear: number | null;
  /** Year of actualStart ?? plannedStart. */
  startYear: number | null;
  lifetimeYears: number | null;
  /** Years counted for €/t: the lifetime, or (when none is set) start year up to the target year. */
  effectiveYears: number | null;
  costEstimateEur: number | null;
  /** reduction × effective years. */
  lifetimeReductionT: number | null;
  /** cost / (reduction × effective years). */
  eurPerTonne: number | null;
  /** Counts in the projection for the target year. */
  activeInTargetYear: boolean;
  /** What is missing for a ranking by cost (empty when ranked). */
  missing: EmissionEstimateGap[];
}

/** `GET /api/v1/emissions/measures` — measures ranked by effect (cancelled ones excluded). */
export interface EmissionMeasureRanking {
  targetYear: number | null;
  /** Measures with an expected reduction, largest first. */
  byReduction: EmissionMeasureEffect[];
  /** Measures with reduction, cost and usable years, cheapest € per tonne first. */
  byCostPerTonne: EmissionMeasureEffect[];
  /** Measures lacking a reduction or cost estimate (see `missing`). */
  withoutEstimate: EmissionMeasureEffect[];
}

export const EMISSION_IMPORT_SEVERITIES = ['INFO', 'WARNING', 'ERROR'] as const;
export type EmissionImportSeverity = (typeof EMISSION_IMPORT_SEVERITIES)[number];

/** One rule the import applied or one problem it found, with the file lines concerned. */
export interface EmissionImportRule {
  /** 1, 2, 3 … in the order found. */
  number: number;
  /** Stable code, e.g. `THOUSANDS_DOT`, `RAGGED_ROW`, `PLAN_ROW`, `UNIT_DEFAULT_KT`, `NEW_SECTOR`. */
  code: string;
  severity: EmissionImportSeverity;
  /** German sentence naming what was done or what is wrong. */
  message: string;
  /** 1-based file lines (header = line 1); empty = the file as a whole. */
  lines: number[];
}

export interface EmissionImportSectorFound {
  /** The name as written in the file. */
  name: string;
  /** Existing sector it maps to, or the code a new one would get. */
  code: string;
  existingId: string | null;
  isNew: boolean;
  rows: number;
}

export interface EmissionImportYear {
  year: number;
  sectorSumT: number | null;
  reportedTotalT: number | null;
  population: number | null;
  /** The year is already stored (replace or keep is the caller's decision). */
  exists: boolean;
  totalMismatch: boolean;
}

/** `POST /api/v1/emissions/import/preview` (multipart `file`) — nothing is stored. */
export interface EmissionImportPreview {
  /** Pass back with the same file to apply (hash of the file). */
  token: string;
  fileName: string;
  format: 'CSV' | 'XLSX';
  /** Unit of the file's values as understood. */
  unit: 'kt' | 't';
  dataRows: number;
  balanceValues: number;
  years: EmissionImportYear[];
  sectors: EmissionImportSectorFound[];
  /** Plan rows (`geplant` / `Ziel` / `Plan`), in t. They become path points (mode POINTS) if applied. */
  pathPoints: { year: number; sectorName: string | null; tCo2e: number; line: number }[];
  rules: EmissionImportRule[];
  /** No rule of severity ERROR. */
  canApply: boolean;
}

export const EMISSION_IMPORT_EXISTING_YEAR_DECISIONS = ['REPLACE', 'KEEP'] as const;
export type EmissionImportExistingYearDecision = (typeof EMISSION_IMPORT_EXISTING_YEAR_DECISIONS)[number];

/** `POST /api/v1/emissions/import/apply` (multipart: `file` again plus these fields). */
export interface EmissionImportApplyInput {
  token: string;
  existingYears: EmissionImportExistingYearDecision;
  /** Use the plan rows as the target path (default true when there are any). */
  usePlanRowsAsPath?: boolean;
}

export interface EmissionImportResult {
  yearsWritten: number[];
  yearsKept: number[];
  sectorsCreated: EmissionSector[];
  valuesWritten: number;
  pathPointsWritten: number;
  rules: EmissionImportRule[];
}

/** `GET /api/v1/public/emissions` (no sign-in) — only when the target set is published. */
export interface PublicEmissions {
  published: boolean;
  baseYear: number | null;
  neutralityYear: number | null;
  /** Balance totals per year (t CO2e). */
  balance: { year: number; tCo2e: number; population: number | null }[];
  /** The target path per year (t CO2e). */
  path: EmissionSeriesPoint[];
  licence: { name: string; id: string; url: string };
}

/** The columns of the open-data CSV of the published balance and path (`/api/v1/public/open-data/emissions.csv`). */
export const OPEN_DATA_EMISSIONS_CSV_COLUMNS = [
  { name: 'jahr', description: 'Jahr' },
  { name: 'art', description: '„bilanz“ (gemeldete bzw. aus den Sektoren summierte Emissionen) oder „zielpfad“ (Zielpfad der Stadt)' },
  { name: 't_co2e', description: 'Treibhausgasemissionen in Tonnen CO2-Äquivalent' },
  { name: 'einwohner', description: 'Einwohnerzahl des Jahres (nur Bilanz, wenn bekannt)' },
  { name: 'lizenz', description: 'Lizenz der Daten (dl-de/zero-2-0)' },
] as const;
