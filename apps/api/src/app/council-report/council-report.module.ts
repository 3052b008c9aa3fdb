import { Module } from '@nestjs/common';
import { CockpitModule } from '../cockpit/cockpit.module';
import { EmissionsModule } from '../emissions/emissions.module';
import { CouncilReportsController } from './council-reports.controller';
import { CouncilReportsService } from './council-reports.service';

@Module({
  imports: [CockpitModule, EmissionsModule],
  controllers: [CouncilReportsController],
  providers: [CouncilReportsService],
})
export class CouncilReportModule {}
