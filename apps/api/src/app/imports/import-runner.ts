import type { ImportColumn, ImportMapping } from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { applyPlan, type ApplyResult, type ImportChoices } from './import-apply';
import type { RawTable } from './import-file';
import { readUpload } from './read-upload';
import { buildPlan, detectColumns } from './import-plan';

export interface Analysis {
  table: RawTable;
  detectedColumns: ImportColumn[];
  mapping: ImportMapping;
}

/** Thrown by `commit` when the file has errors: the transaction is rolled back, nothing is written. */
export class ImportRejected extends Error {
  constructor(readonly result: ApplyResult) {
    super(`Die Datei hat ${result.errors.length} Fehler; es wurde nichts importiert.`);
  }
}

/**
 * The one import path, used by the wizard's API and by `npm run import`: read → recognise columns →
 * plan → preview (a dry run against the database) → commit (the same run, writing, in one transaction).
 */
export class ImportRunner {
  private readonly audit: AuditService;

  constructor(private readonly dataSource: DataSource) {
    this.audit = new AuditService(dataSource.getRepository(AuditEventEntity));
  }

  async analyse(buffer: Buffer, fileName: string): Promise<Analysis> {
    const table = await readUpload(buffer, fileName);
    const { columns, mapping } = detectColumns(table.headers);
    return { table, detectedColumns: columns, mapping };
  }

  async preview(table: RawTable, mapping: ImportMapping, fileName: string, choices: ImportChoices = {}): Promise<ApplyResult> {
    const plan = buildPlan(table, mapping);
    return applyPlan(this.dataSource.manager, plan, {
      ...choices,
      dryRun: true,
      fileName,
      importId: randomUUID(),
      actor: null,
      audit: async () => undefined,
    });
  }

  async commit(
    table: RawTable,
    mapping: ImportMapping,
    context: ImportChoices & {
      fileName: string;
      importId: string;
      actor: { id: string | null; displayName: string } | null;
      onProgress?: (p: number) => void;
    },
  ): Promise<ApplyResult> {
    const plan = buildPlan(table, mapping);
    if (plan.errors.length) {
      throw new ImportRejected(
        await this.preview(table, mapping, context.fileName, {
          defaultLeadOrgUnit: context.defaultLeadOrgUnit,
          masterData: context.masterData,
        }),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const result = await applyPlan(manager, plan, {
        dryRun: false,
        ...context,
        audit: (m, entry) =>
          this.audit.record(m, context.actor?.id ? { id: context.actor.id, displayName: context.actor.displayName } : null, entry),
      });
      if (result.errors.length) throw new ImportRejected(result);
      return result;
    });
  }
}
