import { BadRequestException, Injectable } from '@nestjs/common';
import type {
  EmissionImportPreview,
  EmissionImportResult,
  EmissionImportRule,
  EmissionPathPoint,
  EmissionSector,
} from '@klimaschutz/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { fieldError } from '../common/errors';
import { ImportFileError, type RawTable } from '../imports/import-file';
import { readUpload } from '../imports/read-upload';
import { tidy, totalsDisagree } from './emission-path';
import { codeFromName, matchSector, normaliseName, parseBalance, type KnownSector, type ParsedBalance } from './emission-import';
import { EmissionSectorEntity, EmissionTargetsEntity, EmissionValueEntity, EmissionYearEntity } from './emission.entities';
import type { EmissionImportApplyDto } from './emissions.dto';
import { toSector, writeTargets } from './emissions.service';

export interface UploadedBalanceFile {
  originalname: string;
  buffer: Buffer;
}

interface Plan {
  parsed: ParsedBalance;
  /** Sector key (normalised name as written) → existing sector or the new one to create. */
  sectors: Map<string, { name: string; code: string; existing: KnownSector | null; rows: number }>;
  existingYears: Set<number>;
}

/**
 * The balance import: POST a file → preview (nothing stored); POST the same file with the preview's
 * token and the decisions → applied in one transaction, or nothing at all. The token is the file's
 * SHA-256, so no state is kept between the two calls and any instance can apply.
 */
@Injectable()
export class EmissionImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async preview(file: UploadedBalanceFile | undefined): Promise<EmissionImportPreview> {
    const { table, fileName, token } = await this.read(file);
    const plan = await this.plan(this.dataSource.manager, table);
    const { parsed } = plan;
    const years = [...new Set([...parsed.values.map((v) => v.year), ...parsed.population.keys()])].sort((a, b) => a - b);
    return {
      token,
      fileName,
      format: parsed.format,
      unit: parsed.unit,
      dataRows: parsed.dataRows,
      balanceValues: parsed.values.length,
      years: years.map((year) => {
        const ofYear = parsed.values.filter((v) => v.year === year);
        const parts = ofYear.filter((v) => v.sectorName !== null);
        const totals = ofYear.filter((v) => v.sectorName === null);
        const sectorSumT = parts.length ? tidy(parts.reduce((s, v) => s + v.tCo2e, 0)) : null;
        const reportedTotalT = totals.length ? tidy(totals.reduce((s, v) => s + v.tCo2e, 0)) : null;
        return {
          year,
          sectorSumT,
          reportedTotalT,
          population: parsed.population.get(year) ?? null,
          exists: plan.existingYears.has(year),
          totalMismatch: sectorSumT !== null && reportedTotalT !== null && totalsDisagree(reportedTotalT, sectorSumT),
        };
      }),
      sectors: [...plan.sectors.values()].map((s) => ({
        name: s.name,
        code: s.existing?.code ?? s.code,
        existingId: s.existing?.id ?? null,
        isNew: !s.existing,
        rows: s.rows,
      })),
      pathPoints: parsed.pathPoints,
      rules: parsed.rules,
      canApply: !parsed.rules.some((r) => r.severity === 'ERROR'),
    };
  }

  async apply(file: UploadedBalanceFile | undefined, dto: EmissionImportApplyDto, user: AuthUser): Promise<EmissionImportResult> {
    const { table, fileName, token } = await this.read(file);
    if (dto.token !== token) {
      throw fieldError('token', 'Die Datei ist nicht die der Vorschau (anderer Inhalt). Bitte die Vorschau neu erstellen.');
    }
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plan(manager, table);
      const errors = plan.parsed.rules.filter((r) => r.severity === 'ERROR');
      if (errors.length) throw importRefused(errors);
      const { parsed } = plan;

      const sectorsCreated: EmissionSector[] = [];
      const sectorIds = new Map<string, string>();
      for (const [key, s] of plan.sectors) {
        if (s.existing) {
          sectorIds.set(key, s.existing.id);
          continue;
        }
        const max = (await manager.find(EmissionSectorEntity, { order: { sortOrder: 'DESC' }, take: 1 }))[0]?.sortOrder ?? 0;
        const entity = manager.create(EmissionSectorEntity, {
          id: randomUUID(),
          code: s.code,
          name: s.name,
          sortOrder: max + 10,
          bisko: false,
        });
        await manager.insert(EmissionSectorEntity, entity);
        sectorIds.set(key, entity.id);
        sectorsCreated.push(toSector(entity));
        await this.audit.record(manager, user, {
          action: 'CREATE',
          entityType: 'emission-sector',
          entityId: entity.id,
          entityLabel: `${entity.code} ${entity.name}`,
          changes: [{ field: 'name', before: null, after: entity.name }],
        });
      }

      const years = [...new Set([...parsed.values.map((v) => v.year), ...parsed.population.keys()])].sort((a, b) => a - b);
      const yearsWritten: number[] = [];
      const yearsKept: number[] = [];
      let valuesWritten = 0;
      for (const year of years) {
        const existing = await manager.findOne(EmissionYearEntity, { where: { year } });
        if (existing && dto.existingYears === 'KEEP') {
          yearsKept.push(year);
          continue;
        }
        const values = parsed.values.filter((v) => v.year === year);
        const population = parsed.population.get(year) ?? null;
        let yearId: string;
        if (existing) {
          // Replacing a year keeps a population the file does not give.
          const result = await manager.update(
            EmissionYearEntity,
            { id: existing.id, version: existing.version },
            { population: population ?? existing.population, version: existing.version + 1 },
          );
          if (!result.affected) throw fieldError('existingYears', `Die Bilanz ${year} wurde gerade geändert. Bitte erneut importieren.`);
          await manager.delete(EmissionValueEntity, { yearId: existing.id });
          yearId = existing.id;
        } else {
          yearId = randomUUID();
          await manager.insert(EmissionYearEntity, { id: yearId, year, population, note: null });
        }
        if (values.length) {
          await manager.insert(
            EmissionValueEntity,
            values.map((v) => ({
              id: randomUUID(),
              yearId,
              sectorId: v.sectorName === null ? null : sectorIds.get(normaliseName(v.sectorName))!,
              energyCarrier: v.energyCarrier,
              tCo2e: v.tCo2e,
              dataQuality: v.dataQuality,
              source: v.source ?? `Import ${fileName}`.slice(0, 500),
            })),
          );
        }
        valuesWritten += values.length;
        yearsWritten.push(year);
        await this.audit.record(manager, user, {
          action: existing ? 'UPDATE' : 'CREATE',
          entityType: 'emission-year',
          entityId: yearId,
          entityLabel: `THG-Bilanz ${year}`,
          changes: [
            { field: 'values', before: null, after: values.length },
            { field: 'totalT', before: null, after: tidy(values.reduce((s, v) => s + v.tCo2e, 0)) },
            { field: 'source', before: null, after: `Import ${fileName}` },
          ],
        });
      }

      let pathPointsWritten = 0;
      if (parsed.pathPoints.length && dto.usePlanRowsAsPath !== 'false') {
        const points: EmissionPathPoint[] = parsed.pathPoints.map((p) => ({
          year: p.year,
          tCo2e: p.tCo2e,
          sectorId: p.sectorName === null ? null : sectorIds.get(normaliseName(p.sectorName))!,
        }));
        const row = (await manager.find(EmissionTargetsEntity, { take: 1 }))[0];
        const balanceYears = parsed.values.map((v) => v.year);
        const cityZero = parsed.pathPoints.filter((p) => p.sectorName === null && p.tCo2e === 0).map((p) => p.year);
        const columns: Partial<EmissionTargetsEntity> = {
          pathMode: 'POINTS',
          pathPoints: points,
          baseYear: row?.baseYear ?? (balanceYears.length ? Math.min(...balanceYears) : null),
          neutralityYear: row?.neutralityYear ?? (cityZero.length ? Math.min(...cityZero) : null),
        };
        await writeTargets(manager, row?.version ?? 0, columns);
        await this.audit.record(manager, user, {
          action: row ? 'UPDATE' : 'CREATE',
          entityType: 'emission-targets',
          entityId: (await manager.find(EmissionTargetsEntity, { take: 1 }))[0].id,
          entityLabel: 'Klimaziele und Zielpfad',
          changes: [
            { field: 'pathMode', before: row?.pathMode ?? null, after: 'POINTS' },
            { field: 'pathPoints', before: row?.pathPoints ?? null, after: points },
          ],
        });
        pathPointsWritten = points.length;
      }
      return { yearsWritten, yearsKept, sectorsCreated, valuesWritten, pathPointsWritten, rules: parsed.rules };
    });
  }

  private async read(file: UploadedBalanceFile | undefined): Promise<{ table: RawTable; fileName: string; token: string }> {
    if (!file) throw fieldError('file', 'Bitte eine Datei im Feld „file“ hochladen (CSV oder XLSX).');
    const fileName = file.originalname.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || 'bilanz.csv';
    try {
      const table = await readUpload(file.buffer, fileName);
      return { table, fileName, token: createHash('sha256').update(file.buffer).digest('hex') };
    } catch (error) {
      if (error instanceof ImportFileError) throw fieldError('file', error.message);
      throw error;
    }
  }

  private async plan(manager: EntityManager, table: RawTable): Promise<Plan> {
    const known = await manager.find(EmissionSectorEntity, { order: { sortOrder: 'ASC' } });
    const parsed = parseBalance(table, known);
    const sectors: Plan['sectors'] = new Map();
    const codes = new Set(known.map((s) => s.code));
    for (const [key, s] of parsed.sectorNames) {
      const existing = matchSector(s.name, known);
      let code = existing?.code ?? codeFromName(s.name);
      if (!existing) {
        const stem = code.slice(0, 36);
        for (let n = 2; codes.has(code); n++) code = `${stem}_${n}`;
        codes.add(code);
      }
      sectors.set(key, { name: s.name, code, existing, rows: s.rows });
    }
    const existingYears = new Set((await manager.find(EmissionYearEntity, { select: { year: true } })).map((y) => y.year));
    return { parsed, sectors, existingYears };
  }
}

/** A 400 naming every error rule with its lines; nothing has been written. */
function importRefused(errors: EmissionImportRule[]) {
  return new BadRequestException({
    detail: `Die Datei kann nicht übernommen werden: ${errors.length} Fehler. Es wurde nichts gespeichert.`,
    errors: errors.map((r) => ({
      field: r.lines.length ? `Zeile ${r.lines.join(', ')}` : 'file',
      message: `Regel ${r.number}: ${r.message}`,
    })),
  });
}
