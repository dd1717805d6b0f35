import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_BASE, ENDPOINTS, OPERATION_KINDS, CHANGE_KINDS } from '@shared/protocol/index';
import { renderOpenApi } from '@shared/protocol/openapi';

const committed = readFileSync(new URL('./openapi.json', import.meta.url), 'utf8');

describe('platform/openapi.json', () => {
  it('is current with shared/protocol (run `npm run openapi` and commit when this fails)', () => {
    expect(committed === renderOpenApi(), 'platform/openapi.json is stale: run `npm run openapi`').toBe(true);
  });

  it('is OpenAPI 3.1 with every endpoint, operation kind and change kind', () => {
    const doc = JSON.parse(committed) as { openapi: string; paths: Record<string, Record<string, { operationId: string }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((m) => m.operationId));
    expect(ids.sort()).toEqual(Object.keys(ENDPOINTS).sort());
    expect(Object.keys(doc.paths).every((path) => path.startsWith(API_BASE))).toBe(true);
    const text = JSON.stringify(doc.components.schemas);
    for (const kind of [...OPERATION_KINDS, ...CHANGE_KINDS]) expect(text, kind).toContain(`"const":"${kind}"`);
  });
});
