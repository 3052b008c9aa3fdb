import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard/dashboard.module';
import { CouncilReportsController } from './council-reports.controller';
import { CouncilReportsService } from './council-reports.service';

@Module({
  imports: [DashboardModule],
  controllers: [CouncilReportsController],
  providers: [CouncilReportsService],
})
export class CouncilReportModule {}
