import { z } from 'zod';
import { namedSchemas } from './api-schemas.js';
import type { RouteDef } from './route-def.js';

const componentRef = (id: string) => `#/components/schemas/${id}`;

/** A schema for the document: a $ref when it has a name in the components, else written out. */
function schemaObject(schema: z.ZodType): object {
  const named = namedSchemas.get(schema);
  if (named) return { $ref: componentRef(named.id) };
  if (schema instanceof z.ZodArray) {
    const item = namedSchemas.get(schema.element as z.ZodType);
    if (item) return { type: 'array', items: { $ref: componentRef(item.id) } };
  }
  return strip(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>);
}

/** Drops the keywords that belong to a standalone schema document, not to one embedded here. */
function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** Path and query parameters from an object schema, each with its own schema and description. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): object[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

/** Fastify's /a/:id and /assets/* become OpenAPI's /a/{id} and /assets/{file}. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z_]\w*)/g, '{$1}').replace(/\*$/, '{file}');
}

/** The OpenAPI 3.1 document of the server, built from its route definitions and zod schemas. */
export function openApiDocument(routes: readonly RouteDef[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const responses: Record<string, object> = {};
    for (const [status, res] of Object.entries(r.responses)) {
      responses[status] = {
        description: res.description,
        ...(res.schema || res.contentType ? { content: { [res.contentType ?? 'application/json']: res.schema ? { schema: schemaObject(res.schema) } : {} } } : {}),
      };
    }
    const op: Record<string, unknown> = {
      operationId: r.operationId,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses,
    };
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemaObject(r.body) } } };
    (paths[openApiPath(r.url)] ??= {})[r.method.toLowerCase()] = op;
  }
  const components = z.toJSONSchema(namedSchemas, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any', uri: componentRef }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API',
      version,
      description: 'Turns news articles into evidence-backed records; stores, searches and clusters them into events. Errors are always {"error": {"code", "message"}}.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: Object.fromEntries(Object.entries(components.schemas).map(([k, v]) => [k, strip(v)])) },
  };
}
