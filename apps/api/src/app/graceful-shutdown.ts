import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * SIGTERM (deploy, scale-down) stops taking new requests, lets the ones in flight finish, and only
 * then closes the database. Nest's own shutdown hooks close the database first, which broke
 * requests that were still running.
 */
export function enableGracefulShutdown(app: INestApplication, timeoutMs = 25_000): void {
  let inFlight = 0;
  let closing = false;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    inFlight++;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    res.once('finish', finish);
    res.once('close', finish);
    // While closing, tell keep-alive clients not to send the next request on this connection.
    if (closing) res.setHeader('Connection', 'close');
    next();
  });

  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // Keep reading the sockets until every request that reached us has its answer: closing the
    // server at once would drop requests whose bytes arrived while a query held the event loop.
    const started = Date.now();
    let quietChecks = 0;
    while (Date.now() - started < timeoutMs) {
      await new Promise((r) => setTimeout(r, 50));
      quietChecks = inFlight === 0 ? quietChecks + 1 : 0;
      if (quietChecks >= 4 && Date.now() - started >= 300) break;
    }
    app.getHttpServer().close();
    await app.close();
    console.log(`Klimaschutz-Cockpit beendet (${signal}).`);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
