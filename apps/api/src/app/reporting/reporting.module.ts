import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeasuresModule } from '../measures/measures.module';
import { InboxService } from './inbox.service';
import { ProgressReportEntity } from './progress-report.entity';
import { ProgressReportsController } from './progress-reports.controller';
import { ProgressReportsService } from './progress-reports.service';
import { ReportingPeriodEntity } from './reporting-period.entity';
import { ReportingPeriodsController } from './reporting-periods.controller';
import { ReportingPeriodsService } from './reporting-periods.service';
import { ReportingDigest } from './reporting-digest';
import { ReportingPersonalData } from './reporting-personal-data';
import { ReportingStatusService } from './reporting-status.service';

/** Reporting periods, Sachstandsmeldungen and their review, timeliness, and the departments' inbox. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportingPeriodEntity, ProgressReportEntity]), MeasuresModule],
  controllers: [ReportingPeriodsController, ProgressReportsController],
  providers: [
    ReportingPeriodsService,
    ProgressReportsService,
    ReportingStatusService,
    InboxService,
    ReportingDigest,
    ReportingPersonalData,
  ],
  exports: [ReportingPeriodsService, ReportingStatusService],
})
export class ReportingModule {}
