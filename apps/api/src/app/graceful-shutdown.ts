import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

/**
 * SIGTERM (deploy, scale-down, `systemctl stop`) stops taking new requests, lets the ones in flight
 * finish, and only then closes the database. Nest's own shutdown hooks close the database first,
 * which broke requests that were still running. The process ends within `timeoutMs` whatever its
 * connections: idle keep-alive sockets are closed as soon as the last answer is out, and what is
 * still open at the deadline (a client that never finishes its request) is cut.
 */
export function enableGracefulShutdown(app: INestApplication, timeoutMs = 10_000): void {
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
    const started = Date.now();
    const deadline = started + timeoutMs;
    // Keep reading the sockets until every request that reached us has its answer: closing the
    // server at once would drop requests whose bytes arrived while a query held the event loop.
    // A second is kept back for closing the database.
    let quietChecks = 0;
    while (Date.now() < deadline - 1000) {
      await sleep(50);
      quietChecks = inFlight === 0 ? quietChecks + 1 : 0;
      if (quietChecks >= 4 && Date.now() - started >= 300) break;
    }
    const server = app.getHttpServer() as Server;
    server.close();
    // Idle keep-alive sockets would hold `close` open until their clients hang up.
    server.closeIdleConnections();
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => server.closeAllConnections(), Math.max(0, deadline - 500 - Date.now()));
    const closed = await Promise.race([app.close().then(() => true), sleep(Math.max(0, deadline - Date.now())).then(() => false)]);
    clearInterval(idle);
    clearTimeout(cut);
    console.log(`Klimaschutz-Cockpit beendet (${signal}${closed ? '' : `, nach ${timeoutMs} ms nicht alles geschlossen`}).`);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
