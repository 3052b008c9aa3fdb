import { Module } from '@nestjs/common';
import { ClimateChecksModule } from '../climate-checks/climate-checks.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { TrainingsModule } from '../trainings/trainings.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [TrainingsModule, ConsultationsModule, ClimateChecksModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
