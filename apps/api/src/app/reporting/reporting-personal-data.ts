import { Injectable, OnModuleInit } from '@nestjs/common';
import { ERASED_PERSON_NAME } from '@klimaschutz/contracts';
import { PersonalDataService } from '../privacy/personal-data.service';
import { ProgressReportEntity } from './progress-report.entity';

/**
 * A report keeps its author and reviewer (the administration is accountable for what it reported
 * and accepted), but an erased person's name on it becomes „Gelöschte Person“.
 */
@Injectable()
export class ReportingPersonalData implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataService) {}

  onModuleInit(): void {
    this.personalData.registerEraser('progress-reports', async (manager, person) => {
      await manager.update(ProgressReportEntity, { authorId: person.id }, { authorName: ERASED_PERSON_NAME });
      await manager.update(ProgressReportEntity, { reviewerId: person.id }, { reviewerName: ERASED_PERSON_NAME });
    });
  }
}
