// Validates API answers against the OpenAPI document: the schema declared for
// the answer's path, method, status and media type (JSON Schema 2020-12, ajv).
import assert from 'node:assert/strict';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { OPENAPI } from '../../src/server/openapi.js';

const BASE = 'https://kechuang.test/openapi.json';
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
// The document's components as one schema resource, so `#/components/schemas/X` refs resolve.
ajv.addVocabulary(['components']);
ajv.addSchema({ $id: BASE, components: OPENAPI.components }, BASE);
const compiled = new Map<string, ValidateFunction>();

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

/** Compiles every component schema: a typo in the document fails here. */
export function compileAllSchemas(): number {
  const names = Object.keys(OPENAPI.components.schemas);
  for (const name of names) assert.ok(ajv.getSchema(`${BASE}#/components/schemas/${name}`), `schema ${name} compiles`);
  return names.length;
}

/** The validator of a component schema by name. */
export function schemaValidator(name: string): ValidateFunction {
  const v = ajv.getSchema(`${BASE}#/components/schemas/${name}`);
  assert.ok(v, `no schema ${name}`);
  return v;
}

/** Asserts that `body` matches the schema the document declares for this path, method, status and media type. */
export function assertMatchesDocument(pathTemplate: string, method: 'get' | 'post', status: number, body: unknown, mediaType = 'application/json'): void {
  const op = (OPENAPI.paths as Record<string, Record<string, Operation>>)[pathTemplate]?.[method];
  assert.ok(op, `the document describes ${method.toUpperCase()} ${pathTemplate}`);
  const response = op.responses[String(status)];
  assert.ok(response, `the document declares status ${status} for ${method.toUpperCase()} ${pathTemplate}`);
  const schema = response.content?.[mediaType]?.schema;
  assert.ok(schema, `the document gives a ${mediaType} schema for ${status} of ${pathTemplate}`);
  const key = `${pathTemplate} ${method} ${status} ${mediaType}`;
  let validate = compiled.get(key);
  if (!validate) {
    const absolute = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${BASE}#/components/`));
    validate = ajv.compile(absolute);
    compiled.set(key, validate);
  }
  if (!validate(body)) {
    assert.fail(`${method.toUpperCase()} ${pathTemplate} ${status} does not match its schema:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
}
