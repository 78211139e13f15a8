import type { TestUser } from '../factories/users.js';
import { apiPatch, apiPost, type Body, type Created, expectStatus } from './http.js';
import type { TestApp } from './test-app.js';

/*
 * Creating what a user owns through the API, as a client would. Each helper asserts the route's
 * status (201, or 200 for a PATCH) and returns the response body: `{ id }` unless typed otherwise.
 */

/** Creates an inquiry (titled 'Predictive maintenance adoption' unless `body` says otherwise). */
export const createInquiry = <T = Created>(t: TestApp, user: TestUser, body: Body = {}) =>
  apiPost<T>(t, user, '/v1/inquiries', { title: 'Predictive maintenance adoption', ...body });

export const createQuestion = <T = Created>(t: TestApp, user: TestUser, inquiryId: string, body: Body) =>
  apiPost<T>(t, user, `/v1/inquiries/${inquiryId}/questions`, body);

export const createContact = <T = Created>(t: TestApp, user: TestUser, body: Body) =>
  apiPost<T>(t, user, '/v1/contacts', body);

/** Adds a contact to an inquiry as a seed participant (wave 0). */
export const addParticipant = <T = Created>(t: TestApp, user: TestUser, inquiryId: string, contactId: string) =>
  apiPost<T>(t, user, `/v1/inquiries/${inquiryId}/participants`, { contactId });

/** Moves a participant of an inquiry to `stage`. */
export const setParticipantStage = <T = unknown>(
  t: TestApp,
  user: TestUser,
  inquiryId: string,
  contactId: string,
  stage: string,
) => apiPatch<T>(t, user, `/v1/inquiries/${inquiryId}/participants/${contactId}`, { stage });

export const createReferral = <T = Created>(t: TestApp, user: TestUser, inquiryId: string, body: Body) =>
  apiPost<T>(t, user, `/v1/inquiries/${inquiryId}/referrals`, body);

/** Logs an interaction (it moves the contact's lastInteractionAt, as a real client's would). */
export const logInteraction = <T = Created>(t: TestApp, user: TestUser, body: Body) =>
  apiPost<T>(t, user, '/v1/interactions', body);

export const createInsight = <T = Created>(t: TestApp, user: TestUser, body: Body) =>
  apiPost<T>(t, user, '/v1/insights', body);

export const createReflection = <T = Created>(t: TestApp, user: TestUser, inquiryId: string, body: Body) =>
  apiPost<T>(t, user, `/v1/inquiries/${inquiryId}/reflections`, body);

export const createCommitment = <T = Created>(t: TestApp, user: TestUser, body: Body) =>
  apiPost<T>(t, user, '/v1/commitments', body);

export const createOpportunity = <T = Created>(t: TestApp, user: TestUser, body: Body) =>
  apiPost<T>(t, user, '/v1/opportunities', body);

export const createApiKey = <T = Created & { key: string }>(t: TestApp, user: TestUser, body: Body) =>
  apiPost<T>(t, user, '/v1/me/api-keys', body);

/** Imports LinkedIn Connections.csv rows (`First Name,Last Name,URL,Email Address,Company,Position,Connected On`). */
export async function importLinkedin(t: TestApp, user: TestUser, rows: string[]): Promise<void> {
  const res = await t
    .http()
    .post('/v1/contacts/import')
    .set(user.auth)
    .set('Content-Type', 'text/csv')
    .send(['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n'));
  expectStatus(res, 200);
}
