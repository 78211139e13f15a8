import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiDelete, apiGet, type Page } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/*
 * Waves after a referral between two participants are recomputed from what the referral can change
 * (referral-graph.repository.ts, lowerAfterReferral) instead of walking the whole inquiry. This spec
 * checks the result against a model of the whole walk (docs/domain.md, "Waves"), over random
 * snowballs: seeds, referrals (to new and to existing participants, attempts at cycles, duplicates),
 * deleted referrals (orphans leave or become seeds) and people reached directly.
 */

interface Participant {
  contactId: string;
  origin: string;
  wave: number;
  stage: string;
}

type Op =
  | { kind: 'seed'; contact: number }
  | { kind: 'refer'; from: number; to: number; existing: boolean }
  | { kind: 'unrefer'; index: number }
  | { kind: 'meet'; contact: number };

/** The rules of the whole walk, on plain data: what the API must show after every operation. */
class Model {
  readonly people = new Map<number, { origin: string; wave: number; stage: string }>();
  readonly referrals: Array<{ id: string; from: number; to: number; live: boolean }> = [];

  private live() {
    return this.referrals.filter((r) => r.live);
  }

  reaches(from: number, to: number): boolean {
    const seen = new Set([from]);
    const todo = [from];
    while (todo.length > 0) {
      const at = todo.pop()!;
      if (at === to) return true;
      for (const r of this.live()) {
        if (r.from === at && !seen.has(r.to)) {
          seen.add(r.to);
          todo.push(r.to);
        }
      }
    }
    return false;
  }

  /** Distances from the roots (seeds and people reached directly) along live referrals (through anyone), then orphans. */
  recompute(): number[] {
    const distance = new Map<number, number>();
    let frontier = [...this.people].filter(([, p]) => p.origin !== 'referral').map(([c]) => c);
    frontier.forEach((c) => distance.set(c, 0));
    for (let depth = 1; frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const r of this.live()) {
        if (frontier.includes(r.from) && !distance.has(r.to)) {
          distance.set(r.to, depth);
          next.push(r.to);
        }
      }
      frontier = next;
    }
    const orphans: number[] = [];
    for (const [c, p] of this.people) {
      if (p.origin !== 'referral') continue;
      const d = distance.get(c);
      if (d === undefined) orphans.push(c);
      else p.wave = d;
    }
    return orphans;
  }

  /** Engaged orphans become seeds first (walk again); only then do the untouched ones left leave. */
  settle(): void {
    for (let round = 0; round < 1000; round++) {
      const orphans = this.recompute();
      if (orphans.length === 0) return;
      const engaged = orphans.filter((c) => this.people.get(c)!.stage !== 'suggested');
      if (engaged.length > 0) {
        for (const c of engaged) this.people.set(c, { origin: 'seed', wave: 0, stage: this.people.get(c)!.stage });
        continue;
      }
      for (const c of orphans) this.people.delete(c);
    }
  }
}

describe('waves after a referral (recomputed from what changed)', () => {
  let t: TestApp;
  let user: TestUser;
  const pool: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_USER_PER_MINUTE: '1000000', RATE_LIMIT_IP_PER_MINUTE: '1000000' });
    user = await registerUser(t);
    for (let i = 0; i < 9; i++) pool.push((await api.createContact(t, user, { name: `Person ${i}` })).id);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The inquiry's participants (a few: one page) by contact. */
  const participants = async (inquiryId: string) => {
    const page = await apiGet<Page<Participant>>(t, user, `/v1/inquiries/${inquiryId}/participants`, { limit: 100 });
    expect(page.nextCursor).toBeNull();
    return new Map(page.data.map((p) => [p.contactId, { origin: p.origin, wave: p.wave, stage: p.stage }]));
  };

  /** Applies one operation to the API and to the model; both must agree on the answer. */
  async function apply(inquiryId: string, model: Model, op: Op): Promise<string> {
    if (op.kind === 'seed') {
      const res = await t
        .http()
        .post(`/v1/inquiries/${inquiryId}/participants`)
        .set(user.auth)
        .send({ contactId: pool[op.contact] });
      const expected = model.people.has(op.contact) ? 409 : 201;
      expect(res.status).toBe(expected);
      if (expected === 201) model.people.set(op.contact, { origin: 'seed', wave: 0, stage: 'to_ask' });
      return `seed ${op.contact}: ${res.status}`;
    }
    if (op.kind === 'meet') {
      await api.logInteraction(t, user, { contactId: pool[op.contact], inquiryId, kind: 'meeting' });
      const p = model.people.get(op.contact);
      if (!p) model.people.set(op.contact, { origin: 'direct', wave: 0, stage: 'met' });
      else if (p.stage !== 'thanked') p.stage = 'met';
      return `meet ${op.contact}`;
    }
    if (op.kind === 'unrefer') {
      const live = model.referrals.filter((r) => r.live);
      if (live.length === 0) return 'unrefer: none';
      const referral = live[op.index % live.length];
      const res = await t.http().delete(`/v1/inquiries/${inquiryId}/referrals/${referral.id}`).set(user.auth);
      expect(res.status).toBe(204);
      referral.live = false;
      model.settle();
      return `unrefer ${referral.from}→${referral.to}`;
    }
    // Picks are read against the current snowball, so most attempts are between participants (or
    // bring someone new in) rather than refused for a referrer who is not one.
    const inside = [...model.people.keys()].sort((x, y) => x - y);
    const outside = pool.map((_, i) => i).filter((i) => !model.people.has(i));
    const from = inside.length > 0 ? inside[op.from % inside.length] : op.from % pool.length;
    const targets = op.existing || outside.length === 0 ? inside : outside;
    const to = targets.length > 0 ? targets[op.to % targets.length] : op.to % pool.length;
    const res = await t
      .http()
      .post(`/v1/inquiries/${inquiryId}/referrals`)
      .set(user.auth)
      .send({ referrerId: pool[from], referredId: pool[to] });
    const referrer = model.people.get(from);
    let expected = 201;
    if (!referrer || from === to) expected = 422;
    else if (model.reaches(to, from)) expected = 409;
    else if (model.referrals.some((r) => r.live && r.from === from && r.to === to)) expected = 409;
    expect(res.status).toBe(expected);
    if (expected === 201) {
      model.referrals.push({ id: (res.body as { id: string }).id, from, to, live: true });
      if (model.people.has(to)) model.recompute();
      else model.people.set(to, { origin: 'referral', wave: referrer!.wave + 1, stage: 'suggested' });
      expect((res.body as { wave: number }).wave).toBe(model.people.get(to)!.wave);
    }
    return `refer ${from}→${to}: ${res.status}`;
  }

  const contact = fc.integer({ min: 0, max: 8 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 2, arbitrary: contact.map((c) => ({ kind: 'seed' as const, contact: c })) },
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('refer' as const),
        from: fc.nat(20),
        to: fc.nat(20),
        existing: fc.boolean(),
      }),
    },
    { weight: 2, arbitrary: fc.nat(50).map((index) => ({ kind: 'unrefer' as const, index })) },
    { weight: 1, arbitrary: contact.map((c) => ({ kind: 'meet' as const, contact: c })) },
  );

  it('gives the waves the whole walk gives, after every operation on random snowballs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 6, maxLength: 30 }), async (ops) => {
        const inquiryId = (await api.createInquiry(t, user, { title: 'Random snowball' })).id;
        const model = new Model();
        const done: string[] = [];
        for (const next of ops) {
          done.push(await apply(inquiryId, model, next));
          const stored = await participants(inquiryId);
          const expected = new Map([...model.people].map(([c, p]) => [pool[c], p]));
          if (JSON.stringify([...stored].sort()) !== JSON.stringify([...expected].sort())) {
            throw new Error(
              `after ${done.join('; ')}\nstored ${JSON.stringify([...stored].sort())}\nexpected ${JSON.stringify([...expected].sort())}`,
            );
          }
        }
      }),
      { numRuns: 40, seed: 8, endOnFailure: true },
    );
  }, 300_000);

  it('moves a deep participant and everyone downstream up when a seed refers them, and no one else', async () => {
    const inquiryId = (await api.createInquiry(t, user, { title: 'A long chain' })).id;
    const chain: string[] = [];
    for (let i = 0; i < 6; i++) chain.push((await api.createContact(t, user, { name: `Chain ${i}` })).id);
    const other = (await api.createContact(t, user, { name: 'Other seed' })).id;
    await api.addParticipant(t, user, inquiryId, chain[0]);
    await api.addParticipant(t, user, inquiryId, other);
    for (let i = 1; i < 6; i++) {
      await api.createReferral(t, user, inquiryId, { referrerId: chain[i - 1], referredId: chain[i] });
    }
    // A parallel way into chain[5] at the same distance: lowering chain[3] must not touch its wave…
    const side = (await api.createContact(t, user, { name: 'Side' })).id;
    await api.createReferral(t, user, inquiryId, { referrerId: chain[3], referredId: side });
    const before = await t.sql<{ contact_id: string; version: number }>(
      `SELECT contact_id, version FROM participant WHERE inquiry_id = $1`,
      [inquiryId],
    );
    const made = await api.createReferral<{ wave: number }>(t, user, inquiryId, {
      referrerId: other,
      referredId: chain[3],
    });
    expect(made.wave).toBe(1);
    const waves = await participants(inquiryId);
    expect(chain.map((c) => waves.get(c)?.wave)).toEqual([0, 1, 2, 1, 2, 3]);
    expect(waves.get(side)?.wave).toBe(2);
    // Only the rows whose wave changed were written (a new version and sync number each).
    const after = await t.sql<{ contact_id: string; version: number }>(
      `SELECT contact_id, version FROM participant WHERE inquiry_id = $1`,
      [inquiryId],
    );
    const bumped = after
      .filter((row) => before.find((b) => b.contact_id === row.contact_id)!.version !== row.version)
      .map((row) => row.contact_id)
      .sort();
    expect(bumped).toEqual([chain[3], chain[4], chain[5], side].sort());
  });

  it('keeps the people an engaged orphan suggested: it becomes a seed first, and they stay a wave below it', async () => {
    const inquiryId = (await api.createInquiry(t, user, { title: 'Engaged orphan' })).id;
    const [s, a, b] = await Promise.all(
      ['S', 'A', 'B'].map(async (name) => (await api.createContact(t, user, { name })).id),
    );
    await api.addParticipant(t, user, inquiryId, s);
    const toA = await api.createReferral<{ id: string }>(t, user, inquiryId, { referrerId: s, referredId: a });
    await api.createReferral(t, user, inquiryId, { referrerId: a, referredId: b });
    await api.logInteraction(t, user, { contactId: a, inquiryId, kind: 'meeting' });
    // S → A goes: A (met) is an orphan and becomes a seed; B (suggested) is reached from A again.
    await apiDelete(t, user, `/v1/inquiries/${inquiryId}/referrals/${toA.id}`);
    const after = await participants(inquiryId);
    expect([a, b].map((c) => [after.get(c)?.origin, after.get(c)?.wave])).toEqual([
      ['seed', 0],
      ['referral', 1],
    ]);
  });

  it('counts someone reached directly as a root, like a seed: their referrals are a wave below them and never orphans', async () => {
    const inquiryId = (await api.createInquiry(t, user, { title: 'Reached directly' })).id;
    const [s, a, b, d, x, y] = await Promise.all(
      ['S', 'A', 'B', 'D', 'X', 'Y'].map(async (name) => (await api.createContact(t, user, { name })).id),
    );
    await api.addParticipant(t, user, inquiryId, s);
    await api.createReferral(t, user, inquiryId, { referrerId: s, referredId: a });
    await api.createReferral(t, user, inquiryId, { referrerId: a, referredId: b });
    await api.createReferral(t, user, inquiryId, { referrerId: b, referredId: x });
    await api.createReferral(t, user, inquiryId, { referrerId: x, referredId: y });
    // D joins directly (a meeting, wave 0), S also refers D, then D refers X: X is one wave below D.
    await api.logInteraction(t, user, { contactId: d, inquiryId, kind: 'meeting' });
    await api.createReferral(t, user, inquiryId, { referrerId: s, referredId: d });
    const made = await api.createReferral<{ wave: number }>(t, user, inquiryId, { referrerId: d, referredId: x });
    expect(made.wave).toBe(1);
    const waves = async () => {
      const all = await participants(inquiryId);
      return [s, a, b, d, x, y].map((c) => [all.get(c)?.origin, all.get(c)?.wave]);
    };
    const expected = [
      ['seed', 0],
      ['referral', 1],
      ['referral', 2],
      ['direct', 0],
      ['referral', 1],
      ['referral', 2],
    ];
    expect(await waves()).toEqual(expected);

    // Deleting B → X (the whole walk runs): X and Y stay, still reached through D; nobody is orphaned.
    const edges = await t.sql<{ id: string }>(
      `SELECT id FROM referral WHERE owner_id = $1 AND inquiry_id = $2 AND referrer_id = $3 AND referred_id = $4`,
      [user.id, inquiryId, b, x],
    );
    await apiDelete(t, user, `/v1/inquiries/${inquiryId}/referrals/${edges[0].id}`);
    expect(await waves()).toEqual(expected);

    // E is reached directly and referred by no one; E suggests Z. Deleting an unrelated referral
    // (S → W: W leaves) settles orphans, and Z, reached from E, is none of them.
    const [e, z, w] = await Promise.all(
      ['E', 'Z', 'W'].map(async (name) => (await api.createContact(t, user, { name })).id),
    );
    await api.logInteraction(t, user, { contactId: e, inquiryId, kind: 'call' });
    expect(
      (await api.createReferral<{ wave: number }>(t, user, inquiryId, { referrerId: e, referredId: z })).wave,
    ).toBe(1);
    const toW = await api.createReferral<{ id: string }>(t, user, inquiryId, { referrerId: s, referredId: w });
    await apiDelete(t, user, `/v1/inquiries/${inquiryId}/referrals/${toW.id}`);
    const after = await participants(inquiryId);
    expect(after.has(w)).toBe(false);
    expect([after.get(e)?.origin, after.get(e)?.wave, after.get(z)?.origin, after.get(z)?.wave]).toEqual([
      'direct',
      0,
      'referral',
      1,
    ]);
  });
});
