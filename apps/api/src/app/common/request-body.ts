import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  SetMetadata,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiConsumes } from '@nestjs/swagger';
import bodyParser from 'body-parser';
import type { Request, RequestHandler, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';

const KB = 1024;

/** How large a JSON body a route takes; a route names its tier with `@BodyLimit`, else `ordinary` holds. */
export const BODY_LIMIT = {
  /** e-mail address and password */
  login: 4 * KB,
  /** an anonymous citizen's form */
  publicForm: 24 * KB,
  /** every other write */
  ordinary: 64 * KB,
  /** records with several long texts (each up to 20,000 characters of up to 3 bytes) */
  longTexts: 256 * KB,
} as const;

/** Deeper JSON is refused before it is parsed: no request of ours nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;

const LIMIT_KEY = 'ksc:body-limit';
const MULTIPART_KEY = 'ksc:multipart';
const FORM_KEY = 'ksc:form';
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Keys that name an object's prototype machinery: no request of ours has them, and they must never reach an object. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The largest JSON body this route takes, in bytes (one of `BODY_LIMIT`). */
export const BodyLimit = (bytes: number) => SetMetadata(LIMIT_KEY, bytes);

/**
 * A route an HTML form posts to without JavaScript: takes `application/x-www-form-urlencoded`
 * (flat fields, at most `MAX_FORM_FIELDS`) besides JSON, within the same `BodyLimit`.
 */
export const FormBody = () =>
  applyDecorators(SetMetadata(FORM_KEY, true), ApiConsumes('application/json', 'application/x-www-form-urlencoded'));

/** No form of ours has more fields than this. */
export const MAX_FORM_FIELDS = 20;

/** An upload route: takes multipart/form-data only, read (and limited) by its file interceptor. */
export const MultipartBody = () => applyDecorators(SetMetadata(MULTIPART_KEY, true), ApiConsumes('multipart/form-data'));

const kilobytes = (bytes: number) => `${Math.round(bytes / KB)} KB`;

/**
 * True when JSON text nests arrays and objects deeper than `max`. One pass over the bytes, no
 * recursion, stopping at the first level too many: the cost of a hostile body is bounded by its
 * size, and parsing and validation (which recurse) never see it. Exact for UTF-8, where the bytes of
 * `"`, `\`, brackets and braces never occur inside a multi-byte character.
 */
export function nestsDeeperThan(json: Uint8Array, max: number): boolean {
  const QUOTE = 0x22;
  const BACKSLASH = 0x5c;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const byte = json[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > max) return true;
    } else if (byte === 0x5d || byte === 0x7d) {
      depth--;
    }
  }
  return false;
}

/** The path of the first `__proto__`, `constructor` or `prototype` key in a parsed body, walked without recursion. */
function prototypeKeyIn(body: unknown): string | null {
  const stack: [unknown, string][] = [[body, '']];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const field = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(value) && PROTOTYPE_KEYS.has(key)) return field;
      stack.push([(value as Record<string, unknown>)[key], field]);
    }
  }
  return null;
}

class TooDeep extends Error {}

function mediaTypeOf(request: Request): { type: string; charset: string | null } | null {
  const header = request.headers['content-type'];
  if (!header) return null;
  const [type, ...parameters] = header.split(';');
  const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^"\s]*)"?\s*$/i.exec(p)?.[1]).find(Boolean);
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() ?? null };
}

const hasBody = (request: Request) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

const unsupported = (expected: string) => new UnsupportedMediaTypeException({ detail: `Diese Aktion nimmt nur ${expected} an.` });

/**
 * Reads the body of every write, per route, after the guards (so an anonymous caller cannot make a
 * protected route read anything) and before validation: JSON routes take `application/json` in
 * UTF-8 only, up to their `BodyLimit`, nested at most `MAX_JSON_DEPTH` levels; upload routes
 * (`MultipartBody`) take `multipart/form-data` only. The app is created without Nest's own body
 * parsers (`NEST_APP_OPTIONS`), which would read every body before any of this.
 */
@Injectable()
export class RequestBodyInterceptor implements NestInterceptor {
  private readonly parsers = new Map<number, RequestHandler>();
  private readonly formParsers = new Map<number, RequestHandler>();

  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (!METHODS_WITH_BODY.has(request.method)) return next.handle();
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(MULTIPART_KEY, targets)) {
      if ((hasBody(request) || request.headers['content-type']) && mediaTypeOf(request)?.type !== 'multipart/form-data') {
        throw unsupported('multipart/form-data');
      }
      return next.handle();
    }
    const limit = this.reflector.getAllAndOverride<number>(LIMIT_KEY, targets) ?? BODY_LIMIT.ordinary;
    const form = this.reflector.getAllAndOverride<boolean>(FORM_KEY, targets) ?? false;
    return from(this.read(request, context.switchToHttp().getResponse<Response>(), limit, form)).pipe(switchMap(() => next.handle()));
  }

  private async read(request: Request, response: Response, limit: number, form: boolean): Promise<void> {
    if (request.body !== undefined)
      throw new Error('The request body was read before RequestBodyInterceptor; create the app with NEST_APP_OPTIONS.');
    const mediaType = mediaTypeOf(request);
    if (!mediaType && !hasBody(request)) return;
    const isForm = form && mediaType?.type === 'application/x-www-form-urlencoded';
    if ((mediaType?.type !== 'application/json' && !isForm) || (mediaType.charset !== null && mediaType.charset !== 'utf-8')) {
      throw unsupported(form ? 'application/json oder ein Formular (UTF-8)' : 'application/json (UTF-8)');
    }
    const contentEncoding = request.headers['content-encoding'];
    if (contentEncoding && contentEncoding.toLowerCase() !== 'identity') {
      throw unsupported(`${form ? 'application/json oder ein Formular' : 'application/json'} ohne Komprimierung`);
    }
    const parser = isForm ? this.formParser(limit) : this.parser(limit);
    try {
      await new Promise<void>((resolve, reject) => parser(request, response, (error?: unknown) => (error ? reject(error) : resolve())));
    } catch (error) {
      throw bodyProblem(error, limit);
    }
    const key = prototypeKeyIn(request.body);
    if (key !== null) {
      throw new BadRequestException({
        detail: `Die Eingabe ist ungültig: ${key}`,
        errors: [{ field: key, message: `Unbekanntes Feld „${key}“.` }],
      });
    }
  }

  private parser(limit: number): RequestHandler {
    let parser = this.parsers.get(limit);
    if (!parser) {
      parser = bodyParser.json({
        limit,
        inflate: false,
        strict: true,
        type: () => true,
        verify: (_request, _response, body) => {
          if (nestsDeeperThan(body, MAX_JSON_DEPTH)) throw Object.assign(new TooDeep(), { status: 400 });
        },
      });
      this.parsers.set(limit, parser);
    }
    return parser;
  }

  /** Flat `name=value` fields only (`extended: false`): a form cannot nest anything. */
  private formParser(limit: number): RequestHandler {
    let parser = this.formParsers.get(limit);
    if (!parser) {
      parser = bodyParser.urlencoded({ limit, extended: false, inflate: false, parameterLimit: MAX_FORM_FIELDS, type: () => true });
      this.formParsers.set(limit, parser);
    }
    return parser;
  }
}

/** body-parser's errors as the problem a client can act on. */
function bodyProblem(error: unknown, limit: number): HttpException {
  const { type, status } = error as { type?: string; status?: number };
  if (error instanceof TooDeep) {
    return new BadRequestException({ detail: `Der Inhalt ist zu tief verschachtelt (höchstens ${MAX_JSON_DEPTH} Ebenen).` });
  }
  if (type === 'entity.too.large') {
    return new PayloadTooLargeException({ detail: `Die Anfrage ist zu groß: höchstens ${kilobytes(limit)} für diese Aktion.` });
  }
  if (type === 'parameters.too.many')
    return new PayloadTooLargeException({ detail: `Das Formular hat zu viele Felder (höchstens ${MAX_FORM_FIELDS}).` });
  if (type === 'entity.parse.failed') return new BadRequestException({ detail: 'Der Inhalt ist kein gültiges JSON.' });
  if (type === 'request.aborted' || type === 'request.size.invalid') {
    return new BadRequestException({ detail: 'Die Anfrage kam nicht vollständig an.' });
  }
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new HttpException({ detail: 'Die Anfrage konnte nicht gelesen werden.' }, status);
  return new HttpException({ detail: 'Die Anfrage konnte nicht gelesen werden.' }, HttpStatus.BAD_REQUEST);
}
