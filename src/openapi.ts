import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentProblems } from './common/http/api-responses.js';
import { documentRateLimitHeaders } from './common/http/rate-limit-headers.js';

/** Sorts object keys recursively so the committed document diffs cleanly. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The OpenAPI 3 document of the running application, deterministic. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Snowball API')
    .setDescription(
      'Strategic networking CRM: focus of inquiry → snowball referrals → reflect and repeat. ' +
        'Authenticate with `Authorization: Bearer <access token or API key>`. Errors are RFC 9457 problem+json.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Access JWT or API key (snb_…)' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
  });
  for (const [route, path] of Object.entries(document.paths)) {
    for (const operation of Object.values(path) as Array<{ responses?: Record<string, unknown> }>) {
      if (operation && typeof operation === 'object') documentProblems(route, operation);
    }
  }
  documentRateLimitHeaders(document);
  return sortKeys(document) as OpenAPIObject;
}

/** Swagger UI at /docs (bearer auth remembered across reloads), the document at /docs/openapi.json. */
export function mountSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    swaggerOptions: { persistAuthorization: true },
    customSiteTitle: 'Snowball API',
  });
}
