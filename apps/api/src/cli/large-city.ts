import { ASSESSMENTS, MEASURE_STATUSES, type Assessment, type MeasureStatus } from '@klimaschutz/contracts';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { hashPassword } from '../app/auth/password';
import { ClimateCheckEntity } from '../app/climate-checks/climate-check.entity';
import { ConsultationEntity } from '../app/consultations/consultation.entity';
import { FieldOfActionEntity } from '../app/fields-of-action/field-of-action.entity';
import { seedSnapshotHistory } from '../app/cockpit/snapshot-history';
import { MeasureEntity } from '../app/measures/measure.entity';
import { MilestoneEntity } from '../app/measures/milestone.entity';
import { OrgUnitEntity } from '../app/org-units/org-unit.entity';
import { ProgressReportEntity } from '../app/reporting/progress-report.entity';
import { ReportingPeriodEntity } from '../app/reporting/reporting-period.entity';
import { TrainingEntity, TrainingRegistrationEntity } from '../app/trainings/training.entity';
import { UserEntity } from '../app/users/user.entity';
import { EmissionSectorEntity, EmissionTargetsEntity } from '../app/emissions/emission.entities';
import { ensureDefaultSectors } from '../app/emissions/emissions.service';
import { SECTOR_OF_FIELD, writeBalance } from '../app/seed/demo-emissions';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same city, so benchmark runs compare. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, uuid };
}

export const LARGE_CITY_PASSWORD = 'Grossstadt-Bench-2026';

export interface LargeCityCounts {
  orgUnits: number;
  users: number;
  fieldsOfAction: number;
  measures: number;
  milestones: number;
  periods: number;
  progressReports: number;
  trainings: number;
  consultations: number;
  climateChecks: number;
  snapshots: number;
  emissionYears: number;
}

const TOPICS = [
  'Wärmenetz',
  'Photovoltaik',
  'Radverkehr',
  'Gebäudesanierung',
  'Elektromobilität',
  'Stadtgrün',
  'Energieberatung',
  'Beschaffung',
  'ÖPNV',
  'Quartierskonzept',
  'Klimaanpassung',
  'Bildung',
];
const PLACES = ['Nord', 'Süd', 'Ost', 'West', 'Innenstadt', 'Hafen', 'Altstadt', 'Gewerbegebiet', 'Hochschule', 'Bahnhof'];
const FIELDS = [
  ['E', 'Energieversorgung', '#1b5e20'],
  ['G', 'Gebäude', '#0d47a1'],
  ['M', 'Mobilität', '#4a148c'],
  ['W', 'Wirtschaft', '#7b3f00'],
  ['V', 'Verwaltung', '#263238'],
  ['B', 'Bildung', '#880e4f'],
  ['A', 'Anpassung', '#004d40'],
  ['S', 'Stadtentwicklung', '#3e2723'],
] as const;

async function insertChunked<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[], chunk = 300) {
  for (let i = 0; i < rows.length; i += chunk) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + chunk) as never)
      .updateEntity(false)
      .execute();
  }
}

/**
 * A big city for benchmarks: ≥ 100 org units, ≥ 2,000 measures, ≥ 40,000 progress reports,
 * trainings, consultations and climate checks, and a year of daily snapshots. Deterministic from `seed`.
 */
export async function generateLargeCity(manager: EntityManager, seed = 2026, scale = 1): Promise<LargeCityCounts> {
  const r = prng(seed);
  const now = new Date('2026-11-24T08:00:00Z');
  const passwordHash = await hashPassword(LARGE_CITY_PASSWORD);

  // Org units: 10 Dezernate with 11 Ämter each, plus the Stabsstelle and municipal companies.
  const orgUnits: Partial<OrgUnitEntity>[] = [];
  const root = {
    id: r.uuid(),
    code: 'OB',
    name: 'Oberbürgermeister/in',
    kind: 'DEZERNAT' as const,
    parentId: null,
    email: 'ob@grossstadt.example',
    active: true,
  };
  orgUnits.push(root);
  const stabsstelle = {
    id: r.uuid(),
    code: 'KS',
    name: 'Stabsstelle Klimaschutz',
    kind: 'STABSSTELLE' as const,
    parentId: root.id,
    email: 'klimaschutz@grossstadt.example',
    active: true,
  };
  orgUnits.push(stabsstelle);
  const departments: Partial<OrgUnitEntity>[] = [];
  for (let d = 1; d <= 10; d++) {
    const dez = {
      id: r.uuid(),
      code: `D${d}`,
      name: `Dezernat ${d}`,
      kind: 'DEZERNAT' as const,
      parentId: root.id,
      email: null,
      active: true,
    };
    orgUnits.push(dez);
    for (let a = 1; a <= Math.round(11 * scale); a++) {
      const amt = {
        id: r.uuid(),
        code: `${d}${String(a).padStart(2, '0')}`,
        name: `Amt für ${r.pick(TOPICS)} ${d}.${a}`,
        kind: 'FACHBEREICH' as const,
        parentId: dez.id,
        email: `amt${d}${a}@grossstadt.example`,
        active: true,
      };
      orgUnits.push(amt);
      departments.push(amt);
    }
  }
  await insertChunked(manager, OrgUnitEntity, orgUnits);

  const users: Partial<UserEntity>[] = [
    { id: r.uuid(), email: 'admin@grossstadt.example', displayName: 'Admin', role: 'ADMIN' as const, orgUnitId: null },
    {
      id: r.uuid(),
      email: 'klimaschutz@grossstadt.example',
      displayName: 'Klimaschutzmanagerin',
      role: 'CLIMATE_MANAGER' as const,
      orgUnitId: stabsstelle.id!,
    },
    {
      id: r.uuid(),
      email: 'leitung@grossstadt.example',
      displayName: 'Verwaltungsleitung',
      role: 'EXECUTIVE' as const,
      orgUnitId: root.id!,
    },
    ...departments.map((d) => ({
      id: r.uuid(),
      email: `fb-${d.code}@grossstadt.example`,
      displayName: `Fachbereich ${d.code}`,
      role: 'DEPARTMENT' as const,
      orgUnitId: d.id!,
    })),
  ].map((u) => ({ ...u, active: true, passwordHash, emailNotifications: true, lastLoginAt: null }));
  await insertChunked(manager, UserEntity, users);
  const climateManager = users[1];

  const fields = FIELDS.map(([code, name, colour], i) => ({ id: r.uuid(), code, name, colour, sortOrder: i + 1, description: null }));
  await insertChunked(manager, FieldOfActionEntity, fields);

  const measureCount = Math.round(2400 * scale);
  // The GHG balance's sectors (BISKO defaults), so measures can name the one they act on (issue #17).
  await ensureDefaultSectors(manager);
  const sectorIds = new Map((await manager.find(EmissionSectorEntity)).map((s) => [s.code, s.id]));
  const measures: Partial<MeasureEntity>[] = [];
  const participants: { measureId: string; orgUnitId: string }[] = [];
  const milestones: Partial<MilestoneEntity>[] = [];
  for (let i = 1; i <= measureCount; i++) {
    const field = r.pick(fields);
    const lead = r.pick(departments);
    const status = r.pick(MEASURE_STATUSES) as MeasureStatus;
    const assessment = (status === 'PLANNED' ? 'NOT_ASSESSED' : r.pick(ASSESSMENTS)) as Assessment;
    const topic = r.pick(TOPICS);
    const title = `${topic} ${r.pick(PLACES)} – Maßnahme ${i}`;
    const startYear = r.int(2021, 2026);
    const id = r.uuid();
    const target = r.next() < 0.7 ? r.int(5, 5000) : null;
    measures.push({
      id,
      code: `${field.code}-${String(i).padStart(4, '0')}`,
      title,
      summary: `Kurzbeschreibung der Maßnahme ${i} zum Thema ${topic}.`,
      description: `Ausführliche Beschreibung: Die Stadt setzt im Bereich ${topic} die Maßnahme ${i} um. Beteiligt sind mehrere Ämter.`,
      goal: `Ziel bis ${startYear + 4}: messbare Minderung im Bereich ${topic}.`,
      fieldOfActionId: field.id,
      leadOrgUnitId: lead.id!,
      externalActors: r.next() < 0.3 ? 'Stadtwerke, Energieagentur' : null,
      targetGroup: 'Bürgerinnen und Bürger',
      priority: r.pick(['HIGH', 'MEDIUM', 'LOW'] as const),
      status,
      assessment,
      progressPercent: status === 'COMPLETED' ? 100 : status === 'PLANNED' ? 0 : r.int(5, 95),
      plannedStart: `${startYear}-0${r.int(1, 9)}-01`,
      plannedEnd: `${startYear + r.int(1, 5)}-12-31`,
      actualStart: status === 'PLANNED' ? null : `${startYear}-0${r.int(1, 9)}-15`,
      actualEnd: status === 'COMPLETED' ? `${Math.min(2026, startYear + 2)}-10-31` : null,
      costEstimateEur: r.int(10, 25000) * 1000,
      fundingSource: r.pick(['Kommunalrichtlinie (NKI)', 'Haushalt', 'BEG', null]),
      ghgReductionTargetT: target,
      ghgReductionAchievedT: target && status !== 'PLANNED' ? Math.round(target * r.next()) : null,
      // Derived from the number, not the generator, so every other figure stays as before.
      emissionSectorId: target !== null && i % 5 !== 0 ? (sectorIds.get(SECTOR_OF_FIELD[field.code] ?? '') ?? null) : null,
      lifetimeYears: target !== null ? [10, 15, 20, 25, 30, null][i % 6] : null,
      responsibleContact: `Sachgebiet ${lead.code}`,
      internalNotes: r.next() < 0.2 ? 'Interner Vermerk: Haushaltsmittel prüfen.' : null,
      published: r.next() < 0.5,
      publicSummary: `Die Stadt verbessert ${topic} im Bereich ${r.pick(PLACES)}.`,
      searchText: `${field.code}-${i} ${title} ${topic}`.toLocaleLowerCase('de-DE'),
      archivedAt: null,
    });
    const others = new Set<string>();
    for (let p = r.int(0, 3); p > 0; p--) {
      const other = r.pick(departments).id!;
      if (other !== lead.id) others.add(other);
    }
    for (const orgUnitId of others) participants.push({ measureId: id, orgUnitId });
    for (let m = 1; m <= 3; m++) {
      const done = r.next() < 0.5;
      const due = `${r.int(2024, 2028)}-${String(r.int(1, 12)).padStart(2, '0')}-15`;
      milestones.push({
        id: r.uuid(),
        measureId: id,
        title: `Meilenstein ${m}`,
        responsibleOrgUnitId: lead.id!,
        dueDate: due,
        state: done ? 'DONE' : 'OPEN',
        doneDate: done ? '2025-06-30' : null,
      });
    }
  }
  await insertChunked(manager, MeasureEntity, measures, 100);
  await insertChunked(manager, 'measure_participants', participants as never[], 500);
  await insertChunked(manager, MilestoneEntity, milestones, 300);

  // Twelve quarterly periods 2024–2026; the last one open.
  const periods: Partial<ReportingPeriodEntity>[] = [];
  for (let year = 2024; year <= 2026; year++) {
    for (let q = 1; q <= 4; q++) {
      const endMonth = q * 3;
      const end = new Date(Date.UTC(year, endMonth, 0)).toISOString().slice(0, 10);
      const due = new Date(Date.UTC(year, endMonth, 31)).toISOString().slice(0, 10);
      const open = year === 2026 && q === 4;
      periods.push({
        id: r.uuid(),
        name: `Q${q} ${year}`,
        startDate: `${year}-${String(endMonth - 2).padStart(2, '0')}-01`,
        endDate: end,
        dueDate: due,
        closed: !open,
        closedAt: open ? null : new Date(`${due}T12:00:00Z`),
      });
    }
  }
  await insertChunked(manager, ReportingPeriodEntity, periods);

  const reports: Partial<ProgressReportEntity>[] = [];
  const participantsOf = new Map<string, string[]>();
  for (const p of participants) participantsOf.set(p.measureId, [...(participantsOf.get(p.measureId) ?? []), p.orgUnitId]);
  for (const period of periods) {
    const open = !period.closed;
    for (const m of measures) {
      if (open && r.next() < 0.4) continue;
      const base = {
        measureId: m.id!,
        periodId: period.id!,
        authorId: null,
        authorName: 'Fachbereich',
        status: m.status!,
        assessment: r.pick(ASSESSMENTS) as Assessment,
        progressPercent: r.int(0, 100),
        text: `Sachstand ${period.name}: Arbeiten an ${m.title} laufen planmäßig.`,
        obstacles: r.next() < 0.3 ? 'Personalengpass im Fachamt.' : null,
        nextSteps: 'Ausschreibung vorbereiten.',
        milestonesReached: null,
        actualCostsEur: r.int(0, 500) * 1000,
        staffEffortHours: r.int(5, 400),
        ghgReductionAchievedT: null,
        submittedAt: new Date(`${period.dueDate}T09:00:00Z`),
        appliedToMeasure: false,
        supersedesId: null,
      };
      const reviewed = {
        reviewDecision: 'ACCEPT' as const,
        reviewComment: null,
        reviewedAt: new Date(`${period.dueDate}T15:00:00Z`),
        reviewerId: climateManager.id!,
        reviewerName: climateManager.displayName!,
      };
      if (open) {
        reports.push({
          ...base,
          id: r.uuid(),
          orgUnitId: m.leadOrgUnitId!,
          state: r.next() < 0.5 ? 'SUBMITTED' : 'ACCEPTED',
          revision: 1,
          ...(r.next() < 0.5 ? {} : reviewed),
        });
        continue;
      }
      if (r.next() < 0.1) {
        const first = r.uuid();
        reports.push({
          ...base,
          id: first,
          orgUnitId: m.leadOrgUnitId!,
          state: 'REVISION_REQUESTED',
          revision: 1,
          reviewDecision: 'REQUEST_REVISION',
          reviewComment: 'Bitte Kosten ergänzen.',
          reviewedAt: new Date(`${period.dueDate}T15:00:00Z`),
          reviewerId: climateManager.id!,
          reviewerName: climateManager.displayName!,
        });
        reports.push({
          ...base,
          id: r.uuid(),
          orgUnitId: m.leadOrgUnitId!,
          state: 'ACCEPTED',
          revision: 2,
          supersedesId: first,
          ...reviewed,
        });
      } else {
        reports.push({ ...base, id: r.uuid(), orgUnitId: m.leadOrgUnitId!, state: 'ACCEPTED', revision: 1, ...reviewed });
      }
      const part = participantsOf.get(m.id!);
      if (part && r.next() < 0.6) reports.push({ ...base, id: r.uuid(), orgUnitId: part[0], state: 'ACCEPTED', revision: 1, ...reviewed });
    }
  }
  await insertChunked(manager, ProgressReportEntity, reports, 150);

  const trainings: Partial<TrainingEntity>[] = [];
  const registrations: Partial<TrainingRegistrationEntity>[] = [];
  for (let i = 0; i < 300 * scale; i++) {
    const startsAt = new Date(now.getTime() + r.int(-700, 200) * 86_400_000);
    const held = startsAt < now;
    const t = {
      id: r.uuid(),
      title: `Schulung ${r.pick(TOPICS)} ${i + 1}`,
      topic: r.pick(['CLIMATE_BASICS', 'CLIMATE_CHECK', 'SUSTAINABLE_PROCUREMENT'] as const),
      description: null,
      startsAt,
      durationMinutes: r.pick([90, 180, 240]),
      trainer: 'Stabsstelle Klimaschutz',
      format: 'IN_PERSON' as const,
      location: 'Rathaus, Raum 101',
      onlineUrl: null,
      capacity: 30,
      status: held ? ('HELD' as const) : ('PLANNED' as const),
      cancellationReason: null,
      searchText: `schulung ${i + 1}`,
    };
    trainings.push(t);
    for (let k = r.int(1, 4); k > 0; k--)
      registrations.push({
        id: r.uuid(),
        trainingId: t.id,
        orgUnitId: departments[(i * 7 + k) % departments.length].id!,
        count: r.int(1, 6),
      });
  }
  await insertChunked(manager, TrainingEntity, trainings);
  await insertChunked(manager, TrainingRegistrationEntity, registrations);

  const consultations: Partial<ConsultationEntity>[] = [];
  for (let i = 0; i < 600 * scale; i++) {
    const requestedAt = new Date(now.getTime() - r.int(1, 700) * 86_400_000);
    const status = r.pick(['REQUESTED', 'SCHEDULED', 'DONE', 'DONE', 'DECLINED'] as const);
    consultations.push({
      id: r.uuid(),
      requestingOrgUnitId: r.pick(departments).id!,
      requestedById: null,
      topic: `Beratung ${r.pick(TOPICS)} ${i + 1}`,
      category: r.pick(['PROCUREMENT', 'TRAFFIC_PLANNING', 'URBAN_PLANNING', 'BUILDINGS', 'FUNDING', 'OTHER'] as const),
      description: 'Bitte um Beratung zu Klimakriterien.',
      desiredDate: null,
      procedureReference: null,
      status,
      consultantId: status === 'REQUESTED' ? null : climateManager.id!,
      scheduledAt: status === 'REQUESTED' ? null : requestedAt,
      outcome: status === 'DONE' ? 'Empfehlungen abgestimmt.' : null,
      recommendation: null,
      effortHours: status === 'DONE' ? r.int(1, 12) : null,
      declineReason: status === 'DECLINED' ? 'Nicht klimarelevant.' : null,
      requestedAt,
      closedAt: status === 'DONE' || status === 'DECLINED' ? requestedAt : null,
      searchText: `beratung ${i + 1}`,
    });
  }
  await insertChunked(manager, ConsultationEntity, consultations, 200);

  const checks: Partial<ClimateCheckEntity>[] = [];
  for (let i = 0; i < 400 * scale; i++) {
    const status = r.pick(['DRAFT', 'SUBMITTED', 'REVIEWED', 'REVIEWED'] as const);
    const impact = () => r.pick(['POSITIVE', 'NEUTRAL', 'NEGATIVE', 'UNKNOWN'] as const);
    const [a, b, c, d, e] = [impact(), impact(), impact(), impact(), impact()];
    checks.push({
      id: r.uuid(),
      subjectType: r.pick(['COUNCIL_PROPOSAL', 'PROCUREMENT', 'TRAFFIC_PLANNING', 'URBAN_PLANNING', 'OTHER'] as const),
      reference: `V ${2024 + (i % 3)} ${String(i).padStart(4, '0')}`,
      title: `Klimacheck ${i + 1}`,
      description: null,
      orgUnitId: r.pick(departments).id!,
      createdById: null,
      climateRelevant: true,
      relevanceReason: 'Energieverbrauch betroffen.',
      ghgEmissionsImpact: a,
      ghgEmissionsReason: 'Begründung',
      energyUseImpact: b,
      energyUseReason: 'Begründung',
      mobilityImpact: c,
      mobilityReason: 'Begründung',
      landUseImpact: d,
      landUseReason: 'Begründung',
      climateAdaptationImpact: e,
      climateAdaptationReason: 'Begründung',
      estimatedGhgEffectT: r.int(-50, 50),
      alternatives: null,
      statement: status === 'REVIEWED' ? 'Stellungnahme der Stabsstelle.' : null,
      status,
      submittedAt: status === 'DRAFT' ? null : now,
      submittedById: null,
      reviewedAt: status === 'REVIEWED' ? now : null,
      reviewedById: null,
      searchText: `klimacheck ${i + 1}`,
    });
  }
  await insertChunked(manager, ClimateCheckEntity, checks, 100);

  // A year of daily snapshots up to the day before, so the trend chart has history (as in the demo city).
  const snapshots = await seedSnapshotHistory(manager, new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10));

  // A big city's balance (about 600,000 inhabitants) and its targets: base 1990, −70 % in 2030, neutral 2035.
  const balance = [1990, 2010, ...Array.from({ length: 10 }, (_v, k) => 2015 + k)].map((year) => ({
    year,
    totalT: Math.round((5_400_000 - (year - 1990) * 75_000 - (year >= 2020 ? 150_000 : 0)) / 1000) * 1000,
    population: 560_000 + (year - 1990) * 1_200,
  }));
  const emissionYears = await writeBalance(manager, balance, 'THG-Bilanz Großstadt (BISKO), generiert');
  await manager.insert(EmissionTargetsEntity, {
    id: r.uuid(),
    baseYear: 1990,
    neutralityYear: 2035,
    residualT: null,
    pathMode: 'LINEAR',
    interimTargets: [{ year: 2030, kind: 'PERCENT_BELOW_BASE', value: 70, sectorId: null }],
    pathPoints: [],
    budgetT: null,
    budgetStartYear: null,
    published: true,
  });

  return {
    emissionYears,
    orgUnits: orgUnits.length,
    users: users.length,
    fieldsOfAction: fields.length,
    measures: measures.length,
    milestones: milestones.length,
    periods: periods.length,
    progressReports: reports.length,
    trainings: trainings.length,
    consultations: consultations.length,
    climateChecks: checks.length,
    snapshots,
  };
}
