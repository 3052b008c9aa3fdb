import { Module } from '@nestjs/common';
import { TrainingsController } from './trainings.controller';
import { TrainingsPersonalData } from './trainings-personal-data';
import { TrainingsService } from './trainings.service';

@Module({
  controllers: [TrainingsController],
  providers: [TrainingsService, TrainingsPersonalData],
  exports: [TrainingsService],
})
export class TrainingsModule {}
