import { ConflictException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { diff, type RecordAudit } from '../audit/audit.service';
import { fieldError } from '../common/errors';
import { ReportingPeriodEntity } from './reporting-period.entity';

/** The record type of a reporting period in the change history. */
export const REPORTING_PERIOD_RECORD = 'reporting_period';
export const REPORTING_PERIOD_AUDITED = ['name', 'startDate', 'endDate', 'dueDate', 'closed'] as const;

export type NewReportingPeriod = Pick<ReportingPeriodEntity, 'name' | 'startDate' | 'endDate' | 'dueDate'> & { closed?: boolean };

export const duplicatePeriodName = (name: string) =>
  new ConflictException({
    detail: `Ein Berichtszeitraum mit dem Namen „${name}“ existiert bereits.`,
    errors: [{ field: 'name', message: `Der Name „${name}“ ist bereits vergeben.` }],
  });

export function checkPeriodDates(p: { startDate: string; endDate: string; dueDate: string }) {
  if (p.endDate < p.startDate) throw fieldError('endDate', 'Das Ende des Berichtszeitraums liegt vor seinem Beginn.');
  if (p.dueDate < p.startDate) throw fieldError('dueDate', 'Die Abgabefrist liegt vor dem Beginn des Berichtszeitraums.');
}

/** Creates a period — from the dashboard or an import — with the same checks and history entry. */
export async function createReportingPeriod(
  manager: EntityManager,
  audit: RecordAudit,
  values: NewReportingPeriod,
): Promise<ReportingPeriodEntity> {
  checkPeriodDates(values);
  if (await manager.existsBy(ReportingPeriodEntity, { name: values.name })) throw duplicatePeriodName(values.name);
  const closed = values.closed ?? false;
  const entity = manager.create(ReportingPeriodEntity, {
    ...values,
    closed,
    closedAt: closed ? new Date() : null,
    id: randomUUID(),
    version: 1,
  });
  await manager.insert(ReportingPeriodEntity, entity);
  await audit(manager, {
    action: 'CREATE',
    entityType: REPORTING_PERIOD_RECORD,
    entityId: entity.id,
    entityLabel: entity.name,
    changes: diff({}, entity, REPORTING_PERIOD_AUDITED),
  });
  return entity;
}
