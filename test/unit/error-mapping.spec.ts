import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { ERROR_TABLE, ErrorCode } from '../../src/common/errors/error-codes.js';
import { constraintProblem, toProblem } from '../../src/common/errors/problem.js';

const unique = (constraint: string) => ({
  code: '23505',
  constraint,
  message: `duplicate key value violates unique constraint "${constraint}"`,
});
const foreignKey = (constraint: string, table = 'referral') => ({
  code: '23503',
  constraint,
  message: `insert or update on table "${table}" violates foreign key constraint "${constraint}"`,
});

/** A TypeORM query failure carrying `driverError`, as the repositories throw it. */
function queryFailed(driverError: Record<string, unknown>): QueryFailedError {
  return new QueryFailedError('INSERT INTO "referral" ("owner_id") VALUES ($1)', ['secret-param'], {
    ...driverError,
  } as unknown as Error);
}

describe('constraint violations by name', () => {
  it.each([
    ['uq_app_user_email', ErrorCode.EmailTaken],
    ['uq_participant_inquiry_id_contact_id', ErrorCode.ParticipantExists],
    ['uq_participant_owner_id_inquiry_id_contact_id', ErrorCode.ParticipantExists],
    ['uq_referral_inquiry_id_referrer_id_referred_id', ErrorCode.ReferralDuplicate],
    ['uq_referral_owner_id_inquiry_id_referrer_id_referred_id', ErrorCode.ReferralDuplicate],
    ['uq_reflection_inquiry_id_cycle', ErrorCode.ReflectionExists],
    ['uq_reflection_owner_id_inquiry_id_cycle', ErrorCode.ReflectionExists],
  ])('maps the unique index %s to %s (old and new names alike)', (constraint, code) => {
    expect(constraintProblem(unique(constraint))).toEqual({ code, detail: expect.any(String) });
    expect(ERROR_TABLE[code].status).toBe(409);
  });

  it.each([
    ['fk_commitment_contact', 'Contact not found'],
    ['fk_commitment_inquiry', 'Inquiry not found'],
    ['fk_question_inquiry', 'Inquiry not found'],
    ['fk_question_revises', 'Question not found'],
    ['fk_interaction_contact', 'Contact not found'],
    ['fk_interaction_inquiry', 'Inquiry not found'],
    ['fk_insight_inquiry', 'Inquiry not found'],
    ['fk_insight_contact', 'Contact not found'],
    ['fk_insight_interaction', 'Interaction not found'],
    ['fk_opportunity_contact', 'Contact not found'],
    ['fk_opportunity_inquiry', 'Inquiry not found'],
    ['fk_reflection_inquiry', 'Inquiry not found'],
    ['fk_participant_inquiry', 'Inquiry not found'],
    ['fk_participant_contact', 'Contact not found'],
    ['fk_referral_inquiry', 'Inquiry not found'],
    ['fk_referral_referrer', 'Contact not found'],
    ['fk_referral_referred', 'Contact not found'],
    ['fk_referral_interaction', 'Interaction not found'],
  ])('maps the foreign key %s to 404 "%s"', (constraint, detail) => {
    expect(constraintProblem(foreignKey(constraint))).toEqual({ code: ErrorCode.NotFound, detail });
  });

  it('reads the name from the message when the driver gives none, and drops a Citus shard suffix', () => {
    const relayed = {
      code: '23505',
      message:
        'duplicate key value violates unique constraint "uq_referral_owner_id_inquiry_id_referrer_id_referred_id_102044"',
    };
    expect(constraintProblem(relayed)?.code).toBe(ErrorCode.ReferralDuplicate);
    expect(constraintProblem(foreignKey('fk_referral_referred_102080'))?.detail).toBe('Contact not found');
  });

  it('leaves unknown constraints, other SQLSTATEs and mismatched kinds to the generic mapping', () => {
    expect(constraintProblem(undefined)).toBeUndefined();
    expect(constraintProblem(unique('uq_api_key_prefix'))).toBeUndefined();
    expect(constraintProblem(foreignKey('fk_api_key_owner', 'api_key'))).toBeUndefined();
    expect(constraintProblem({ code: '23502', constraint: 'uq_app_user_email' })).toBeUndefined();
    // A unique index name on a foreign-key error (or the reverse) is not what the table describes.
    expect(constraintProblem({ ...foreignKey('uq_app_user_email'), code: '23503' })).toBeUndefined();
    expect(constraintProblem({ ...unique('fk_referral_referrer'), code: '23505' })).toBeUndefined();
  });

  it('does not call a DELETE refused by a foreign key a missing reference', () => {
    const refused = {
      code: '23503',
      constraint: 'fk_referral_referrer',
      message:
        'update or delete on table "contact" violates foreign key constraint "fk_referral_referrer" on table "referral"',
    };
    expect(constraintProblem(refused)).toBeUndefined();
  });
});

describe('toProblem on database errors', () => {
  const leaks = (text: string) => /fk_|uq_|INSERT|secret-param|violates|referral"/.test(text);

  it('answers a duplicate referral with 409 referral_duplicate, without the constraint name or SQL', () => {
    const { problem, unexpected } = toProblem(
      queryFailed(unique('uq_referral_owner_id_inquiry_id_referrer_id_referred_id')),
      '/v1/inquiries/x/referrals',
      'req-1',
    );
    expect(problem).toMatchObject({ status: 409, code: 'referral_duplicate', title: 'Referral already recorded' });
    expect(problem.type).toBe('https://snowball.dev/problems/referral-duplicate');
    expect(unexpected).toBe(false);
    expect(leaks(JSON.stringify(problem))).toBe(false);
  });

  it('answers a foreign key refusing an unknown (or another owner’s) contact with 404 not_found', () => {
    const { problem } = toProblem(queryFailed(foreignKey('fk_referral_referred')), '/v1/x', 'req-2');
    expect(problem).toMatchObject({ status: 404, code: 'not_found', detail: 'Contact not found' });
    expect(leaks(JSON.stringify(problem))).toBe(false);
  });

  it('keeps the generic mappings for unknown constraints', () => {
    const duplicate = toProblem(queryFailed(unique('uq_something_new')), '/v1/x', 'req-3').problem;
    expect(duplicate).toMatchObject({ status: 409, code: 'conflict', detail: 'The resource already exists.' });
    expect(leaks(JSON.stringify(duplicate))).toBe(false);
    const dangling = toProblem(queryFailed(foreignKey('fk_something_new')), '/v1/x', 'req-4');
    expect(dangling.problem).toMatchObject({ status: 500, code: 'internal_error' });
    expect(dangling.unexpected).toBe(true);
    expect(leaks(JSON.stringify(dangling.problem))).toBe(false);
  });

  it('answers a serialization failure or deadlock with 409 concurrent_update', () => {
    for (const code of ['40001', '40P01']) {
      expect(toProblem(queryFailed({ code, message: 'could not serialize' }), '/v1/x', 'r').problem).toMatchObject({
        status: 409,
        code: 'concurrent_update',
      });
    }
  });
});

describe('the error code table', () => {
  it('gives every code a status and a title, and each code one row of docs/integrating.md with that status', () => {
    const guide = readFileSync(new URL('../../docs/integrating.md', import.meta.url), 'utf8');
    for (const code of Object.values(ErrorCode)) {
      const { status, title } = ERROR_TABLE[code];
      expect(status).toBeGreaterThanOrEqual(400);
      expect(title.length).toBeGreaterThan(0);
      const rows = guide.split('\n').filter((line) => line.startsWith(`| \`${code}\``));
      expect({ code, rows: rows.length }).toEqual({ code, rows: 1 });
      expect({ code, row: rows[0] }).toEqual({
        code,
        row: expect.stringMatching(new RegExp(`^\\| \`${code}\` +\\| ${status} `)),
      });
    }
  });
});
