import type { FastifyError, FastifyInstance } from 'fastify';
import { DossierError, ErrorCodes, type ErrorCode, isDossierError } from '../core/errors.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Fastify's own request errors (body parsing, limits) as our error kinds. */
function fromFastify(err: FastifyError, bodyLimit: number): DossierError | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DossierError('TOO_LARGE', `request: the body is over the ${bodyLimit}-byte limit`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DossierError('UNSUPPORTED_TYPE', 'request: send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DossierError('USAGE', 'request: the JSON body is empty');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new DossierError('INVALID_JSON', `request: the body is not valid JSON (${err.message})`);
    default:
      break;
  }
  if (err instanceof SyntaxError && err.statusCode === 400) return new DossierError('INVALID_JSON', `request: the body is not valid JSON (${err.message})`);
  if (err.statusCode === 413) return new DossierError('TOO_LARGE', `request: ${err.message}`);
  if (err.statusCode === 415) return new DossierError('UNSUPPORTED_TYPE', `request: ${err.message}`);
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return new DossierError('USAGE', `request: ${err.message}`);
  return undefined;
}

/**
 * Every error leaves as {error: {code, message}} with the status of its kind (ErrorCodes[code].http).
 * Anything unexpected is a bug: logged with its stack, answered 500 without internals.
 */
export function installErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((raw: FastifyError, req, reply) => {
    let err = isDossierError(raw) ? raw : fromFastify(raw, bodyLimit);
    if (!err) {
      req.log.error({ err: raw }, 'internal error');
      err = new DossierError('INTERNAL', 'internal error: please report it (the server log has the details)');
    } else if (err.code === 'INTERNAL' || err.code === 'STORE_FAILED' || err.code === 'DATA_MISSING') {
      req.log.error({ err: raw }, err.message);
    }
    const status = isDossierError(raw) ? raw.httpStatus : ErrorCodes[err.code].http;
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    void reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    const body: ErrorBody = { error: { code: 'NOT_FOUND', message: `${req.method} ${req.url.split('?')[0]}: no such route` } };
    void reply.code(404).type('application/json; charset=utf-8').send(body);
  });
}
