import { Injectable, OnModuleInit } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { PersonalDataService } from '../privacy/personal-data.service';
import { ImportEntity } from './import.entity';

/**
 * An uploaded catalogue may name contact persons; its row (the file until the run, then preview and
 * result) expires a day after the upload. The next upload deletes expired rows, and so does the
 * retention job, so they do not stay when nobody imports again.
 */
@Injectable()
export class ImportsPersonalData implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataService) {}

  onModuleInit(): void {
    this.personalData.registerRetention('expired-imports', {
      what: 'abgelaufene Importe',
      apply: async (manager, now) => (await manager.delete(ImportEntity, { expiresAt: LessThan(now) })).affected ?? 0,
    });
  }
}
