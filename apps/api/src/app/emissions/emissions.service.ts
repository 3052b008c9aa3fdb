import { Injectable } from '@nestjs/common';
import {
  BISKO_SECTORS,
  OPEN_DATA_EMISSIONS_CSV_COLUMNS,
  OPEN_DATA_LICENCE,
  type EmissionBalance,
  type EmissionBalanceYear,
  type EmissionMeasureEffect,
  type EmissionMeasureRanking,
  type EmissionOverview,
  type EmissionSector,
  type EmissionSectorFigures,
  type EmissionTargets,
  type MeasureStatus,
  type PublicEmissions,
} from '@klimaschutz/contracts';
import { stringify } from 'csv-stringify/sync';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { duplicateCode, fieldError, isUniqueViolation, notFound, staleVersion } from '../common/errors';
import { MeasureEntity } from '../measures/measure.entity';
import {
  budgetFigures,
  effectOf,
  figures,
  pathPoints,
  reductionsIn,
  tidy,
  totalsDisagree,
  yearlySeries,
  type MeasureForEffect,
  type YearValue,
} from './emission-path';
import { EmissionSectorEntity, EmissionTargetsEntity, EmissionValueEntity, EmissionYearEntity } from './emission.entities';
import type { EmissionSectorInputDto, EmissionTargetsInputDto, EmissionYearInputDto } from './emissions.dto';
import { YEAR_RANGE } from './emission-import';

export const toSector = (s: EmissionSectorEntity): EmissionSector => ({
  id: s.id,
  code: s.code,
  name: s.name,
  sortOrder: s.sortOrder,
  bisko: s.bisko,
});

const mayEdit = (user: AuthUser) => user.role === 'CLIMATE_MANAGER';

const EMPTY_TARGETS: Omit<EmissionTargets, 'permissions'> = {
  baseYear: null,
  neutralityYear: null,
  residualT: null,
  interimTargets: [],
  pathMode: 'LINEAR',
  pathPoints: [],
  budgetT: null,
  budgetStartYear: null,
  published: false,
  version: 0,
  updatedAt: null,
};

export function checkYear(year: number) {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    throw fieldError('year', `Das Jahr muss eine ganze Zahl zwischen ${YEAR_RANGE.min} und ${YEAR_RANGE.max} sein.`);
  }
}

/** The balance as stored, with the per-year figures (sector sum, reported total, mismatch, per capita). */
export async function loadBalance(manager: EntityManager): Promise<{ sectors: EmissionSector[]; years: EmissionBalanceYear[] }> {
  const sectors = (await manager.find(EmissionSectorEntity, { order: { sortOrder: 'ASC', code: 'ASC' } })).map(toSector);
  const yearRows = await manager.find(EmissionYearEntity, { order: { year: 'ASC' } });
  const values = await manager.find(EmissionValueEntity);
  const order = new Map(sectors.map((s, i) => [s.id, i]));
  const used = new Set(values.filter((v) => v.sectorId !== null).map((v) => v.sectorId as string));
  const years = yearRows.map((y): EmissionBalanceYear => {
    const own = values.filter((v) => v.yearId === y.id);
    const bySector = new Map<string, number>();
    let reported: number | null = null;
    for (const v of own) {
      if (v.sectorId === null) reported = (reported ?? 0) + v.tCo2e;
      else bySector.set(v.sectorId, (bySector.get(v.sectorId) ?? 0) + v.tCo2e);
    }
    const sectorSumT = bySector.size ? tidy([...bySector.values()].reduce((a, b) => a + b, 0)) : null;
    const reportedTotalT = reported === null ? null : tidy(reported);
    const complete = used.size > 0 && [...used].every((id) => bySector.has(id));
    const totalT = reportedTotalT ?? (complete ? sectorSumT : null);
    return {
      year: y.year,
      population: y.population,
      note: y.note,
      sectors: [...bySector.entries()]
        .sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
        .map(([sectorId, t]) => ({ sectorId, tCo2e: tidy(t) })),
      sectorSumT,
      reportedTotalT,
      totalT,
      perCapitaT: totalT !== null && y.population ? Math.round((totalT / y.population) * 100) / 100 : null,
      complete,
      totalMismatch: reportedTotalT !== null && sectorSumT !== null && totalsDisagree(reportedTotalT, sectorSumT),
      totalDifferenceT: reportedTotalT !== null && sectorSumT !== null ? tidy(reportedTotalT - sectorSumT) : null,
      values: own
        .map((v) => ({
          sectorId: v.sectorId,
          energyCarrier: v.energyCarrier,
          tCo2e: v.tCo2e,
          dataQuality: v.dataQuality,
          source: v.source,
        }))
        .sort((a, b) => (a.sectorId === null ? -1 : b.sectorId === null ? 1 : (order.get(a.sectorId) ?? 0) - (order.get(b.sectorId) ?? 0))),
      version: y.version,
      updatedAt: y.updatedAt.toISOString(),
    };
  });
  return { sectors, years };
}

/** BISKO's five consumer sectors, for a database without a sector list (the seed after a wipe; the migration writes them too). */
export async function ensureDefaultSectors(manager: EntityManager): Promise<void> {
  if (await manager.count(EmissionSectorEntity)) return;
  await manager.insert(
    EmissionSectorEntity,
    BISKO_SECTORS.map((s, i) => ({ id: randomUUID(), code: s.code, name: s.name, sortOrder: (i + 1) * 10, bisko: true })),
  );
}

const MEASURE_COLUMNS = {
  id: true,
  code: true,
  title: true,
  status: true,
  ghgReductionTargetT: true,
  ghgReductionAchievedT: true,
  plannedStart: true,
  actualStart: true,
  lifetimeYears: true,
  costEstimateEur: true,
  emissionSectorId: true,
} as const;

@Injectable()
export class EmissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async sectors(): Promise<EmissionSector[]> {
    return (await this.dataSource.manager.find(EmissionSectorEntity, { order: { sortOrder: 'ASC', code: 'ASC' } })).map(toSector);
  }

  async createSector(dto: EmissionSectorInputDto, user: AuthUser): Promise<EmissionSector> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(EmissionSectorEntity, { code: dto.code })) throw duplicateCode('Ein Sektor', dto.code);
        const max = (await manager.find(EmissionSectorEntity, { order: { sortOrder: 'DESC' }, take: 1 }))[0]?.sortOrder ?? 0;
        const entity = manager.create(EmissionSectorEntity, {
          id: randomUUID(),
          code: dto.code,
          name: dto.name,
          sortOrder: dto.sortOrder ?? max + 10,
          bisko: dto.bisko ?? false,
        });
        await manager.insert(EmissionSectorEntity, entity);
        await this.audit.record(manager, user, {
          action: 'CREATE',
          entityType: 'emission-sector',
          entityId: entity.id,
          entityLabel: `${entity.code} ${entity.name}`,
          changes: [
            { field: 'code', before: null, after: entity.code },
            { field: 'name', before: null, after: entity.name },
          ],
        });
        return toSector(entity);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateCode('Ein Sektor', dto.code);
      throw error;
    }
  }

  async balance(user: AuthUser): Promise<EmissionBalance> {
    return { ...(await loadBalance(this.dataSource.manager)), permissions: { edit: mayEdit(user) } };
  }

  /** Replaces one year's values (and population, note); the year's version guards against a stale form. */
  async putYear(year: number, dto: EmissionYearInputDto, user: AuthUser): Promise<EmissionBalanceYear> {
    checkYear(year);
    const seen = new Set<string>();
    dto.values.forEach((v, i) => {
      const key = `${v.sectorId ?? ''}|${(v.energyCarrier ?? '').trim().toLowerCase()}`;
      if (seen.has(key))
        throw fieldError(`values.${i}`, `Der Wert ${i + 1} steht doppelt (gleicher Sektor bzw. Gesamtwert und Energieträger).`);
      seen.add(key);
    });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const sectorIds = [...new Set(dto.values.map((v) => v.sectorId).filter((id): id is string => id !== null && id !== undefined))];
        if (sectorIds.length && (await manager.countBy(EmissionSectorEntity, { id: In(sectorIds) })) !== sectorIds.length) {
          throw fieldError('values', 'Mindestens ein Sektor existiert nicht.');
        }
        const existing = await manager.findOne(EmissionYearEntity, { where: { year } });
        let yearId: string;
        let before: { population: number | null; note: string | null; values: number; totalT: number } | null = null;
        if (existing) {
          if (dto.version === undefined || dto.version === null || dto.version !== existing.version)
            throw staleVersion(`Die Bilanz ${year}`);
          const old = await manager.find(EmissionValueEntity, { where: { yearId: existing.id } });
          before = {
            population: existing.population,
            note: existing.note,
            values: old.length,
            totalT: tidy(old.reduce((s, v) => s + v.tCo2e, 0)),
          };
          const result = await manager.update(
            EmissionYearEntity,
            { id: existing.id, version: existing.version },
            {
              population: dto.population === undefined ? existing.population : dto.population,
              note: dto.note === undefined ? existing.note : dto.note,
              version: existing.version + 1,
            },
          );
          if (!result.affected) throw staleVersion(`Die Bilanz ${year}`);
          await manager.delete(EmissionValueEntity, { yearId: existing.id });
          yearId = existing.id;
        } else {
          if (dto.version !== undefined && dto.version !== null) throw staleVersion(`Die Bilanz ${year}`);
          yearId = randomUUID();
          await manager.insert(EmissionYearEntity, { id: yearId, year, population: dto.population ?? null, note: dto.note ?? null });
        }
        if (dto.values.length) {
          await manager.insert(
            EmissionValueEntity,
            dto.values.map((v) => ({
              id: randomUUID(),
              yearId,
              sectorId: v.sectorId ?? null,
              energyCarrier: v.energyCarrier?.trim() || null,
              tCo2e: v.tCo2e,
              dataQuality: v.dataQuality ?? null,
              source: v.source ?? null,
            })),
          );
        }
        const after = {
          population: dto.population === undefined ? (existing?.population ?? null) : dto.population,
          note: dto.note === undefined ? (existing?.note ?? null) : dto.note,
          values: dto.values.length,
          totalT: tidy(dto.values.reduce((s, v) => s + v.tCo2e, 0)),
        };
        await this.audit.record(manager, user, {
          action: existing ? 'UPDATE' : 'CREATE',
          entityType: 'emission-year',
          entityId: yearId,
          entityLabel: `THG-Bilanz ${year}`,
          changes: (['population', 'note', 'values', 'totalT'] as const)
            .filter((f) => (before?.[f] ?? null) !== after[f])
            .map((f) => ({ field: f, before: before?.[f] ?? null, after: after[f] })),
        });
        const { years } = await loadBalance(manager);
        return years.find((y) => y.year === year)!;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw staleVersion(`Die Bilanz ${year}`);
      throw error;
    }
  }

  async deleteYear(year: number, version: number | undefined, user: AuthUser): Promise<void> {
    checkYear(year);
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(EmissionYearEntity, { where: { year } });
      if (!existing) throw notFound(`Die Bilanz ${year}`);
      if (version !== undefined && version !== existing.version) throw staleVersion(`Die Bilanz ${year}`);
      const values = await manager.find(EmissionValueEntity, { where: { yearId: existing.id } });
      await manager.delete(EmissionValueEntity, { yearId: existing.id });
      const result = await manager.delete(EmissionYearEntity, { id: existing.id, version: existing.version });
      if (!result.affected) throw staleVersion(`Die Bilanz ${year}`);
      await this.audit.record(manager, user, {
        action: 'DELETE',
        entityType: 'emission-year',
        entityId: existing.id,
        entityLabel: `THG-Bilanz ${year}`,
        changes: [
          { field: 'values', before: values.length, after: null },
          { field: 'totalT', before: tidy(values.reduce((s, v) => s + v.tCo2e, 0)), after: null },
        ],
      });
    });
  }

  async targets(user: AuthUser | null, manager: EntityManager = this.dataSource.manager): Promise<EmissionTargets> {
    const row = (await manager.find(EmissionTargetsEntity, { take: 1 }))[0];
    const permissions = { edit: user ? mayEdit(user) : false };
    if (!row) return { ...EMPTY_TARGETS, permissions };
    return {
      baseYear: row.baseYear,
      neutralityYear: row.neutralityYear,
      residualT: row.residualT,
      interimTargets: row.interimTargets,
      pathMode: row.pathMode,
      pathPoints: row.pathPoints,
      budgetT: row.budgetT,
      budgetStartYear: row.budgetStartYear,
      published: row.published,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
      permissions,
    };
  }

  async putTargets(dto: EmissionTargetsInputDto, user: AuthUser): Promise<EmissionTargets> {
    const pathPointsIn = dto.pathPoints ?? [];
    checkTargets(dto, pathPointsIn);
    return this.dataSource.transaction(async (manager) => {
      const sectorIds = [
        ...new Set(
          [...dto.interimTargets, ...pathPointsIn].map((t) => t.sectorId).filter((id): id is string => id !== null && id !== undefined),
        ),
      ];
      if (sectorIds.length && (await manager.countBy(EmissionSectorEntity, { id: In(sectorIds) })) !== sectorIds.length) {
        throw fieldError('interimTargets', 'Mindestens ein Sektor der Ziele oder Pfadpunkte existiert nicht.');
      }
      const before = await this.targets(user, manager);
      if (dto.version !== before.version) throw staleVersion('Die Klimaziele');
      const columns = {
        baseYear: dto.baseYear,
        neutralityYear: dto.neutralityYear,
        residualT: dto.residualT ?? null,
        interimTargets: dto.interimTargets.map((t) => ({ year: t.year, kind: t.kind, value: t.value, sectorId: t.sectorId ?? null })),
        pathMode: dto.pathMode,
        pathPoints: pathPointsIn.map((p) => ({ year: p.year, tCo2e: p.tCo2e, sectorId: p.sectorId ?? null })),
        budgetT: dto.budgetT ?? null,
        budgetStartYear: dto.budgetT === null || dto.budgetT === undefined ? null : (dto.budgetStartYear ?? null),
        published: dto.published ?? before.published,
      };
      await writeTargets(manager, before.version, columns);
      const after = await this.targets(user, manager);
      await this.audit.record(manager, user, {
        action: before.version === 0 ? 'CREATE' : 'UPDATE',
        entityType: 'emission-targets',
        entityId: (await manager.find(EmissionTargetsEntity, { take: 1 }))[0].id,
        entityLabel: 'Klimaziele und Zielpfad',
        changes: targetChanges(before, after),
      });
      return after;
    });
  }

  async overview(): Promise<EmissionOverview> {
    const manager = this.dataSource.manager;
    const { sectors, years } = await loadBalance(manager);
    const t = await this.targets(null, manager);
    const measures = await this.measures(manager);
    const totals: YearValue[] = years.filter((y) => y.totalT !== null).map((y) => ({ year: y.year, t: y.totalT as number }));
    const baseYear = t.baseYear ?? totals[0]?.year ?? null;
    const cityBaseT = baseYear === null ? null : (totals.find((b) => b.year === baseYear)?.t ?? null);
    const cityPath = pathPoints(t, null, cityBaseT, cityBaseT);
    const targetYear = t.neutralityYear ?? cityPath[cityPath.length - 1]?.year ?? null;
    const city = figures({ balance: totals, path: cityPath, baseYear, targetYear, measures });
    const latest = years.find((y) => y.year === city.latestYear) ?? null;
    const sectorFigures: EmissionSectorFigures[] = [];
    for (const sector of sectors) {
      const series = years.flatMap((y) => y.sectors.filter((s) => s.sectorId === sector.id).map((s) => ({ year: y.year, t: s.tCo2e })));
      const measureCount = measures.filter((m) => m.emissionSectorId === sector.id).length;
      if (!series.length && !measureCount) continue;
      const sectorBaseT = baseYear === null ? null : (series.find((s) => s.year === baseYear)?.t ?? null);
      const path = pathPoints(t, sector.id, sectorBaseT, cityBaseT);
      sectorFigures.push({
        sector,
        measureCount,
        ...figures({ balance: series, path, baseYear, targetYear, measures, sector: sector.id }),
      });
    }
    return {
      ...city,
      hasBalance: totals.length > 0,
      hasTargets: t.version > 0,
      pathMode: t.pathMode,
      latestPerCapitaT: latest?.perCapitaT ?? null,
      latestTotalMismatch: latest?.totalMismatch ?? false,
      unassignedReductionT: targetYear === null ? 0 : reductionsIn(measures, targetYear, targetYear, null).expectedT,
      sectors: sectorFigures,
      budget: t.budgetT !== null && t.budgetStartYear !== null ? budgetFigures(t.budgetT, t.budgetStartYear, totals) : null,
    };
  }

  async ranking(): Promise<EmissionMeasureRanking> {
    const manager = this.dataSource.manager;
    const t = await this.targets(null, manager);
    const sectors = new Map((await manager.find(EmissionSectorEntity)).map((s) => [s.id, s]));
    const targetYear = t.neutralityYear ?? (t.pathMode === 'POINTS' ? Math.max(...t.pathPoints.map((p) => p.year), -Infinity) : -Infinity);
    const horizon = Number.isFinite(targetYear) ? targetYear : null;
    const effects: EmissionMeasureEffect[] = (await this.measures(manager))
      .filter((m) => m.status !== 'CANCELLED')
      .map((m) => {
        const e = effectOf(m, horizon);
        const sector = m.emissionSectorId ? sectors.get(m.emissionSectorId) : undefined;
        return {
          id: m.id,
          code: m.code,
          title: m.title,
          status: m.status,
          sector: sector ? { id: sector.id, code: sector.code, name: sector.name } : null,
          reductionTPerYear: e.reductionTPerYear,
          achievedTPerYear: m.ghgReductionAchievedT,
          startYear: e.startYear,
          lifetimeYears: m.lifetimeYears,
          effectiveYears: e.effectiveYears,
          costEstimateEur: m.costEstimateEur,
          lifetimeReductionT: e.lifetimeReductionT,
          eurPerTonne: e.eurPerTonne,
          activeInTargetYear: e.activeInTargetYear,
          missing: e.missing,
        };
      });
    const byCode = (a: EmissionMeasureEffect, b: EmissionMeasureEffect) => a.code.localeCompare(b.code, 'de', { numeric: true });
    return {
      targetYear: horizon,
      byReduction: effects
        .filter((e) => e.reductionTPerYear !== null)
        .sort((a, b) => (b.reductionTPerYear ?? 0) - (a.reductionTPerYear ?? 0) || byCode(a, b)),
      byCostPerTonne: effects
        .filter((e) => e.eurPerTonne !== null)
        .sort((a, b) => (a.eurPerTonne ?? 0) - (b.eurPerTonne ?? 0) || byCode(a, b)),
      withoutEstimate: effects.filter((e) => e.eurPerTonne === null).sort(byCode),
    };
  }

  async publicEmissions(): Promise<PublicEmissions> {
    const manager = this.dataSource.manager;
    const t = await this.targets(null, manager);
    const licence = { ...OPEN_DATA_LICENCE };
    if (!t.published) return { published: false, baseYear: null, neutralityYear: null, balance: [], path: [], licence };
    const { years } = await loadBalance(manager);
    const totals = years.filter((y) => y.totalT !== null);
    const baseYear = t.baseYear ?? totals[0]?.year ?? null;
    const baseT = totals.find((y) => y.year === baseYear)?.totalT ?? null;
    return {
      published: true,
      baseYear,
      neutralityYear: t.neutralityYear,
      balance: totals.map((y) => ({ year: y.year, tCo2e: y.totalT as number, population: y.population })),
      path: yearlySeries(pathPoints(t, null, baseT, baseT)).map((p) => ({ year: p.year, tCo2e: p.t })),
      licence,
    };
  }

  /** The published balance and path as CSV (UTF-8 with BOM, `;`), as the measures' open data; only a header while unpublished. */
  async publicEmissionsCsv(): Promise<string> {
    const data = await this.publicEmissions();
    const columns = OPEN_DATA_EMISSIONS_CSV_COLUMNS.map((c) => c.name);
    const rows = [
      ...data.balance.map((b) => [b.year, 'bilanz', b.tCo2e, b.population ?? '', OPEN_DATA_LICENCE.id]),
      ...data.path.map((p) => [p.year, 'zielpfad', p.tCo2e, '', OPEN_DATA_LICENCE.id]),
    ];
    return '\uFEFF' + stringify(rows, { delimiter: ';', header: true, columns, record_delimiter: '\r\n' });
  }

  private async measures(manager: EntityManager): Promise<(MeasureForEffect & { code: string; title: string; status: MeasureStatus })[]> {
    return manager.find(MeasureEntity, { select: MEASURE_COLUMNS, where: { archivedAt: IsNull() }, order: { code: 'ASC' } });
  }
}

/** Writes the one target row (creating it on version 0) with optimistic locking. */
export async function writeTargets(manager: EntityManager, version: number, columns: Partial<EmissionTargetsEntity>): Promise<void> {
  if (version === 0) {
    if (await manager.count(EmissionTargetsEntity)) throw staleVersion('Die Klimaziele');
    await manager.insert(EmissionTargetsEntity, {
      id: randomUUID(),
      interimTargets: [],
      pathPoints: [],
      pathMode: 'LINEAR',
      published: false,
      ...columns,
    });
    return;
  }
  const row = (await manager.find(EmissionTargetsEntity, { take: 1 }))[0];
  const result = await manager.update(EmissionTargetsEntity, { id: row.id, version }, { ...columns, version: version + 1 });
  if (!result.affected) throw staleVersion('Die Klimaziele');
}

function targetChanges(before: EmissionTargets, after: EmissionTargets) {
  const fields = [
    'baseYear',
    'neutralityYear',
    'residualT',
    'pathMode',
    'interimTargets',
    'pathPoints',
    'budgetT',
    'budgetStartYear',
    'published',
  ] as const;
  return fields
    .filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .map((f) => ({ field: f, before: before[f] as unknown, after: after[f] as unknown }));
}

function checkTargets(dto: EmissionTargetsInputDto, points: { year: number; sectorId: string | null }[]) {
  const { baseYear, neutralityYear } = dto;
  if (baseYear !== null && neutralityYear !== null && neutralityYear <= baseYear) {
    throw fieldError('neutralityYear', 'Das Zieljahr der Klimaneutralität muss nach dem Basisjahr liegen.');
  }
  const seen = new Set<string>();
  dto.interimTargets.forEach((t, i) => {
    if (t.kind === 'PERCENT_BELOW_BASE' && t.value > 100)
      throw fieldError(`interimTargets.${i}.value`, 'Eine Minderung in Prozent kann höchstens 100 betragen.');
    if (t.kind === 'PERCENT_BELOW_BASE' && baseYear === null)
      throw fieldError(`interimTargets.${i}.kind`, 'Ein Ziel in Prozent unter dem Basisjahr braucht ein Basisjahr.');
    if (baseYear !== null && t.year <= baseYear)
      throw fieldError(`interimTargets.${i}.year`, `Das Zwischenziel ${t.year} muss nach dem Basisjahr ${baseYear} liegen.`);
    if (neutralityYear !== null && t.year > neutralityYear)
      throw fieldError(`interimTargets.${i}.year`, `Das Zwischenziel ${t.year} liegt nach dem Zieljahr ${neutralityYear}.`);
    const key = `${t.year}|${t.sectorId ?? ''}`;
    if (seen.has(key)) throw fieldError(`interimTargets.${i}`, `Für ${t.year} gibt es schon ein Zwischenziel (gleicher Sektor).`);
    seen.add(key);
  });
  const pointKeys = new Set<string>();
  points.forEach((p, i) => {
    const key = `${p.year}|${p.sectorId ?? ''}`;
    if (pointKeys.has(key)) throw fieldError(`pathPoints.${i}`, `Für ${p.year} gibt es schon einen Pfadpunkt (gleicher Sektor).`);
    pointKeys.add(key);
  });
  if (dto.pathMode === 'POINTS' && !points.length) throw fieldError('pathPoints', 'Die Pfadart POINTS braucht mindestens einen Pfadpunkt.');
  if (dto.budgetT !== null && dto.budgetT !== undefined && (dto.budgetStartYear === null || dto.budgetStartYear === undefined)) {
    throw fieldError('budgetStartYear', 'Ein CO2-Budget braucht ein Startjahr.');
  }
}
