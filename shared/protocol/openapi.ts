import { z } from 'zod';
import { API_BASE, PROTOCOL_VERSION, SERVER_TIME_HEADER } from './common';
import { errorBodySchema, PROTOCOL_ERROR_STATUS } from './errors';
import { ENDPOINTS, type EndpointDef } from './endpoints';
import { ATTACHMENT_UPLOAD_CONTENT_TYPE } from './attachments';
import { operationSchema } from './operations';
import { changeSchema } from './changes';
import { entryInputSchema } from '../domain/entry';
import { objectionSchema, sharedEntrySchema, shareRequestSchema, submittedEntrySchema } from './records';

type Json = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the protocol, generated from the zod schemas (OpenAPI 3.1 speaks
 * JSON Schema 2020-12, which is what `z.toJSONSchema` writes). Every schema is described in its
 * `input` form — what a parser accepts — for answers too, because a client parses answers with
 * these very schemas. Named schemas go to `components.schemas` and are referenced by `$ref`.
 */
export function buildOpenApi(): Json {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<z.ZodType, string>();
  const named = (s: z.ZodType, id: string): Json => {
    const known = ids.get(s);
    if (!known) {
      ids.set(s, id);
      registry.add(s, { id });
    }
    return { $ref: `#/components/schemas/${known ?? id}` };
  };
  const inline = (s: z.ZodType): Json => {
    const out = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;
    delete out.$schema;
    return out;
  };
  for (const [s, id] of [
    [operationSchema, 'Operation'],
    [changeSchema, 'Change'],
    [sharedEntrySchema, 'SharedEntry'],
    [submittedEntrySchema, 'SubmittedEntry'],
    [shareRequestSchema, 'ShareRequest'],
    [objectionSchema, 'Objection'],
    [entryInputSchema, 'EntryInput'],
    [errorBodySchema, 'Error'],
  ] as const) named(s, id);

  const pascal = (n: string) => n.charAt(0).toUpperCase() + n.slice(1);
  const paths: Record<string, Record<string, Json>> = {};
  for (const [name, raw] of Object.entries(ENDPOINTS)) {
    const e = raw as EndpointDef;
    const path = API_BASE + e.path.replace(/:(\w+)/g, '{$1}');
    const parameters: Json[] = [];
    for (const [where, obj] of [['path', e.params], ['query', e.query]] as const) {
      if (!obj) continue;
      const props = inline(obj) as { properties?: Record<string, Json>; required?: string[] };
      for (const [p, s] of Object.entries(props.properties ?? {})) {
        parameters.push({ name: p, in: where, required: where === 'path' || (props.required ?? []).includes(p), schema: s });
      }
    }
    const op: Json = { operationId: name, summary: e.summary, tags: [e.path.split('/')[1]] };
    if (parameters.length) op.parameters = parameters;
    if (e.access !== 'public') op.security = [{ bearer: [] }];
    if (e.access === 'officer' || e.access === 'reviewer') op['x-role'] = e.access;
    if (e.body) {
      op.requestBody = {
        required: true,
        content:
          e.body === 'binary'
            ? { [ATTACHMENT_UPLOAD_CONTENT_TYPE]: { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } }
            : { 'application/json': { schema: named(e.body, `${pascal(name)}Request`) } },
      };
    }
    const ok =
      e.response === 'binary'
        ? { description: 'The bytes, with their sniffed Content-Type', content: { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } }
        : { description: 'OK', content: { 'application/json': { schema: named(e.response, `${pascal(name)}Response`) } } };
    op.responses = {
      '200': { ...ok, headers: { [SERVER_TIME_HEADER]: { $ref: '#/components/headers/ServerTime' } } },
      '4XX': { $ref: '#/components/responses/Error' },
      '5XX': { $ref: '#/components/responses/Error' },
    };
    (paths[path] ??= {})[e.method.toLowerCase()] = op;
  }

  const generated = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  const schemas: Record<string, Json> = {};
  for (const id of Object.keys(generated.schemas).sort()) {
    const { $schema: _s, $id: _i, ...rest } = generated.schemas[id] as Json;
    schemas[id] = rest;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Catalogue Workbench platform protocol',
      version: `${PROTOCOL_VERSION}.0.0`,
      description:
        'Sync protocol between the Catalogue Workbench (政务数据目录工作台) and a central platform (共享交换平台). ' +
        'Generated from shared/protocol by `npm run openapi`; do not edit by hand. ' +
        'Every JSON answer carries `serverTime`, and every answer the `x-server-time` header.',
    },
    servers: [{ url: 'http://127.0.0.1:8080' }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      headers: { ServerTime: { description: "The server's clock (ISO 8601), for clock-skew detection", schema: { type: 'string', format: 'date-time' } } },
      responses: {
        Error: {
          description: 'A typed error: the code decides, the message is for people',
          headers: { [SERVER_TIME_HEADER]: { $ref: '#/components/headers/ServerTime' } },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      schemas,
    },
    'x-error-status': PROTOCOL_ERROR_STATUS,
  };
}

/** The document as committed: stable key order, two-space indent, final newline. */
export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}
