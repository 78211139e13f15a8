/*
 * The contact summary each participant keeps (`contact_name`, `contact_organization`,
 * `contact_seniority`, `contact_same_organization`, `contact_live`: the read model of
 * src/modules/snowball/participant-contacts.repository.ts) must equal its contact after every write
 * that creates a participant or changes a contact's summary. Each path is walked through the API;
 * after each step every participant row of the user (live or removed) is compared with its contact
 * (the SQL here only reads, but in the last test, which blanks the summaries as rows written before
 * migrations/1795880000000-KeepContactSummaryOnParticipant.ts had them and runs its backfill), and
 * suggestions and stats, which read the summary, must show the contact as it is now.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import {
  BACKFILL_PARTICIPANT_CONTACTS,
  KeepContactSummaryOnParticipant1795880000000,
} from '../../migrations/1795880000000-KeepContactSummaryOnParticipant.js';
import { registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { apiDelete, apiGet, apiPatch, apiPost, expectStatus, type Page } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Suggestion {
  contactId: string;
  name: string;
  organization: string | null;
  seniority: string | null;
  sameOrganization: boolean | null;
  source: string;
  wave: number | null;
  stage: string | null;
  origin: string | null;
  score: number;
  reasons: Array<{ code: string }>;
}
interface Stats {
  funnel: Array<{ stage: string; participants: number }>;
  waves: Array<{ wave: number; people: number; asked: number; met: number }>;
  perspectiveCoverage: {
    cells: Array<{ seniority: string; sameOrganization: boolean; participants: number; met: number }>;
    unplaced: number;
  };
}
interface Participant {
  contactId: string;
  origin: string;
  wave: number;
  stage: string;
  contact: { name: string; organization: string | null };
}
interface Contact {
  id: string;
  name: string;
  organization: string | null;
  seniority: string | null;
  sameOrganization: boolean | null;
}
interface Summary {
  contact_name: string | null;
  contact_organization: string | null;
  contact_seniority: string | null;
  contact_same_organization: boolean | null;
  contact_live: boolean;
}

/**
 * The owner's participants (every row: live or removed) whose summary is not their contact's as it
 * is now, by the definition of REFRESH_PARTICIPANT_CONTACTS; a participant without its contact row
 * counts as wrong too. One owner per query (on Citus, one shard).
 */
const STALE_SUMMARIES = `
  SELECT p.id AS participant_id, p.inquiry_id, p.contact_id, p.origin::text AS origin, p.stage::text AS stage,
         p.deleted_at IS NOT NULL AS participant_removed,
         p.contact_name, p.contact_organization, p.contact_seniority::text AS contact_seniority,
         p.contact_same_organization, p.contact_live,
         c.id AS contact_row, c.name, c.organization, c.seniority::text AS seniority, c.same_organization,
         c.deleted_at IS NULL AS live
    FROM participant p
    LEFT JOIN contact c ON c.owner_id = $1 AND c.id = p.contact_id
   WHERE p.owner_id = $1
     AND (c.id IS NULL
          OR (p.contact_name, p.contact_organization, p.contact_seniority, p.contact_same_organization, p.contact_live)
             IS DISTINCT FROM (c.name, c.organization, c.seniority, c.same_organization, c.deleted_at IS NULL))
   ORDER BY p.created_at, p.id`;

const LINKEDIN_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe("participants' contact summary: equal to the contact after every kind of write", () => {
  let t: TestApp;
  let user: TestUser;
  /** Every user whose participants are checked (the restored account joins at the end). */
  const owners: TestUser[] = [];
  let main: string;
  let second: string;
  const c: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
    owners.push(user);
    main = (await api.createInquiry(t, user, { title: 'Summary: main' })).id;
    second = (await api.createInquiry(t, user, { title: 'Summary: second' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** The invariant, over every participant row of every owner checked; a failure lists the stale rows. */
  async function expectSummariesInStep(): Promise<void> {
    for (const owner of owners) {
      const stale = await t.sql(STALE_SUMMARIES, [owner.id]);
      expect({ owner: owner.email, stale }).toEqual({ owner: owner.email, stale: [] });
      const [{ n }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM participant WHERE owner_id = $1`, [
        owner.id,
      ]);
      // Not vacuous: there are participants to compare.
      expect(Number(n)).toBeGreaterThan(0);
    }
  }

  /** The summary stored on the one live participant of this contact in this inquiry. */
  async function summaryOf(inquiryId: string, contactId: string, owner: TestUser = user): Promise<Summary> {
    const rows = await t.sql<Summary>(
      `SELECT contact_name, contact_organization, contact_seniority::text AS contact_seniority,
              contact_same_organization, contact_live
         FROM participant WHERE owner_id = $1 AND inquiry_id = $2 AND contact_id = $3 AND deleted_at IS NULL`,
      [owner.id, inquiryId, contactId],
    );
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  const contact = async (body: Record<string, unknown>) => (await api.createContact(t, user, body)).id;
  const getContact = (id: string) => apiGet<Contact>(t, user, `/v1/contacts/${id}`);

  async function participants(inquiryId: string, owner: TestUser = user): Promise<Participant[]> {
    const page = await apiGet<Page<Participant>>(t, owner, `/v1/inquiries/${inquiryId}/participants`, { limit: 100 });
    expect(page.nextCursor).toBeNull();
    return page.data;
  }
  const participantOf = async (inquiryId: string, contactId: string) =>
    (await participants(inquiryId)).find((participant) => participant.contactId === contactId);

  async function suggestions(inquiryId: string, owner: TestUser = user): Promise<Suggestion[]> {
    const page = await apiGet<Page<Suggestion>>(t, owner, `/v1/inquiries/${inquiryId}/suggestions`, { limit: 100 });
    expect(page.nextCursor).toBeNull();
    return page.data;
  }
  const suggestionOf = async (inquiryId: string, contactId: string) =>
    (await suggestions(inquiryId)).find((suggestion) => suggestion.contactId === contactId);
  const stats = (inquiryId: string, owner: TestUser = user) =>
    apiGet<Stats>(t, owner, `/v1/inquiries/${inquiryId}/stats`);
  const funnelOf = (figures: Stats) =>
    Object.fromEntries(figures.funnel.map((row) => [row.stage, row.participants])) as Record<string, number>;
  const total = (figures: Stats) => figures.funnel.reduce((sum, row) => sum + row.participants, 0);
  const cell = (figures: Stats, seniority: string, sameOrganization: boolean) =>
    figures.perspectiveCoverage.cells.find(
      (row) => row.seniority === seniority && row.sameOrganization === sameOrganization,
    )!;
  const codes = (suggestion: Suggestion | undefined) => suggestion?.reasons.map((reason) => reason.code).sort();
  /** Everything the summary feeds, in both inquiries: the suggestions, the funnel, the waves, the coverage. */
  async function figures(owner: TestUser = user) {
    const all = [];
    for (const inquiryId of [main, second]) {
      const { funnel, waves, perspectiveCoverage } = await stats(inquiryId, owner);
      all.push({ inquiryId, suggestions: await suggestions(inquiryId, owner), funnel, waves, perspectiveCoverage });
    }
    return all;
  }
  const erase = async (contactId: string) => {
    const res = await t.http().post(`/v1/contacts/${contactId}/erase`).set(user.auth).send({});
    expectStatus(res, 200);
    return res.body as { contacts: number; participants: number; referrals: number };
  };

  const importFile = async (body: string, type: string) => {
    const res = await t.http().post('/v1/contacts/import').set(user.auth).set('Content-Type', type).send(body);
    expectStatus(res, 200);
    return res.body as { created: number; updated: number; unchanged: number };
  };

  it("a seed (POST participants) takes its contact's summary, blanks included", async () => {
    c.ada = await contact({ name: 'Ada Seed', organization: 'Acme', seniority: 'senior', sameOrganization: true });
    c.nil = await contact({ name: 'Nil Blank' });
    await api.addParticipant(t, user, main, c.ada);
    await api.addParticipant(t, user, second, c.ada);
    await api.addParticipant(t, user, main, c.nil);
    expect(await participantOf(main, c.ada)).toMatchObject({ origin: 'seed', wave: 0, stage: 'to_ask' });
    expect(await participantOf(second, c.ada)).toMatchObject({ origin: 'seed', wave: 0, stage: 'to_ask' });
    await expectSummariesInStep();
    expect(await summaryOf(main, c.ada)).toEqual({
      contact_name: 'Ada Seed',
      contact_organization: 'Acme',
      contact_seniority: 'senior',
      contact_same_organization: true,
      contact_live: true,
    });
    expect(await summaryOf(main, c.nil)).toEqual({
      contact_name: 'Nil Blank',
      contact_organization: null,
      contact_seniority: null,
      contact_same_organization: null,
      contact_live: true,
    });
    // A seed at to_ask is suggested as not yet asked, described from the summary.
    expect(await suggestionOf(main, c.ada)).toMatchObject({
      name: 'Ada Seed',
      organization: 'Acme',
      seniority: 'senior',
      sameOrganization: true,
      source: 'inquiry',
      origin: 'seed',
      stage: 'to_ask',
    });
    expect(codes(await suggestionOf(main, c.ada))).toContain('not_yet_asked');
    expect(await suggestionOf(main, c.nil)).toMatchObject({ name: 'Nil Blank', organization: null, seniority: null });
  });

  it('a referral to a new contact (referred: {...}) makes a participant with the new contact’s summary', async () => {
    const made = await api.createReferral<{ referredId: string; wave: number }>(t, user, main, {
      referrerId: c.ada,
      referred: { name: '  Bea Newcomer ', organization: 'Initech', seniority: 'peer', sameOrganization: false },
      reason: 'runs the pilot',
    });
    c.bea = made.referredId;
    expect(made.wave).toBe(1);
    expect((await getContact(c.bea)).name).toBe('Bea Newcomer');
    expect(await participantOf(main, c.bea)).toMatchObject({ origin: 'referral', wave: 1, stage: 'suggested' });
    await expectSummariesInStep();
    expect(await summaryOf(main, c.bea)).toMatchObject({ contact_name: 'Bea Newcomer', contact_live: true });
    expect(await suggestionOf(main, c.bea)).toMatchObject({
      name: 'Bea Newcomer',
      organization: 'Initech',
      seniority: 'peer',
      sameOrganization: false,
      origin: 'referral',
    });
    expect(codes(await suggestionOf(main, c.bea))).toContain('referred_not_asked');
  });

  it('a referral to an existing contact who is not a participant yet reads the summary from the contact', async () => {
    c.cy = await contact({
      name: 'Cy Existing',
      organization: 'Globex',
      seniority: 'executive',
      sameOrganization: false,
    });
    // Known before: not a participant of main; a participant of second already.
    await api.addParticipant(t, user, second, c.cy);
    expect(await participantOf(main, c.cy)).toBeUndefined();
    const made = await api.createReferral<{ wave: number }>(t, user, main, { referrerId: c.ada, referredId: c.cy });
    expect(made.wave).toBe(1);
    expect(await participantOf(main, c.cy)).toMatchObject({ origin: 'referral', wave: 1, stage: 'suggested' });
    await expectSummariesInStep();
    expect(await summaryOf(main, c.cy)).toEqual({
      contact_name: 'Cy Existing',
      contact_organization: 'Globex',
      contact_seniority: 'executive',
      contact_same_organization: false,
      contact_live: true,
    });
    expect(await suggestionOf(main, c.cy)).toMatchObject({ name: 'Cy Existing', organization: 'Globex' });
  });

  it('a conversation or ask logged in the inquiry with a non-participant makes a direct participant with the summary', async () => {
    c.dee = await contact({ name: 'Dee Direct', organization: 'Hooli', seniority: 'junior', sameOrganization: true });
    c.eli = await contact({ name: 'Eli Met', organization: 'Soylent', seniority: 'executive', sameOrganization: true });
    const before = await stats(main);
    const ask = await api.logInteraction<{ joined: unknown[] }>(t, user, {
      contactId: c.dee,
      inquiryId: main,
      kind: 'ask',
    });
    expect(ask.joined).toEqual([{ inquiryId: main, contactId: c.dee, origin: 'direct', wave: 0, stage: 'asked' }]);
    const meeting = await api.logInteraction<{ joined: unknown[] }>(t, user, {
      contactId: c.eli,
      inquiryId: main,
      kind: 'meeting',
    });
    expect(meeting.joined).toEqual([{ inquiryId: main, contactId: c.eli, origin: 'direct', wave: 0, stage: 'met' }]);
    expect(await participantOf(main, c.dee)).toMatchObject({ origin: 'direct', stage: 'asked' });
    await expectSummariesInStep();
    expect(await summaryOf(main, c.eli)).toMatchObject({ contact_name: 'Eli Met', contact_seniority: 'executive' });
    // Stats count them from the summary: in the funnel, and Eli's perspective is heard.
    const after = await stats(main);
    expect(total(after)).toBe(total(before) + 2);
    expect(funnelOf(after).asked).toBe(funnelOf(before).asked + 1);
    expect(funnelOf(after).met).toBe(funnelOf(before).met + 1);
    expect(cell(after, 'executive', true).met).toBe(cell(before, 'executive', true).met + 1);
    expect(cell(after, 'junior', true).participants).toBe(cell(before, 'junior', true).participants + 1);
  });

  it('a conversation moved into the inquiry (PATCH interaction inquiryId) makes a direct participant with the summary', async () => {
    c.max = await contact({ name: 'Max Moved', organization: 'Massive Dynamic', seniority: 'peer' });
    const call = await api.logInteraction<{ id: string; joined: unknown[] }>(t, user, {
      contactId: c.max,
      kind: 'call',
    });
    expect(call.joined).toEqual([]);
    expect(await participantOf(main, c.max)).toBeUndefined();
    const moved = await apiPatch<{ joined: unknown[] }>(t, user, `/v1/interactions/${call.id}`, { inquiryId: main });
    expect(moved.joined).toEqual([{ inquiryId: main, contactId: c.max, origin: 'direct', wave: 0, stage: 'met' }]);
    await expectSummariesInStep();
    expect(await summaryOf(main, c.max)).toEqual({
      contact_name: 'Max Moved',
      contact_organization: 'Massive Dynamic',
      contact_seniority: 'peer',
      contact_same_organization: null,
      contact_live: true,
    });
  });

  it('a debrief with a non-participant and its referrals (new and existing contacts) makes participants with summaries', async () => {
    c.gus = await contact({ name: 'Gus Debrief', organization: 'Stark' });
    c.ida = await contact({ name: 'Ida Known', seniority: 'senior', sameOrganization: false });
    const res = await t
      .http()
      .post('/v1/debriefs')
      .set(user.auth)
      .send({
        conversation: { contactId: c.gus, inquiryId: main, kind: 'call' },
        referrals: [
          { contact: { name: 'Hal Fresh', organization: 'Tyrell' }, reason: 'built it' },
          { contactId: c.ida, reason: 'knows the budget' },
        ],
      });
    expectStatus(res, 201);
    const all = await participants(main);
    const hal = all.find((participant) => participant.contact.name === 'Hal Fresh');
    expect(hal).toMatchObject({ origin: 'referral', wave: 1, stage: 'suggested', contact: { organization: 'Tyrell' } });
    c.hal = hal!.contactId;
    expect(all.find((participant) => participant.contactId === c.gus)).toMatchObject({
      origin: 'direct',
      stage: 'met',
    });
    expect(all.find((participant) => participant.contactId === c.ida)).toMatchObject({ origin: 'referral', wave: 1 });
    await expectSummariesInStep();
    expect(await suggestionOf(main, c.hal)).toMatchObject({ name: 'Hal Fresh', organization: 'Tyrell' });
    expect(await suggestionOf(main, c.ida)).toMatchObject({ name: 'Ida Known', seniority: 'senior' });
  });

  it('a reflection queuing contacts who are not participants makes them seeds with their summary', async () => {
    c.fay = await contact({ name: 'Fay Queued', organization: 'Cyberdyne', seniority: 'peer', sameOrganization: true });
    const reflection = await api.createReflection<{
      queue: { joined: string[]; queued: Array<{ contactId: string; previousStage: string }> };
    }>(t, user, main, { learned: 'Ask Fay, and Bea again', nextContactIds: [c.fay, c.bea] });
    expect(reflection.queue.joined).toEqual([c.fay]);
    expect(reflection.queue.queued).toEqual([{ contactId: c.bea, previousStage: 'suggested' }]);
    expect(await participantOf(main, c.fay)).toMatchObject({ origin: 'seed', wave: 0, stage: 'to_ask' });
    await expectSummariesInStep();
    expect(await summaryOf(main, c.fay)).toEqual({
      contact_name: 'Fay Queued',
      contact_organization: 'Cyberdyne',
      contact_seniority: 'peer',
      contact_same_organization: true,
      contact_live: true,
    });
    expect(await suggestionOf(main, c.fay)).toMatchObject({ name: 'Fay Queued', organization: 'Cyberdyne' });
    expect(codes(await suggestionOf(main, c.fay))).toContain('not_yet_asked');
  });

  it("renaming a participant's contact, or changing its organisation, shows in every inquiry's suggestions", async () => {
    await apiPatch(t, user, `/v1/contacts/${c.ada}`, { name: 'Ada Renamed', organization: 'Acme Labs' });
    expect(await getContact(c.ada)).toMatchObject({ name: 'Ada Renamed', organization: 'Acme Labs' });
    await expectSummariesInStep();
    for (const inquiryId of [main, second]) {
      const list = await suggestions(inquiryId);
      expect(list.find((suggestion) => suggestion.contactId === c.ada)).toMatchObject({
        name: 'Ada Renamed',
        organization: 'Acme Labs',
      });
      expect(list.map((suggestion) => suggestion.name)).not.toContain('Ada Seed');
    }
    // The name alone, then the organisation cleared.
    await apiPatch(t, user, `/v1/contacts/${c.bea}`, { name: 'Bea Renamed' });
    await expectSummariesInStep();
    expect(await suggestionOf(main, c.bea)).toMatchObject({ name: 'Bea Renamed', organization: 'Initech' });
    await apiPatch(t, user, `/v1/contacts/${c.cy}`, { organization: null });
    expect((await getContact(c.cy)).organization).toBeNull();
    await expectSummariesInStep();
    expect(await suggestionOf(main, c.cy)).toMatchObject({ name: 'Cy Existing', organization: null });
  });

  it("changing a participant's contact's seniority or inside/outside moves stats' perspective coverage", async () => {
    const before = await stats(main);
    await apiPatch(t, user, `/v1/contacts/${c.eli}`, { seniority: 'peer', sameOrganization: false });
    expect(await getContact(c.eli)).toMatchObject({ seniority: 'peer', sameOrganization: false });
    await expectSummariesInStep();
    const after = await stats(main);
    expect(cell(after, 'executive', true).met).toBe(cell(before, 'executive', true).met - 1);
    expect(cell(after, 'peer', false).met).toBe(cell(before, 'peer', false).met + 1);
    await apiPatch(t, user, `/v1/contacts/${c.cy}`, { seniority: null });
    await expectSummariesInStep();
    expect(await suggestionOf(main, c.cy)).toMatchObject({ seniority: null, sameOrganization: false });
    expect((await stats(main)).perspectiveCoverage.unplaced).toBe(after.perspectiveCoverage.unplaced + 1);
  });

  it("deleting a participant's contact takes them out of the funnel, the waves and the suggestions", async () => {
    const before = await stats(main);
    expect(await suggestionOf(main, c.fay)).toBeDefined();
    await apiDelete(t, user, `/v1/contacts/${c.fay}`);
    expect((await t.http().get(`/v1/contacts/${c.fay}`).set(user.auth)).status).toBe(404);
    await expectSummariesInStep();
    const [row] = await t.sql<{ contact_live: boolean; removed: boolean }>(
      `SELECT contact_live, deleted_at IS NOT NULL AS removed FROM participant
        WHERE owner_id = $1 AND inquiry_id = $2 AND contact_id = $3`,
      [user.id, main, c.fay],
    );
    expect(row).toEqual({ contact_live: false, removed: false });
    const after = await stats(main);
    expect(total(after)).toBe(total(before) - 1);
    expect(funnelOf(after).to_ask).toBe(funnelOf(before).to_ask - 1);
    const wave0 = (figures: Stats) => figures.waves.find((wave) => wave.wave === 0)!.people;
    expect(wave0(after)).toBe(wave0(before) - 1);
    expect(cell(after, 'peer', true).participants).toBe(cell(before, 'peer', true).participants - 1);
    expect(await suggestionOf(main, c.fay)).toBeUndefined();
    expect((await suggestions(main)).map((suggestion) => suggestion.name)).not.toContain('Fay Queued');
  });

  it('a merge where only the merged contact is a participant: the survivor takes the participant, its name shows', async () => {
    c.ivy = await contact({ name: 'Ivy Survivor' });
    c.ivyDup = await contact({ name: 'Ivy Duplicate', organization: 'Umbrella', seniority: 'senior' });
    await api.addParticipant(t, user, main, c.ivyDup);
    expect(await suggestionOf(main, c.ivyDup)).toMatchObject({ name: 'Ivy Duplicate' });
    const merged = await apiPost<{ moved: { participants: number }; fieldsFilled: string[] }>(
      t,
      user,
      `/v1/contacts/${c.ivy}/merge`,
      { otherId: c.ivyDup },
      200,
    );
    expect(merged.moved.participants).toBe(1);
    expect(merged.fieldsFilled).toEqual(expect.arrayContaining(['organization', 'seniority']));
    expect(await participantOf(main, c.ivy)).toMatchObject({ origin: 'seed', stage: 'to_ask' });
    await expectSummariesInStep();
    const list = await suggestions(main);
    expect(list.find((suggestion) => suggestion.contactId === c.ivy)).toMatchObject({
      name: 'Ivy Survivor',
      organization: 'Umbrella',
      seniority: 'senior',
    });
    expect(list.map((suggestion) => suggestion.name)).not.toContain('Ivy Duplicate');
  });

  it('a merge where both contacts are participants: one participant stays, with the survivor’s name', async () => {
    c.jo = await contact({ name: 'Jo Keep' });
    c.joDup = await contact({ name: 'Jo Duplicate', organization: 'Oscorp', sameOrganization: true });
    await api.addParticipant(t, user, main, c.jo);
    await api.createReferral(t, user, main, { referrerId: c.ada, referredId: c.joDup, reason: 'same person' });
    await api.addParticipant(t, user, second, c.joDup);
    const totalBefore = total(await stats(main));
    const merged = await apiPost<{ moved: { participants: number }; participantsCombined: unknown[] }>(
      t,
      user,
      `/v1/contacts/${c.jo}/merge`,
      { otherId: c.joDup },
      200,
    );
    expect(merged.participantsCombined).toEqual([expect.objectContaining({ inquiryId: main })]);
    expect(merged.moved.participants).toBe(1);
    expect((await participants(main)).filter((p) => [c.jo, c.joDup].includes(p.contactId))).toEqual([
      expect.objectContaining({ contactId: c.jo, origin: 'seed', wave: 0 }),
    ]);
    expect(await participantOf(second, c.jo)).toMatchObject({ origin: 'seed' });
    await expectSummariesInStep();
    expect(total(await stats(main))).toBe(totalBefore - 1);
    for (const inquiryId of [main, second]) {
      const list = await suggestions(inquiryId);
      expect(list.find((suggestion) => suggestion.contactId === c.jo)).toMatchObject({
        name: 'Jo Keep',
        organization: 'Oscorp',
        sameOrganization: true,
      });
      expect(list.map((suggestion) => suggestion.name)).not.toContain('Jo Duplicate');
    }
  });

  it('a merge that fills nothing on the survivor: the participant it takes over shows the survivor, not the duplicate', async () => {
    c.uma = await contact({
      name: 'Uma Survivor',
      organization: 'Black Mesa',
      seniority: 'executive',
      sameOrganization: true,
    });
    c.umaDup = await contact({
      name: 'Uma Duplicate',
      organization: 'Aperture',
      seniority: 'junior',
      sameOrganization: false,
    });
    // The survivor takes part in main only; the duplicate in second only.
    await api.addParticipant(t, user, main, c.uma);
    await api.addParticipant(t, user, second, c.umaDup);
    expect(await participantOf(second, c.uma)).toBeUndefined();
    expect(await suggestionOf(second, c.umaDup)).toMatchObject({ name: 'Uma Duplicate', organization: 'Aperture' });
    const before = await stats(second);
    const merged = await apiPost<{
      moved: { participants: number };
      fieldsFilled: string[];
      fieldsKept: string[];
      participantsCombined: unknown[];
    }>(t, user, `/v1/contacts/${c.uma}/merge`, { otherId: c.umaDup }, 200);
    // The survivor has its organisation and perspective already: the merge fills none of them.
    expect(merged.fieldsFilled).toEqual([]);
    expect(merged.fieldsKept).toEqual(
      expect.arrayContaining(['name', 'organization', 'seniority', 'sameOrganization']),
    );
    expect(merged.participantsCombined).toEqual([]);
    expect(merged.moved.participants).toBe(1);
    expect(await participantOf(second, c.uma)).toMatchObject({ origin: 'seed', wave: 0, stage: 'to_ask' });
    await expectSummariesInStep();
    expect(await summaryOf(second, c.uma)).toEqual({
      contact_name: 'Uma Survivor',
      contact_organization: 'Black Mesa',
      contact_seniority: 'executive',
      contact_same_organization: true,
      contact_live: true,
    });
    const list = await suggestions(second);
    expect(list.find((suggestion) => suggestion.contactId === c.uma)).toMatchObject({
      name: 'Uma Survivor',
      organization: 'Black Mesa',
      seniority: 'executive',
      sameOrganization: true,
    });
    expect(list.map((suggestion) => suggestion.name)).not.toContain('Uma Duplicate');
    // Still one participant, counted from the survivor's perspective now.
    const after = await stats(second);
    expect(total(after)).toBe(total(before));
    expect(cell(after, 'junior', false).participants).toBe(cell(before, 'junior', false).participants - 1);
    expect(cell(after, 'executive', true).participants).toBe(cell(before, 'executive', true).participants + 1);
  });

  it("erasing a participant who referred others: no row keeps their name, the others' summaries stay right", async () => {
    c.ned = await contact({
      name: 'Ned Erased',
      organization: 'Vandelay',
      seniority: 'executive',
      sameOrganization: false,
    });
    c.pia = await contact({ name: 'Pia Asked', organization: 'Pendant', seniority: 'junior', sameOrganization: false });
    await api.addParticipant(t, user, main, c.ned);
    await api.addParticipant(t, user, second, c.ned);
    // Ned referred a newcomer (not asked yet) and Pia (asked since): orphans once Ned is gone.
    const oli = await api.createReferral<{ referredId: string }>(t, user, main, {
      referrerId: c.ned,
      referred: { name: 'Oli Orphan', organization: 'Kramerica' },
    });
    c.oli = oli.referredId;
    await api.createReferral(t, user, main, { referrerId: c.ned, referredId: c.pia });
    await api.logInteraction(t, user, { contactId: c.pia, inquiryId: main, kind: 'ask' });
    expect(await participantOf(main, c.pia)).toMatchObject({ origin: 'referral', wave: 1, stage: 'asked' });
    expect(await suggestionOf(main, c.ned)).toMatchObject({ name: 'Ned Erased', organization: 'Vandelay' });
    expect(await suggestionOf(second, c.ned)).toMatchObject({ name: 'Ned Erased' });
    const [beforeMain, beforeSecond] = [await stats(main), await stats(second)];
    expect(await erase(c.ned)).toMatchObject({ contacts: 1, participants: 2, referrals: 2 });
    await expectSummariesInStep();
    // No participant row holds the erased person, by id or by the name its summary kept.
    const [{ n }] = await t.sql<{ n: string }>(
      `SELECT count(*) AS n FROM participant WHERE owner_id = $1 AND (contact_id = $2 OR contact_name = 'Ned Erased')`,
      [user.id, c.ned],
    );
    expect(Number(n)).toBe(0);
    // Pia, engaged, became a seed (her summary compared above); the newcomer left with Ned.
    expect(await participantOf(main, c.pia)).toMatchObject({ origin: 'seed', wave: 0, stage: 'asked' });
    expect(await participantOf(main, c.oli)).toBeUndefined();
    const [afterMain, afterSecond] = [await stats(main), await stats(second)];
    expect(total(afterMain)).toBe(total(beforeMain) - 2);
    expect(funnelOf(afterMain).to_ask).toBe(funnelOf(beforeMain).to_ask - 1);
    expect(funnelOf(afterMain).suggested).toBe(funnelOf(beforeMain).suggested - 1);
    expect(funnelOf(afterMain).asked).toBe(funnelOf(beforeMain).asked);
    expect(cell(afterMain, 'executive', false).participants).toBe(
      cell(beforeMain, 'executive', false).participants - 1,
    );
    expect(cell(afterMain, 'junior', false).participants).toBe(cell(beforeMain, 'junior', false).participants);
    expect(total(afterSecond)).toBe(total(beforeSecond) - 1);
    expect(cell(afterSecond, 'executive', false).participants).toBe(
      cell(beforeSecond, 'executive', false).participants - 1,
    );
    for (const inquiryId of [main, second]) {
      const list = await suggestions(inquiryId);
      expect(list.find((suggestion) => suggestion.contactId === c.ned)).toBeUndefined();
      expect(list.map((suggestion) => suggestion.name)).not.toContain('Ned Erased');
    }
  });

  it("a LinkedIn import that fills a participant contact's blank organisation shows it in suggestions", async () => {
    c.kim = await contact({ name: 'Kim Lee', linkedinUrl: 'https://www.linkedin.com/in/kim-lee-summary' });
    await api.addParticipant(t, user, main, c.kim);
    expect(await suggestionOf(main, c.kim)).toMatchObject({ name: 'Kim Lee', organization: null });
    const report = await importFile(
      [LINKEDIN_HEADER, 'Kim,Lee,https://www.linkedin.com/in/kim-lee-summary,,Wayne Enterprises,CTO,01 Mar 2024'].join(
        '\n',
      ),
      'text/csv',
    );
    expect(report).toMatchObject({ created: 0, updated: 1 });
    expect((await getContact(c.kim)).organization).toBe('Wayne Enterprises');
    await expectSummariesInStep();
    expect(await suggestionOf(main, c.kim)).toMatchObject({ name: 'Kim Lee', organization: 'Wayne Enterprises' });
  });

  it("a CSV import that fills a participant contact's blank seniority and inside/outside moves suggestions and stats", async () => {
    c.lou = await contact({ name: 'Lou Park', email: 'lou.park@example.com' });
    await api.addParticipant(t, user, second, c.lou);
    const before = await stats(second);
    const report = await importFile(
      [
        'First Name,Last Name,E-mail 1 - Value,Seniority,Same Organization',
        'Lou,Park,lou.park@example.com,executive,no',
      ].join('\n'),
      'text/csv',
    );
    expect(report).toMatchObject({ created: 0, updated: 1 });
    expect(await getContact(c.lou)).toMatchObject({ seniority: 'executive', sameOrganization: false });
    await expectSummariesInStep();
    expect(await suggestionOf(second, c.lou)).toMatchObject({
      name: 'Lou Park',
      seniority: 'executive',
      sameOrganization: false,
    });
    const after = await stats(second);
    expect(cell(after, 'executive', false).participants).toBe(cell(before, 'executive', false).participants + 1);
    expect(after.perspectiveCoverage.unplaced).toBe(before.perspectiveCoverage.unplaced - 1);
  });

  it('restoring the export into a fresh account fills every participant’s summary: same suggestions and stats', async () => {
    const exported = await t.http().get('/v1/me/export').set(user.auth);
    expectStatus(exported, 200);
    const document = JSON.parse(exported.text) as { participants: Array<Record<string, unknown>> };
    const count = async (owner: TestUser) =>
      (await t.sql<{ n: string }>(`SELECT count(*) AS n FROM participant WHERE owner_id = $1`, [owner.id]))[0].n;
    // The summary is derived: the document's participants name their contact by id only, and the
    // import fills the summary from the restored contacts.
    expect(String(document.participants.length)).toBe(await count(user));
    const summaryKeys = [
      'contactName',
      'contactOrganization',
      'contactSeniority',
      'contactSameOrganization',
      'contactLive',
      'contact_name',
      'contact_organization',
      'contact_seniority',
      'contact_same_organization',
      'contact_live',
    ];
    expect([...new Set(document.participants.flatMap((row) => summaryKeys.filter((key) => key in row)))]).toEqual([]);
    expect(document.participants.filter((row) => typeof row.contactId !== 'string')).toEqual([]);
    const restored = await registerUser(t);
    const res = await t.http().post('/v1/me/import').set(restored.auth).send(document);
    expectStatus(res, 200);
    owners.push(restored);
    await expectSummariesInStep();
    // Removed participants and those of deleted contacts came along too, and were compared above.
    expect(await count(restored)).toBe(await count(user));
    expect(await summaryOf(main, c.ada, restored)).toEqual({
      contact_name: 'Ada Renamed',
      contact_organization: 'Acme Labs',
      contact_seniority: 'senior',
      contact_same_organization: true,
      contact_live: true,
    });
    const described = (list: Suggestion[]) =>
      list.map(({ contactId, name, organization, seniority, sameOrganization, score }) => ({
        contactId,
        name,
        organization,
        seniority,
        sameOrganization,
        score,
      }));
    for (const inquiryId of [main, second]) {
      const original = await suggestions(inquiryId);
      expect(original.length).toBeGreaterThan(0);
      expect(described(await suggestions(inquiryId, restored))).toEqual(described(original));
      const [mine, theirs] = [await stats(inquiryId), await stats(inquiryId, restored)];
      expect({ funnel: theirs.funnel, waves: theirs.waves, coverage: theirs.perspectiveCoverage }).toEqual({
        funnel: mine.funnel,
        waves: mine.waves,
        coverage: mine.perspectiveCoverage,
      });
    }
  });

  // Last: it blanks the summaries (and the backfill writes them back as they were).
  it("the migration's backfill fills the summary of participants written before it: the same suggestions and stats", async () => {
    const before = await figures();
    expect(total(await stats(main))).toBeGreaterThan(0);
    // Simulates participant rows written before the migration: the columns it adds start empty
    // (`contact_live` false by default) until its backfill runs. This user's rows only.
    await t.sql(
      `UPDATE participant
          SET contact_name = NULL, contact_organization = NULL, contact_seniority = NULL,
              contact_same_organization = NULL, contact_live = false
        WHERE owner_id = $1`,
      [user.id],
    );
    const [{ n }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM participant WHERE owner_id = $1`, [user.id]);
    expect(await t.sql(STALE_SUMMARIES, [user.id])).toHaveLength(Number(n));
    // Not filled yet: left out of the figures rather than counted with a blank name.
    expect(total(await stats(main))).toBe(0);
    expect((await suggestions(main)).filter((suggestion) => suggestion.source === 'inquiry')).toEqual([]);

    // The migration's up() as written, but for the ALTER TABLE adding the columns (they exist here):
    // its backfill, over every owner of this file's database.
    const issued: string[] = [];
    const runner = {
      query: async (text: string, params?: unknown[]) => {
        if (/^ALTER TABLE "participant" ADD /.test(text)) return [];
        issued.push(text);
        return t.sql(text, params);
      },
    };
    await new KeepContactSummaryOnParticipant1795880000000().up(runner as unknown as QueryRunner);
    expect(issued).toEqual([BACKFILL_PARTICIPANT_CONTACTS]);
    await expectSummariesInStep();
    expect(await figures()).toEqual(before);
  });
});
