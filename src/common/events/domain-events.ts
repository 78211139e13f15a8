import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The class of a domain event: handlers subscribe to it, `publish` finds them by the event's class. */
export type DomainEventClass<E extends object> = abstract new (...args: never[]) => E;

/** A handler does its module's part of the event with the publisher's transaction (`manager`). */
export type DomainEventHandler<E extends object> = (event: E, manager: EntityManager) => Promise<void>;

/**
 * In-process domain events, handled synchronously inside the publisher's transaction: `publish`
 * awaits every handler of the event's class, in the order they subscribed, each with the same
 * EntityManager. A handler that throws fails the publish, so the publisher's transaction rolls back
 * with everything the other handlers did. This is how a module causes a side effect on a table it
 * doesn't own (an interaction advancing a participant's stage) without touching that table: the
 * owning module subscribes (docs/architecture.md, "Modules and tables").
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<DomainEventClass<object>, DomainEventHandler<object>[]>();

  /** Registers `handler` for events of class `type` (the owning module does, when it starts). */
  subscribe<E extends object>(type: DomainEventClass<E>, handler: DomainEventHandler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as DomainEventHandler<object>);
    this.handlers.set(type, list);
  }

  /**
   * Runs every handler of the event, one after another, with `manager`, which must be in a
   * transaction (a side effect committed without its cause, or the other way round, is the bug this
   * exists to prevent).
   */
  async publish(manager: EntityManager, event: object): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`${event.constructor.name} must be published inside a transaction`);
    }
    for (const handler of this.handlers.get(event.constructor as DomainEventClass<object>) ?? []) {
      await handler(event, manager);
    }
  }
}

/** The one bus, for every module (global: publishers and subscribers need not import anything). */
@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
