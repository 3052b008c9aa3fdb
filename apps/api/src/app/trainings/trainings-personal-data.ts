import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { In } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { PersonalDataService } from '../privacy/personal-data.service';
import { daysBefore } from '../common/date-time';
import { TrainingParticipantEntity, TrainingRegistrationEntity } from './training.entity';

/**
 * Participant names are free text, not accounts: an erased person's names are removed where a
 * participant list names them exactly, and every name goes RETENTION_TRAINING_NAMES_DAYS after the
 * training began. The org unit's count stays, so the statistics do not change.
 */
@Injectable()
export class TrainingsPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly config: ConfigService,
  ) {}

  onModuleInit(): void {
    const { trainingNamesDays } = this.config.getOrThrow<AppConfig>('app').retention;
    this.personalData.registerEraser('training-participants', async (manager, person) => {
      const names = new Set(person.names.map((n) => n.trim().toLocaleLowerCase('de')));
      if (!names.size) return;
      const rows = await manager.find(TrainingParticipantEntity, { select: { id: true, name: true } });
      const ids = rows.filter((r) => names.has(r.name.trim().toLocaleLowerCase('de'))).map((r) => r.id);
      if (ids.length) await manager.delete(TrainingParticipantEntity, { id: In(ids) });
    });
    this.personalData.registerRetention('training-participant-names', {
      what: 'Namen von Schulungsteilnehmenden',
      apply: async (manager, now) => {
        const past = manager
          .createQueryBuilder(TrainingRegistrationEntity, 'r')
          .select('r.id')
          .innerJoin('r.training', 't')
          .where('t.startsAt < :cutoff', { cutoff: daysBefore(now, trainingNamesDays) });
        const result = await manager
          .createQueryBuilder()
          .delete()
          .from(TrainingParticipantEntity)
          .where(`"registrationId" IN (${past.getQuery()})`)
          .setParameters(past.getParameters())
          .execute();
        return result.affected ?? 0;
      },
    });
  }
}
