import { AuditEventEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInPolicyEntity, TotpRecoveryCodeEntity } from '../auth/sign-in.entities';
import { AppSecretEntity, ThrottleCounterEntity } from '../auth/throttle-counter.entity';
import { JobRunEntity } from '../jobs/job-run.entity';
import { StatusSnapshotEntity } from '../jobs/status-snapshot.entity';
import { IndicatorEntity, IndicatorValueEntity } from '../indicators/indicator.entity';
import { FeedbackEntity, PublicNoteEntity, SitePageEntity, SitePageVideoEntity } from '../public/public.entities';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { MilestoneEntity } from '../measures/milestone.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ProgressReportEntity } from '../reporting/progress-report.entity';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { UserEntity } from '../users/user.entity';
import { ClimateCheckEntity } from '../climate-checks/climate-check.entity';
import { ConsultationEntity } from '../consultations/consultation.entity';
import {
  TrainingEntity,
  TrainingFeedbackEntity,
  TrainingParticipantEntity,
  TrainingRegistrationEntity,
} from '../trainings/training.entity';

import { DocumentJobEntity } from '../council-report/document-job.entity';
import { ImportEntity } from '../imports/import.entity';
import { EMISSION_ENTITIES } from '../emissions/emission.entities';

/** Every entity, listed so that CLIs (import, seed, bench) open the same schema as the app. */
export const entities = [
  OrgUnitEntity,
  UserEntity,
  SessionEntity,
  TotpRecoveryCodeEntity,
  SignInPolicyEntity,
  ThrottleCounterEntity,
  AppSecretEntity,
  FieldOfActionEntity,
  MeasureEntity,
  MilestoneEntity,
  AuditEventEntity,
  ReportingPeriodEntity,
  ProgressReportEntity,
  JobRunEntity,
  StatusSnapshotEntity,
  IndicatorEntity,
  IndicatorValueEntity,
  TrainingEntity,
  TrainingRegistrationEntity,
  TrainingParticipantEntity,
  TrainingFeedbackEntity,
  ConsultationEntity,
  ClimateCheckEntity,
  PublicNoteEntity,
  SitePageEntity,
  SitePageVideoEntity,
  FeedbackEntity,
  NotificationEntity,
  ImportEntity,
  DocumentJobEntity,
  ...EMISSION_ENTITIES,
];
