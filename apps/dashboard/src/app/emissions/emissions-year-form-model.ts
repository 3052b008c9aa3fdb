import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { EmissionBalanceYear, EmissionDataQuality, EmissionSector, EmissionValue, EmissionYearInput } from '@klimaschutz/contracts';
import { integerValidator } from '../shared/validation-messages';

/** One line of the year form: a sector's value (t CO2e) with its quality grade and source. */
export interface SectorLine {
  sectorId: string;
  tCo2e: number | null;
  dataQuality: EmissionDataQuality | '';
  source: string;
}

export function createSectorLine(fb: NonNullableFormBuilder, line: SectorLine) {
  return fb.group({
    sectorId: [line.sectorId],
    tCo2e: fb.control<number | null>(line.tCo2e, Validators.min(0)),
    dataQuality: fb.control<EmissionDataQuality | ''>(line.dataQuality),
    source: [line.source, Validators.maxLength(500)],
  });
}

/** The typed form of one balance year; the sector lines are added once the city's sectors are known. */
export function createYearForm(fb: NonNullableFormBuilder) {
  return fb.group({
    year: fb.control<number | null>(null, [Validators.required, Validators.min(1900), Validators.max(2100), integerValidator]),
    population: fb.control<number | null>(null, [Validators.min(0), integerValidator]),
    note: ['', Validators.maxLength(2000)],
    /** The total as the city reports it (t CO2e); kept apart from the sectors. */
    reportedTotalT: fb.control<number | null>(null, Validators.min(0)),
    sectors: fb.array<ReturnType<typeof createSectorLine>>([]),
  });
}

export type YearForm = ReturnType<typeof createYearForm>;
export type YearFormValue = ReturnType<YearForm['getRawValue']>;

export const YEAR_FIELD_LABELS: Record<keyof YearFormValue, string> = {
  year: $localize`:@@emissions.year.field.year:Jahr`,
  population: $localize`:@@emissions.year.field.population:Einwohnerzahl`,
  note: $localize`:@@emissions.year.field.note:Methodenhinweis`,
  reportedTotalT: $localize`:@@emissions.year.field.total:Gesamt laut Bilanz (t CO₂e)`,
  sectors: $localize`:@@emissions.year.field.sectors:Werte der Sektoren`,
};

/**
 * Sectors whose values are split by energy carrier: the form shows their sum and does not edit them
 * (it would merge the split); they are sent back exactly as stored.
 */
export function carrierSplitSectors(year: Pick<EmissionBalanceYear, 'values'> | null): Set<string> {
  return new Set((year?.values ?? []).filter((v) => v.sectorId !== null && v.energyCarrier !== null).map((v) => v.sectorId as string));
}

/** The form value of a stored year (or of a new one: `year` null), one line per sector of the city's list. */
export function yearFormValue(sectors: readonly EmissionSector[], year: EmissionBalanceYear | null): YearFormValue {
  const values = year?.values ?? [];
  const total = values.find((v) => v.sectorId === null && v.energyCarrier === null);
  return {
    year: year?.year ?? null,
    population: year?.population ?? null,
    note: year?.note ?? '',
    reportedTotalT: total?.tCo2e ?? null,
    sectors: sectors.map((sector) => {
      const own = values.filter((v) => v.sectorId === sector.id);
      const first = own[0];
      return {
        sectorId: sector.id,
        tCo2e: own.length ? own.reduce((sum, v) => sum + v.tCo2e, 0) : null,
        dataQuality: first?.dataQuality ?? '',
        source: first?.source ?? '',
      };
    }),
  };
}

/** The request body: empty lines are left out, the split sectors go back as stored. */
export function toYearInput(value: YearFormValue, stored: EmissionBalanceYear | null): EmissionYearInput {
  const split = carrierSplitSectors(stored);
  const kept: EmissionYearInput['values'] = (stored?.values ?? [])
    .filter((v): v is EmissionValue & { sectorId: string } => v.sectorId !== null && split.has(v.sectorId))
    .map((v) => ({ sectorId: v.sectorId, energyCarrier: v.energyCarrier, tCo2e: v.tCo2e, dataQuality: v.dataQuality, source: v.source }));
  const lines = value.sectors
    .filter((line) => !split.has(line.sectorId) && line.tCo2e !== null)
    .map((line) => ({
      sectorId: line.sectorId,
      energyCarrier: null,
      tCo2e: line.tCo2e as number,
      dataQuality: line.dataQuality || null,
      source: line.source.trim() || null,
    }));
  const storedTotal = stored?.values.find((v) => v.sectorId === null && v.energyCarrier === null);
  const total =
    value.reportedTotalT === null
      ? []
      : [
          {
            sectorId: null,
            energyCarrier: null,
            tCo2e: value.reportedTotalT,
            dataQuality: storedTotal?.dataQuality ?? null,
            source: storedTotal?.source ?? null,
          },
        ];
  return {
    population: value.population,
    note: value.note.trim() || null,
    values: [...lines, ...kept, ...total],
    version: stored ? stored.version : null,
  };
}
