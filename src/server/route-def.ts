import type { z } from 'zod';
import type { FastifyReply } from 'fastify';

/** One documented response of a route. */
export interface ResponseDef {
  readonly description: string;
  readonly schema?: z.ZodType;
  /** Defaults to application/json. */
  readonly contentType?: string;
}

/** What a handler gets: the request's parts, already checked against the route's schemas. */
export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly reply: FastifyReply;
}

/**
 * A route as data: the server registers it and the OpenAPI document describes it from the same
 * definition, so every route is documented and its schemas are the ones it checks.
 */
export interface RouteDef<P = unknown, Q = unknown, B = unknown> {
  readonly method: 'GET' | 'POST';
  /** Fastify form: /api/records/:id */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  readonly responses: Readonly<Record<number, ResponseDef>>;
  readonly handler: (input: RouteInput<P, Q, B>) => Promise<unknown>;
  /** Served by a plugin (static files): described here, registered there. */
  readonly registeredBy?: 'static';
}

/** Keeps a route's parameter types while storing it in a list of routes. */
export function route<P, Q, B>(def: RouteDef<P, Q, B>): RouteDef {
  return def as unknown as RouteDef;
}
