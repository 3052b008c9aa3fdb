import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ERASED_PERSON_NAME } from '@klimaschutz/contracts';
import { In, IsNull, LessThan, Not } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { PersonalDataService } from '../privacy/personal-data.service';
import { daysBefore } from '../common/date-time';
import { JobRunEntity } from './job-run.entity';

/**
 * A run started by hand records the admin's name (`triggeredBy`); it is replaced when the person is
 * erased and cleared with the history's other names after RETENTION_HISTORY_NAMES_DAYS. The run
 * stores no account id, so erasure matches the names the account had.
 */
@Injectable()
export class JobRunsPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly config: ConfigService,
  ) {}

  onModuleInit(): void {
    const { historyNamesDays } = this.config.getOrThrow<AppConfig>('app').retention;
    this.personalData.registerEraser('job-runs', async (manager, person) => {
      if (person.names.length) await manager.update(JobRunEntity, { triggeredBy: In(person.names) }, { triggeredBy: ERASED_PERSON_NAME });
    });
    this.personalData.registerRetention('job-run-names', {
      what: 'Namen bei von Hand gestarteten Aufgaben',
      apply: async (manager, now) =>
        (
          await manager.update(
            JobRunEntity,
            { triggeredBy: Not(IsNull()), startedAt: LessThan(daysBefore(now, historyNamesDays)) },
            { triggeredBy: null },
          )
        ).affected ?? 0,
    });
  }
}
