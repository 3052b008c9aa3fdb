import { Module } from '@nestjs/common';
import { ClimateChecksModule } from '../climate-checks/climate-checks.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { TrainingsModule } from '../trainings/trainings.module';
import { MeasureRelatedController } from './measure-related.controller';
import { StabsstelleService } from './stabsstelle.service';

/** Trainings, consultations and climate checks together: the measure page's related work and the cockpit figures. */
@Module({
  imports: [TrainingsModule, ConsultationsModule, ClimateChecksModule],
  controllers: [MeasureRelatedController],
  providers: [StabsstelleService],
  exports: [StabsstelleService],
})
export class StabsstelleModule {}
