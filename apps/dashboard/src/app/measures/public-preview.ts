import type { Measure, PublicMeasure } from '@klimaschutz/contracts';

/**
 * What the public card will show once the form is saved: the same fields, with the summary as
 * typed (trimmed, empty = none) — the same mapping the API applies to a published measure.
 */
export function toPublicPreview(measure: Measure, publicSummary: string, departmentEmail: string | null): PublicMeasure {
  return {
    id: measure.id,
    code: measure.code,
    title: measure.title,
    publicSummary: publicSummary.trim() || null,
    status: measure.status,
    progressPercent: measure.progressPercent,
    fieldOfAction: { ...measure.fieldOfAction },
    responsibleDepartment: { name: measure.leadOrgUnit.name, email: departmentEmail },
    plannedStart: measure.plannedStart,
    plannedEnd: measure.plannedEnd,
    updatedAt: measure.updatedAt,
  };
}
