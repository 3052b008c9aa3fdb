import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StatusSnapshotEntity } from '../jobs/status-snapshot.entity';
import { AttentionService } from './attention.service';
import { DashboardController } from './dashboard.controller';
import { ReportingModule } from '../reporting/reporting.module';
import { StabsstelleModule } from '../stabsstelle/stabsstelle.module';
import { SnapshotService } from './snapshot.service';
import { SummaryService } from './summary.service';

@Module({
  imports: [TypeOrmModule.forFeature([StatusSnapshotEntity]), ReportingModule, StabsstelleModule],
  controllers: [DashboardController],
  providers: [SnapshotService, SummaryService, AttentionService],
  exports: [SnapshotService, SummaryService],
})
export class DashboardModule {}
