import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EmissionImportService } from './emission-import.service';
import { EmissionsController, PublicEmissionsController } from './emissions.controller';
import { EmissionsService } from './emissions.service';

/** GHG balance, targets, path, gap and measure effects (issue #17). */
@Module({
  // AuthModule lends the rate-limit counters the public route's throttler uses.
  imports: [AuthModule],
  controllers: [EmissionsController, PublicEmissionsController],
  providers: [EmissionsService, EmissionImportService],
  exports: [EmissionsService],
})
export class EmissionsModule {}
