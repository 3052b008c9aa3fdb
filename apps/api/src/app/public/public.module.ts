import { Module } from '@nestjs/common';
import { PublicAdminController, PublicController } from './public.controller';
import { PublicService } from './public.service';

@Module({ controllers: [PublicController, PublicAdminController], providers: [PublicService] })
export class PublicModule {}
