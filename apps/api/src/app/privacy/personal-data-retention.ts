import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { PersonalDataService } from './personal-data.service';
import { type RetentionResult } from './personal-data';
import { dateInBerlin } from '../common/date-time';

/** „erledigte Rückmeldungen: 3, gelesene Benachrichtigungen: 0 …“: what each rule removed in this run. */
export const retentionSummary = (results: RetentionResult[]) =>
  `Nach Ablauf der Aufbewahrungsfrist entfernt – ${results.map((r) => `${r.what}: ${r.count}`).join('; ')}`;

/** The nightly job that applies every retention rule the features registered (README "Personal data"). */
@Injectable()
export class PersonalDataRetention implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'personal-data-retention',
      description:
        'Personenbezogene Daten nach Ablauf ihrer Aufbewahrungsfrist löschen (Rückmeldungen, Namen in der Änderungshistorie, Anmeldezeiten, Benachrichtigungen …)',
      defaultSchedule: '50 3 * * *',
      slotOf: dateInBerlin,
      run: async () => retentionSummary(await this.personalData.applyRetention()),
    });
  }
}
