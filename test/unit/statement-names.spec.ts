import { describe, expect, it } from '@jest/globals';
import { StatementNames } from '../../src/database/prepared.js';

/** Which texts become named prepared statements (kept by every pooled connection), and how many. */
describe('StatementNames', () => {
  it('names a text on its second use, and keeps that name', () => {
    const names = new StatementNames(4);
    expect(names.nameOf('list', 'SELECT 1')).toBeUndefined();
    const name = names.nameOf('list', 'SELECT 1');
    expect(name).toMatch(/^list-[\w-]{20}$/);
    expect(names.nameOf('list', 'SELECT 1')).toBe(name);
    expect(names.nameOf('list', 'SELECT 2')).toBeUndefined();
    expect(names.nameOf('list', 'SELECT 2')).not.toBe(name);
  });

  it('gives at most maxNames names per prefix, never reassigned: other texts run unnamed', () => {
    const names = new StatementNames(3);
    const given = new Set<string>();
    for (let i = 0; i < 50; i++) {
      for (let use = 0; use < 3; use++) {
        const name = names.nameOf('list', `SELECT ${i}`);
        if (name !== undefined) given.add(name);
      }
    }
    expect(given.size).toBe(3);
    // The first three shapes keep theirs; a later one stays unnamed however often it runs.
    expect(names.nameOf('list', 'SELECT 0')).toBeDefined();
    expect(names.nameOf('list', 'SELECT 49')).toBeUndefined();
    // Each prefix has its own allowance.
    names.nameOf('chain', 'SELECT 49');
    expect(names.nameOf('chain', 'SELECT 49')).toMatch(/^chain-/);
  });

  it('forgets texts seen once past maxSeen (bounded memory for one-off shapes)', () => {
    const names = new StatementNames(10, 2);
    names.nameOf('list', 'a');
    names.nameOf('list', 'b');
    names.nameOf('list', 'c'); // forgets a and b
    expect(names.nameOf('list', 'a')).toBeUndefined();
    expect(names.nameOf('list', 'c')).toBeDefined();
  });
});
