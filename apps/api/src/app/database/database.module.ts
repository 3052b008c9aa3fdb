import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app.config';
import { dataSourceOptions, openDatabase } from './data-source-options';
import { WalCheckpointer } from './wal-checkpointer';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        ...dataSourceOptions(config.getOrThrow<AppConfig>('app').database),
        // A database that is down at start is reported after a few seconds, not after half a minute.
        retryAttempts: 3,
        retryDelay: 1000,
      }),
      // Migrations run before any other provider can touch the schema.
      dataSourceFactory: async (options) => openDatabase(options!),
    }),
  ],
  providers: [WalCheckpointer],
})
export class DatabaseModule {}
