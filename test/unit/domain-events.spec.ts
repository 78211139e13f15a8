import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../../src/common/events/domain-events.js';

class Happened {
  constructor(readonly what: string) {}
}
class SomethingElse {}

/** A manager as a transaction hands it out (only what the bus looks at). */
const inTransaction = (name: string) =>
  ({ name, queryRunner: { isTransactionActive: true } }) as unknown as EntityManager;

describe('DomainEvents', () => {
  it('runs every handler of the event, in the order they subscribed, each with the same manager', async () => {
    const events = new DomainEvents();
    const calls: Array<[string, string, EntityManager]> = [];
    events.subscribe(Happened, async (event, manager) => {
      await new Promise((resolve) => setTimeout(resolve, 5)); // a slow first handler still runs first
      calls.push(['first', event.what, manager]);
    });
    events.subscribe(SomethingElse, () => Promise.resolve(void calls.push(['other', '', inTransaction('x')])));
    events.subscribe(Happened, (event, manager) => Promise.resolve(void calls.push(['second', event.what, manager])));
    const manager = inTransaction('tx');
    await events.publish(manager, new Happened('logged'));
    expect(calls.map(([who, what]) => [who, what])).toEqual([
      ['first', 'logged'],
      ['second', 'logged'],
    ]);
    expect(calls.every(([, , seen]) => seen === manager)).toBe(true);
  });

  it('awaits each handler before the next one starts', async () => {
    const events = new DomainEvents();
    const log: string[] = [];
    events.subscribe(Happened, async () => {
      log.push('a:start');
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push('a:end');
    });
    events.subscribe(Happened, () => Promise.resolve(void log.push('b')));
    await events.publish(inTransaction('tx'), new Happened('x'));
    expect(log).toEqual(['a:start', 'a:end', 'b']);
  });

  it('fails the publish when a handler throws, and runs no handler after it', async () => {
    const events = new DomainEvents();
    const ran: string[] = [];
    events.subscribe(Happened, () => Promise.resolve(void ran.push('before')));
    events.subscribe(Happened, () => Promise.reject(new Error('stage table is gone')));
    events.subscribe(Happened, () => Promise.resolve(void ran.push('after')));
    await expect(events.publish(inTransaction('tx'), new Happened('x'))).rejects.toThrow('stage table is gone');
    expect(ran).toEqual(['before']);
  });

  it('does nothing for an event nobody handles', async () => {
    const events = new DomainEvents();
    await expect(events.publish(inTransaction('tx'), new SomethingElse())).resolves.toBeUndefined();
  });

  it('refuses to publish outside a transaction', async () => {
    const events = new DomainEvents();
    let ran = false;
    events.subscribe(Happened, () => Promise.resolve(void (ran = true)));
    const outside = { queryRunner: undefined } as unknown as EntityManager;
    await expect(events.publish(outside, new Happened('x'))).rejects.toThrow(/inside a transaction/);
    expect(ran).toBe(false);
  });
});
