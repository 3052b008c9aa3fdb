import { NestFactory } from '@nestjs/core';
import { AppModule } from './app/app.module';
import { ConfigError, loadConfig } from './app/config/app.config';
import { enableGracefulShutdown } from './app/graceful-shutdown';
import { configureApp, NEST_APP_OPTIONS } from './app/setup';
import { DEMO_PASSWORD, demoUsers } from './app/seed/demo-city.data';
import { Installation, StartRefusedError } from './app/seed/installation';
import { ROLE_LABELS } from '@klimaschutz/contracts';

async function bootstrap() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Konfigurationsfehler: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const app = await NestFactory.create(AppModule, NEST_APP_OPTIONS);
  // Before the routes: SIGTERM lets in-flight requests finish, then closes the database.
  enableGracefulShutdown(app, config.shutdownTimeoutMs);
  configureApp(app);
  try {
    await app.listen(config.port);
  } catch (error) {
    if (error instanceof StartRefusedError) {
      console.error(`Start verweigert: ${error.message}`);
      await app.close().catch(() => undefined);
      process.exit(2);
    }
    throw error;
  }

  const lines = [`Klimaschutz-Cockpit läuft: ${config.publicUrl}`, `API-Dokumentation: ${config.publicUrl}/api/docs`];
  const demoAccounts = app.get(Installation).demoAccounts;
  if (demoAccounts.length) {
    lines.push(`Demo-Installation — Zugänge (Passwort für alle: ${DEMO_PASSWORD}):`);
    for (const user of demoUsers.filter((u) => demoAccounts.includes(u.email)))
      lines.push(`  ${ROLE_LABELS[user.role].padEnd(26)} ${user.email}`);
  }
  console.log(lines.join('\n'));
}

bootstrap();
