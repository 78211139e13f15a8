/**
 * The typed client's types (clients/typescript/schema.d.ts), generated from the OpenAPI document by
 * openapi-typescript. Written by `npm run openapi` beside docs/openapi.json; a test fails when the
 * committed file is stale.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const CLIENT_TYPES_PATH = 'clients/typescript/schema.d.ts';

const HEADER = `/**
 * Generated from docs/openapi.json by openapi-typescript (\`npm run openapi\`). Do not edit by hand.
 */

`;

export async function renderClientTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: true, exportType: true });
  return HEADER + astToString(ast);
}
