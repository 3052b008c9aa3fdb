import {
  CLIMATE_CRITERIA,
  type ClimateCheck,
  type ClimateCheckSummary,
  type ClimateCriteria,
  type ClimateImpact,
} from '@klimaschutz/contracts';
import type { AuthUser } from '../auth/auth-user';
import { stabsstellePolicy } from '../auth/policy';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import { byMeasureCode, toLinkedMeasure, toPersonRef } from '../stabsstelle/record-mapping';
import { ClimateCheckEntity, CRITERION_COLUMNS } from './climate-check.entity';

type CriterionColumns = Record<string, ClimateImpact | string | null>;

export const impactColumn = (criterion: keyof typeof CRITERION_COLUMNS) => `${CRITERION_COLUMNS[criterion]}Impact` as const;
export const reasonColumn = (criterion: keyof typeof CRITERION_COLUMNS) => `${CRITERION_COLUMNS[criterion]}Reason` as const;

export function criteriaOf(c: ClimateCheckEntity): ClimateCriteria {
  const row = c as unknown as CriterionColumns;
  return Object.fromEntries(
    CLIMATE_CRITERIA.map((k) => [
      k,
      { impact: (row[impactColumn(k)] as ClimateImpact | null) ?? null, reason: row[reasonColumn(k)] ?? null },
    ]),
  ) as ClimateCriteria;
}

export const hasNegativeImpact = (c: ClimateCheckEntity) => CLIMATE_CRITERIA.some((k) => c[impactColumn(k)] === 'NEGATIVE');

export function toClimateCheckSummary(c: ClimateCheckEntity): ClimateCheckSummary {
  return {
    id: c.id,
    subjectType: c.subjectType,
    reference: c.reference,
    title: c.title,
    orgUnit: toOrgUnitRef(c.orgUnit!),
    status: c.status,
    climateRelevant: c.climateRelevant,
    hasNegativeImpact: hasNegativeImpact(c),
    submittedAt: c.submittedAt ? c.submittedAt.toISOString() : null,
    reviewedAt: c.reviewedAt ? c.reviewedAt.toISOString() : null,
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

export function toClimateCheck(c: ClimateCheckEntity, user: AuthUser): ClimateCheck {
  const author = c.status === 'DRAFT' && stabsstellePolicy.mayActFor(user, c.orgUnitId);
  return {
    ...toClimateCheckSummary(c),
    description: c.description,
    relevanceReason: c.relevanceReason,
    criteria: criteriaOf(c),
    estimatedGhgEffectT: c.estimatedGhgEffectT,
    alternatives: c.alternatives,
    statement: c.statement,
    linkedMeasures: [...(c.linkedMeasures ?? [])].sort(byMeasureCode).map(toLinkedMeasure),
    createdBy: toPersonRef(c.createdBy),
    submittedBy: toPersonRef(c.submittedBy),
    reviewedBy: toPersonRef(c.reviewedBy),
    createdAt: c.createdAt.toISOString(),
    permissions: {
      edit: author,
      submit: author,
      review: c.status === 'SUBMITTED' && stabsstellePolicy.mayReviewClimateChecks(user),
      delete: author,
    },
  };
}
