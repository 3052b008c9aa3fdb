import { Module } from '@nestjs/common';
import { Installation } from './installation';
import { SeedService } from './seed.service';

@Module({ providers: [SeedService, Installation], exports: [SeedService, Installation] })
export class SeedModule {}
