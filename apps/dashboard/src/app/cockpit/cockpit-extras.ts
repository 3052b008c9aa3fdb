import type { DashboardSummary } from '@klimaschutz/contracts';

/**
 * Trainings, consultations and climate checks come to the summary from other features. Until their
 * own charts exist, whatever figures they deliver are shown as a plain list.
 */
export interface ExtraSection {
  id: 'trainings' | 'consultations' | 'climateChecks';
  title: string;
  entries: { key: string; label: string; value: number }[];
}

const TITLES: Record<ExtraSection['id'], string> = {
  trainings: 'Schulungen',
  consultations: 'Beratungen',
  climateChecks: 'Klimachecks',
};

/** German words for keys the features are likely to use; anything else is shown as sent. */
const KEY_LABELS: Record<string, string> = {
  total: 'gesamt',
  planned: 'geplant',
  held: 'durchgeführt',
  cancelled: 'abgesagt',
  participants: 'Teilnehmende',
  requested: 'angefragt',
  scheduled: 'terminiert',
  done: 'erledigt',
  declined: 'abgelehnt',
  effortHours: 'Aufwand (Stunden)',
  draft: 'Entwurf',
  submitted: 'eingereicht',
  reviewed: 'geprüft',
  open: 'offen',
};

export function extraLabel(key: string): string {
  return KEY_LABELS[key] ?? KEY_LABELS[key.toLowerCase()] ?? key;
}

export function extraSections(summary: Pick<DashboardSummary, 'trainings' | 'consultations' | 'climateChecks'>): ExtraSection[] {
  return (['trainings', 'consultations', 'climateChecks'] as const)
    .map((id) => ({
      id,
      title: TITLES[id],
      entries: Object.entries(summary[id] ?? {})
        .filter(([, value]) => typeof value === 'number')
        .map(([key, value]) => ({ key, label: extraLabel(key), value })),
    }))
    .filter((section) => section.entries.length > 0);
}
