// The @nestjs/swagger CLI plugin as a ts-jest AST transformer, so tests see the same OpenAPI
// metadata as `nest build` produces (the OpenAPI drift test depends on it).
const plugin = require('@nestjs/swagger/plugin');

module.exports.name = 'nestjs-swagger-plugin';
module.exports.version = 1;
module.exports.factory = (compiler) =>
  plugin.before(
    {
      classValidatorShim: true,
      introspectComments: true,
      dtoFileNameSuffix: ['.dto.ts'],
      controllerFileNameSuffix: ['.controller.ts'],
    },
    compiler.program,
  );
