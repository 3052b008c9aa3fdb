import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseMaintenance } from './database-maintenance';
import { JobRunEntity } from './job-run.entity';
import { JobRunsPersonalData } from './job-runs-personal-data';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/** Global, so any feature module can register its jobs with JobsService. */
@Global()
@Module({
  imports: [ScheduleModule.forRoot(), TypeOrmModule.forFeature([JobRunEntity])],
  controllers: [JobsController],
  providers: [JobsService, DatabaseMaintenance, JobRunsPersonalData],
  exports: [JobsService],
})
export class JobsModule {}
