import { Injectable, OnModuleInit } from '@nestjs/common';
import { ERASED_PERSON_NAME } from '@klimaschutz/contracts';
import { PersonalDataService } from '../privacy/personal-data.service';
import { IndicatorValueEntity } from './indicator.entity';

/** A value keeps who entered it, but an erased person's name on it becomes „Gelöschte Person“. */
@Injectable()
export class IndicatorsPersonalData implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataService) {}

  onModuleInit(): void {
    this.personalData.registerEraser('indicator-values', async (manager, person) => {
      await manager.update(IndicatorValueEntity, { authorId: person.id }, { authorName: ERASED_PERSON_NAME });
    });
  }
}
