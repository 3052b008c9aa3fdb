import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StatusSnapshotEntity } from '../jobs/status-snapshot.entity';
import { AttentionService } from './attention.service';
import { CockpitController } from './cockpit.controller';
import { ReportingModule } from '../reporting/reporting.module';
import { StabsstelleModule } from '../stabsstelle/stabsstelle.module';
import { SnapshotService } from './snapshot.service';
import { SummaryService } from './summary.service';

@Module({
  imports: [TypeOrmModule.forFeature([StatusSnapshotEntity]), ReportingModule, StabsstelleModule],
  controllers: [CockpitController],
  providers: [SnapshotService, SummaryService, AttentionService],
  exports: [SnapshotService, SummaryService],
})
export class CockpitModule {}
