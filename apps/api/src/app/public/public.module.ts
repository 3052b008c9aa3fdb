import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FeedbackFormTokens } from './feedback-form';
import { FeedbackThrottlerGuard } from './feedback-throttler.guard';
import { FeedbackService } from './feedback.service';
import { PublicAdminController, PublicController } from './public.controller';
import { PublicService } from './public.service';
import { SiteVideosService } from './site-videos.service';

@Module({
  // AuthModule lends the database-backed rate-limit counters and the per-database keys.
  imports: [AuthModule],
  controllers: [PublicController, PublicAdminController],
  providers: [PublicService, SiteVideosService, FeedbackService, FeedbackFormTokens, FeedbackThrottlerGuard],
})
export class PublicModule {}
