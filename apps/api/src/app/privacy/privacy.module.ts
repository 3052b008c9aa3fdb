import { Global, Module } from '@nestjs/common';
import { PersonalDataRetention } from './personal-data-retention';
import { PersonalDataService } from './personal-data.service';

/** Global, so every feature module can register its erasers and retention rules. */
@Global()
@Module({
  providers: [PersonalDataService, PersonalDataRetention],
  exports: [PersonalDataService],
})
export class PrivacyModule {}
