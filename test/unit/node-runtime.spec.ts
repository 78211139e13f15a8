import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { APP_NODE_ENV, APP_NODE_FLAGS } from '../../src/node-runtime.js';

/** The Dockerfile can't import src/node-runtime.ts: it repeats its flags and variables, kept in step here. */
describe('Dockerfile', () => {
  const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');

  it('starts the app with the Node flags of src/node-runtime.ts', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1])).toEqual(['node', ...APP_NODE_FLAGS, 'dist/src/main.js']);
  });

  it('sets the environment of src/node-runtime.ts', () => {
    const env = dockerfile.match(/^ENV (.*)$/gm)?.join(' ') ?? '';
    for (const [name, value] of Object.entries(APP_NODE_ENV)) expect(env).toContain(`${name}=${value}`);
  });
});
