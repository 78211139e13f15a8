/**
 * Generated from docs/openapi.json by openapi-typescript (`npm run openapi`). Do not edit by hand.
 */

export type paths = {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up and serving. */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers. 503 when it does not. */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first: sign-ups, logins, token reuse, API keys, admin changes. */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service-wide figures: accounts, live API keys, active users (seen in the last 7 and 30 days),
         *     requests and server errors per day (the last 30 days, newest first; counted by every instance,
         *     saved every 10 s) and the database size in bytes.
         */
        get: operations["getAdminStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts, newest first (never with password hashes). */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Disable or re-enable an account, or change its role. You can't demote or disable yourself. */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due, most overdue first (by `dueAt`): asks unanswered for over 7 days, thank-yous owed
         *     after meetings and calls, open commitments due within 7 days or overdue (both directions),
         *     contacts past their `keepInTouchDays`, active inquiries due a reflection. `?types=` filters.
         */
        get: operations["getAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agenda as an iCalendar feed to subscribe to (one event per item, at most 1000, refreshed
         *     hourly). Calendar apps can't send headers: pass an API key as `?key=snb_…`.
         */
        get: operations["getAgendaFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password. Repeated failures are throttled (429 with Retry-After): for the
         *     email from this IP first, and, much later, for the email and for the IP as a whole.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the refresh token (and every token rotated from the same sign-in) stops working. */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair. Each refresh token works once; presented again within
         *     30 seconds it returns the same new refresh token (two refreshes sent at once), later it revokes
         *     the session.
         */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account and sign in. */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List commitments, newest first; `?status=`, `?dueBefore=`, `?contactId=`, `?inquiryId=`, `?owner=` filter. */
        get: operations["listCommitments"];
        put?: never;
        /** Record a promise, made by you (`owner: me`) or by the contact (`owner: them`). */
        post: operations["createCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One commitment (with its ETag). */
        get: operations["getCommitment"];
        put?: never;
        post?: never;
        /** Delete a commitment (soft delete). */
        delete: operations["deleteCommitment"];
        options?: never;
        head?: never;
        /** Change a commitment, e.g. mark it `done` or `dropped`, or move its due date. */
        patch: operations["updateCommitment"];
        trace?: never;
    };
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts, newest first; `?q=` searches name, organization, title, tags and notes, most relevant first; `?tag=`, `?seniority=` filter.
         * @description With `q`: the contacts where every word is a whole word or the beginning of one come first, then the other matches (typos, fragments), each group by id (docs/domain.md, "Search"). A search that no index can narrow (no word of `q` has three letters or digits in a row: `qz`, `c++`, `j.r`, `...`) examines a bounded number of contacts per page: such a page may hold fewer items than `limit`, or none, and still carry a `nextCursor`. Follow `nextCursor` until it is null.
         */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact (with its ETag). */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Delete a contact (soft delete). */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Change a contact. `lastInteractionAt` is derived from interactions and can't be set. */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v1/contacts/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a contact completely (not a soft delete): the person and everything about them —
         *     interactions, insights (or, with `keepInsights`, the insights without the contact), referrals
         *     from and to them (waves recomputed), participations, commitments, opportunities, and the stored
         *     replays and audit entries naming them. Works on a deleted contact too. Sync reports every
         *     removed row as a delete. Cannot be undone.
         */
        post: operations["eraseContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate contact into this one
         * @description This contact's fields win and its empty ones are filled from the other's; every email, phone and web address of both is kept (without duplicates) and the tags are unioned. The other contact's interactions, insights, commitments, opportunities, participations and referrals become this contact's: in an inquiry both took part in, one participant remains, with the lower wave and the more advanced stage; a referral that would become a self-referral, a duplicate or a cycle is dropped and listed in `referralsDropped`. Waves and `lastInteractionAt` are recomputed, the other contact is deleted (sync reports a delete) and the merge is audited, all in one transaction. Honours `If-Match` (this contact) and `Idempotency-Key`. **A merge cannot be undone** except from an export taken before it (`GET /v1/me/export`, `GET /v1/contacts/export`). See docs/domain.md, "Merging contacts".
         */
        post: operations["mergeContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}/not-duplicate-of/{otherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark two contacts as two different people ("not a duplicate"): the pair leaves the duplicates list. Idempotent. */
        put: operations["dismissContactDuplicate"];
        post?: never;
        /** Take back "not a duplicate": the pair is listed again while it has a reason. Idempotent. */
        delete: operations["undoContactDuplicateDismissal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything that happened with this contact: interactions, insights, referrals, commitments, newest first. */
        get: operations["getContactTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pairs of live contacts that are likely one person, strongest first (`score`, then the ids), each
         *     pair once (the lower id first) with every reason found: the same email, an email written two ways,
         *     the same LinkedIn profile, the same phone, the same or a similar name at the same organisation
         *     (docs/domain.md). Pairs marked "not a duplicate" are left out. Merge a pair with
         *     `POST /v1/contacts/{id}/merge`.
         */
        get: operations["listContactDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every contact with all its emails, phones and web addresses, as CSV (Google Contacts' columns
         *     plus Snowball's own; a header row) or vCard 4.0, streamed as a download. Importing it into an
         *     empty account gives back the same people.
         */
        get: operations["exportContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a LinkedIn `Connections.csv`, a Google Contacts CSV or a vCard file (docs/import-export.md):
         *     as multipart/form-data (one file) or as the raw body with its type. A row with the same email,
         *     LinkedIn profile or phone as a contact fills what the contact lacks (never overwriting; a field
         *     that differs is reported); the same name at the same organisation is reported as a possible
         *     duplicate. One transaction; importing the same file again creates nothing. At most 10 MiB and
         *     50,000 people.
         */
        post: operations["importContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/debriefs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a conversation after it happened, in one call: the meeting or call, the insights heard, the
         *     people suggested (referrals from this contact) and the promises made both ways. All or nothing:
         *     a bad part fails the whole request (every field at fault in `errors`, e.g. `insights[2].themes`)
         *     and nothing is written. The answer holds everything created and what comes next: the thank-you
         *     now due and who joined the snowball, with their waves. Send an `Idempotency-Key` to retry safely.
         */
        post: operations["createDebrief"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your inquiries, newest first. */
        get: operations["listInquiries"];
        put?: never;
        /** Start a focus of inquiry (cycle 1). */
        post: operations["createInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inquiry (with its ETag). */
        get: operations["getInquiry"];
        put?: never;
        post?: never;
        /** Delete an inquiry (soft delete: it disappears from every route). */
        delete: operations["deleteInquiry"];
        options?: never;
        head?: never;
        /** Change an inquiry (title, challenge, status…). `currentCycle` moves only through reflections. */
        patch: operations["updateInquiry"];
        trace?: never;
    };
    "/v1/inquiries/{id}/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inquiry's referral graph: participants (name, wave, stage, origin, seniority, inside/outside)
         *     and referrals (referrer → referred, reason). `?format=` picks JSON, Graphviz DOT, Mermaid,
         *     GraphML (Gephi, yEd) or an SVG picture laid out on the server by wave and coloured by stage.
         */
        get: operations["getNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inquiry's participants, newest first (`?stage=`, `?wave=`). */
        get: operations["listParticipants"];
        put?: never;
        /** Add a contact to the inquiry as a seed (origin `seed`, wave 0, stage `to_ask`). */
        post: operations["addParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/participants/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a participant to a stage by hand. */
        patch: operations["updateParticipant"];
        trace?: never;
    };
    "/v1/inquiries/{id}/participants/{contactId}/ask-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ask for this participant: the inquiry's `askTemplate` (or the default) filled with their first
         *     name, name, referrer and reason (the earliest referral), the inquiry's title and up to 3 open
         *     questions, those not yet heard from their perspective first (docs/domain.md, "Ask drafts").
         */
        get: operations["getAskDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/participants/{contactId}/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The shortest referral chain from a seed to this participant (`path`), and every shortest chain
         *     (`paths`, at most 10, the first equal to `path`), each step with the contact and the referral reason.
         */
        get: operations["getReferralChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inquiry's questions, newest first (`?status=`, `?cycle=`). */
        get: operations["listQuestions"];
        put?: never;
        /** Add a question in the inquiry's current cycle; with `revisesId` it replaces that question (which becomes `revised`). */
        post: operations["createQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inquiry's referrals, newest first. */
        get: operations["listReferrals"];
        put?: never;
        /**
         * Record a referral: "referrer suggested I talk to referred". Give `referredId` (an existing
         *     contact) or `referred` (a new contact, created in the same step).
         */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a referral. Waves are recomputed; a participant no seed reaches any more leaves the
         *     inquiry if still `suggested`, otherwise becomes a seed.
         */
        delete: operations["deleteReferral"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/reflections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inquiry's reflections, newest first. */
        get: operations["listReflections"];
        put?: never;
        /**
         * Close the current cycle: what you learned, question changes (revise / retire / add), who to ask
         *     next. The inquiry moves to the next cycle; the cycle's figures are stored with the reflection.
         *     `queue` says who joined, who is now `to_ask` (declined people are asked again) and who was not
         *     queued, and why.
         */
        post: operations["createReflection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inquiry in figures: funnel, response and acceptance rates, median time to an answer, waves
         *     with diversity warnings, perspective coverage and gaps, top connectors, insights by kind and
         *     theme, figures per cycle (definitions in docs/metrics.md).
         */
        get: operations["getInquiryStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who to ask next, ranked, each with machine-readable reason codes and a sentence (scoring in docs/metrics.md). */
        get: operations["listSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Themes with the insights, contacts and perspectives behind them; themes heard from several perspectives (patterns) first. */
        get: operations["listThemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List insights, newest first (`?inquiryId=&contactId=&questionId=&theme=&kind=&q=`). */
        get: operations["listInsights"];
        put?: never;
        /** Record something learned, from a contact and a conversation, speaking to some of the inquiry's questions. */
        post: operations["createInsight"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One insight (with its ETag). */
        get: operations["getInsight"];
        put?: never;
        post?: never;
        /** Delete an insight (soft delete). */
        delete: operations["deleteInsight"];
        options?: never;
        head?: never;
        /** Change an insight; references are checked again. */
        patch: operations["updateInsight"];
        trace?: never;
    };
    "/v1/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List interactions, most recent first by occurredAt (`?contactId=&inquiryId=&kind=`). */
        get: operations["listInteractions"];
        put?: never;
        /**
         * Log an ask or a conversation. In an inquiry it advances the contact's stage (ask → asked or its
         *     outcome, meeting/call → met, thank_you → thanked; never backwards) and updates lastInteractionAt.
         *     Someone who is not a participant of the inquiry yet joins it, reached directly (`joined`).
         *     `respondedAt` before `occurredAt` is a 400.
         */
        post: operations["createInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/interactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One interaction (with its ETag). */
        get: operations["getInteraction"];
        put?: never;
        post?: never;
        /** Delete an interaction (soft delete); lastInteractionAt falls back to the latest remaining one. */
        delete: operations["deleteInteraction"];
        options?: never;
        head?: never;
        /** Change an interaction (e.g. record an ask's outcome); new effects apply, stages never move back. */
        patch: operations["updateInteraction"];
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Deletes your account and everything you own, for good: every record, your sessions and API keys
         *     (they stop working at once). Confirm with your password. The audit log keeps only that an account
         *     was deleted.
         */
        delete: operations["deleteMyAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your API keys (never their secrets), newest first. */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key. The secret is in this response only; it works as a Bearer token. An
         *     Idempotency-Key replay returns the key's details without the secret (it is never stored).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key; it stops working at once. */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything you own as one JSON document (format `snowball-export`, version 1): your profile
         *     (no secrets), every contact, inquiry, question, participant, referral, interaction, insight,
         *     reflection, commitment and opportunity (deleted ones too, with `deletedAt`), and your API keys
         *     (no secrets). Streamed from one consistent snapshot.
         */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restores an export into this account, which must hold no data yet (409 `account_not_empty`).
         *     Every row keeps its id, version and timestamps. Bodies up to 50 MiB.
         */
        post: operations["importMyData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your preferences: `followUpDays` (when an unanswered ask is suggested for a follow-up). */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your preferences; omitted fields stay as they are. */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/v1/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List opportunities, newest first; `?kind=`, `?contactId=`, `?inquiryId=` filter. */
        get: operations["listOpportunities"];
        put?: never;
        /** Record an opportunity that came back (a project, an introduction, a talk…); `occurredAt` defaults to now. */
        post: operations["createOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One opportunity (with its ETag), `chains`: every shortest referral path from a seed to its contact
         *     (at most 10), and `chain`, the first of them (kept for compatibility).
         */
        get: operations["getOpportunity"];
        put?: never;
        post?: never;
        /** Delete an opportunity (soft delete). */
        delete: operations["deleteOpportunity"];
        options?: never;
        head?: never;
        /** Change an opportunity. */
        patch: operations["updateOpportunity"];
        trace?: never;
    };
    "/v1/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a question's text or mark it answered, open or retired. */
        patch: operations["updateQuestion"];
        trace?: never;
    };
    "/v1/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything that changed since `since`, for mobile sync (docs/sync.md): upserts and deletes of
         *     every entity you own, oldest change first, `limit` at a time. Without `since`, a full sync in
         *     pages. Keep the returned `cursor` and pass it next time; while `hasMore`, call again at once.
         */
        get: operations["getChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ActiveUsersDto: {
            last7Days: number;
            last30Days: number;
        };
        AddParticipantDto: {
            /**
             * Format: uuid
             * @description The contact to add as a seed.
             */
            contactId: string;
        };
        AdminStatsDto: {
            /** @description Distinct users who made an authenticated request in the last 7 and 30 days. */
            activeUsers: components["schemas"]["ActiveUsersDto"];
            /** @description `pg_database_size` of the application's database, in bytes. */
            databaseBytes: number;
            /** @description API keys that have not been revoked. */
            liveApiKeys: number;
            /** @description Requests and server errors (5xx) per UTC day, the last 30 days with traffic, newest first. */
            requestsPerDay: components["schemas"]["UsageDayDto"][];
            users: {
                admins: number;
                disabled: number;
                registeredLast7Days: number;
                total: number;
            };
        };
        AdminUpdateUserDto: {
            /** @description Disable (or re-enable) the account. A disabled user's tokens and API keys stop working at once. */
            disabled?: boolean;
            role?: components["schemas"]["UserRole"];
        };
        AgendaItemDto: {
            /**
             * Format: uuid
             * @description The person it is about (null for a reflection).
             */
            contactId: string | null;
            contactName: string | null;
            /**
             * Format: date-time
             * @description When it became (or becomes) due; the agenda is ordered by it, most overdue first.
             */
            dueAt: string;
            /**
             * Format: uuid
             * @description Stable id of the item, the same on every call: the ask or the meeting/call (an interaction),
             *     the commitment, the contact to keep in touch with, or the inquiry due a reflection.
             */
            id: string;
            /**
             * Format: uuid
             * @description The inquiry it belongs to, if any.
             */
            inquiryId: string | null;
            inquiryTitle: string | null;
            /**
             * Format: uuid
             * @description The row behind the item: the ask or the meeting/call (interaction id), the commitment, or for a
             *     reflection the inquiry's latest reflection (null when it has none yet); null for keep-in-touch.
             */
            refId: string | null;
            /**
             * @description What to do, as a sentence.
             * @example Thank Grace Hopper for the meeting on 2025-03-01
             */
            title: string;
            type: components["schemas"]["AgendaItemType"];
        };
        /** @enum {string} */
        AgendaItemType: "ask_awaiting_answer" | "thank_you_owed" | "commitment_due" | "keep_in_touch" | "reflection_due";
        AgendaPageDto: {
            data: components["schemas"]["AgendaItemDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the key last authenticated a request (updated at most once a minute).
             */
            lastUsedAt: string | null;
            name: string;
            /** @description The key's public start, to tell keys apart (the whole key starts with `snb_<prefix>_`). */
            prefix: string;
            /** @description For `If-Match` on DELETE (as `"<version>"`). */
            version: number;
        };
        ApiKeyPageDto: {
            data: components["schemas"]["ApiKeyDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        AskDraftDto: {
            parts: components["schemas"]["AskDraftPartsDto"];
            /** @description The template that was filled: the inquiry's `askTemplate`, or the default. */
            template: string;
            /** @description The template with every placeholder filled. */
            text: string;
            /** @description True when the inquiry has no `askTemplate` and the default was used. */
            usedDefault: boolean;
        };
        AskDraftPartsDto: {
            /** @description The first word of the contact's name. */
            firstName: string;
            name: string;
            /** @description At most 3 open questions, those not yet heard from this person's perspective first. */
            questions: components["schemas"]["AskQuestionDto"][];
            /** @description The referral's reason, as recorded. */
            reason: string | null;
            /** @description The name of the person who referred them; null for a seed. */
            referrer: string | null;
            /** Format: uuid */
            referrerId: string | null;
            /** @description The inquiry's title. */
            topic: string;
        };
        /**
         * @description For asks: pending (default for an ask), accepted, declined or no_response.
         * @enum {string}
         */
        AskOutcome: "pending" | "accepted" | "declined" | "no_response";
        AskQuestionDto: {
            /** Format: uuid */
            id: string;
            text: string;
        };
        AskStatsDto: {
            /** @description accepted / answered; null without answers. */
            acceptanceRate: number | null;
            accepted: number;
            /** @description Asks whose outcome is accepted or declined. */
            answered: number;
            /** @description Ask interactions logged in the inquiry. */
            asks: number;
            declined: number;
            /** @description Median of respondedAt − occurredAt over answered asks that have respondedAt, in hours. */
            medianHoursToAnswer: number | null;
            /** @description Asks marked no_response. */
            noResponse: number;
            /** @description answered / asks; null without asks. */
            responseRate: number | null;
        };
        /** @enum {string} */
        AuditAction: "user.registered" | "auth.login_succeeded" | "auth.login_failed" | "auth.refresh_reuse_detected" | "auth.logout" | "api_key.created" | "api_key.revoked" | "admin.user_updated" | "admin.bootstrapped" | "admin.bootstrap_refused" | "contact.erased" | "contact.merged" | "account.deleted";
        AuditLogEntryDto: {
            action: components["schemas"]["AuditAction"];
            /** @description The actor's email now (null without an actor, or when the account no longer exists). */
            actorEmail: string | null;
            /** Format: uuid */
            actorId: string | null;
            /** Format: date-time */
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            ip: string | null;
            /** @description What the event is about: a user id, an API key id, or the email of a failed login. */
            subject: string | null;
        };
        AuditLogPageDto: {
            data: components["schemas"]["AuditLogEntryDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ChainDto: {
            /** @description From a seed to the contact; empty when the contact is not reachable from a seed. */
            path: components["schemas"]["ChainStepDto"][];
            /**
             * @description Every shortest chain from a seed to the contact (at most 10), the first equal to `path`; several
             *     when people at the same distance referred them (Maria → Jamal → Elena and Sofia → Grace → Elena).
             */
            paths: components["schemas"]["ChainStepDto"][][];
        };
        ChainStepDto: {
            contact: components["schemas"]["ContactSummaryDto"];
            reason: string | null;
            /**
             * Format: uuid
             * @description The referral that led here; null for the seed.
             */
            referralId: string | null;
            /** @description 0 for the seed. */
            wave: number;
        };
        CombinedParticipantDto: {
            /** Format: uuid */
            inquiryId: string;
            /** @description The origin of the participant with the lower wave (the survivor's on a tie). */
            origin: components["schemas"]["ParticipantOrigin"];
            /**
             * Format: uuid
             * @description The survivor's participant, which remains.
             */
            participantId: string;
            /**
             * Format: uuid
             * @description The merged contact's participant, now deleted.
             */
            removedParticipantId: string;
            /** @description The more advanced of the two stages (the survivor's on a tie). */
            stage: components["schemas"]["ParticipantStage"];
            /**
             * @description The lower of the two waves (after recomputation).
             * @example 1
             */
            wave: number;
        };
        CommitmentDto: {
            /** Format: uuid */
            contactId: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string | null;
            /** @description Who promised: `me` (you) or `them` (the contact). */
            owner: components["schemas"]["CommitmentOwner"];
            status: components["schemas"]["CommitmentStatus"];
            /** Format: date-time */
            updatedAt: string;
            /** @description The ETag of the resource. */
            version: number;
        };
        /**
         * @description Who promised: me (you) or them (the contact).
         * @enum {string}
         */
        CommitmentOwner: "me" | "them";
        CommitmentPageDto: {
            data: components["schemas"]["CommitmentDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Defaults to `open`.
         * @enum {string}
         */
        CommitmentStatus: "open" | "done" | "dropped";
        ConnectorDto: {
            /** @description Of the people they referred, how many you met. */
            becameMeetings: number;
            /** Format: uuid */
            contactId: string;
            /** @description Insights recorded from the people they referred. */
            insights: number;
            /** @description becameMeetings / referrals. */
            meetingRate: number;
            name: string;
            /** @description Opportunities from the people they referred (in this inquiry). */
            opportunities: number;
            /** @description Referrals this person made in the inquiry. */
            referrals: number;
        };
        ContactDto: {
            canOffer: string | null;
            /** Format: date */
            connectedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            /** @description Every email address (lower-cased); `email` is the primary one. */
            emails: components["schemas"]["ContactValueDto"][];
            /** Format: uuid */
            id: string;
            interests: string | null;
            keepInTouchDays: number | null;
            /**
             * Format: date-time
             * @description When you last interacted (the latest interaction's occurredAt); derived, read-only.
             */
            lastInteractionAt: string | null;
            linkedinUrl: string | null;
            name: string;
            notes: string | null;
            organization: string | null;
            phone: string | null;
            /** @description Every phone number (E.164 when it could be read, else as written); `phone` is the primary one. */
            phones: components["schemas"]["ContactValueDto"][];
            responsibilities: string | null;
            sameOrganization: boolean | null;
            seniority: components["schemas"]["Seniority"] | null;
            tags: string[];
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every web address; `linkedinUrl` is the primary LinkedIn profile. */
            urls: components["schemas"]["ContactValueDto"][];
            version: number;
        };
        ContactMergeDto: {
            /** @description The surviving contact, as `GET /v1/contacts/:id` now returns it (its new version is the ETag). */
            contact: components["schemas"]["ContactDto"];
            /**
             * @description Fields the survivor had empty and took from the merged contact.
             * @example [
             *       "title",
             *       "seniority"
             *     ]
             */
            fieldsFilled: string[];
            /**
             * @description Fields both had with different values: the survivor's was kept, the merged contact's is gone.
             * @example [
             *       "organization"
             *     ]
             */
            fieldsKept: string[];
            /**
             * Format: uuid
             * @description The contact merged into it, now deleted.
             */
            mergedId: string;
            moved: components["schemas"]["MergeMovedDto"];
            /** @description Inquiries both took part in, and the participant that remains in each. */
            participantsCombined: components["schemas"]["CombinedParticipantDto"][];
            /** @description People who were only reached through a dropped referral (usually none). */
            participantsOrphaned: components["schemas"]["OrphanedParticipantDto"][];
            /** @description Referrals of the merged contact the survivor could not take over, with the reason; they are deleted. */
            referralsDropped: components["schemas"]["DroppedReferralDto"][];
        };
        ContactPageDto: {
            data: components["schemas"]["ContactDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ContactSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            organization: string | null;
            title: string | null;
        };
        ContactValueDto: {
            label: string | null;
            primary: boolean;
            value: string;
        };
        ContactValueInputDto: {
            /** @description Free label (`work`, `home`, `mobile`, `linkedin`…), stored lower-cased. */
            label?: string | null;
            /** @description The one used first; when none is marked, the first value is primary. At most one per list. */
            primary?: boolean;
            /**
             * @description The address or number; normalised when stored (emails lower-cased, phones E.164 when they can be read, LinkedIn profiles as https://www.linkedin.com/in/<slug>).
             * @example grace@example.com
             */
            value: string;
        };
        /** @enum {string} */
        ContributionPotential: "low" | "medium" | "high";
        /**
         * @description `meeting` or `call`.
         * @enum {string}
         */
        ConversationKind: "meeting" | "call";
        CountDto: {
            count: number;
            /** @description The kind or theme. */
            key: string;
        };
        CoverageCellDto: {
            /** @description Of them, people you met (stage met or thanked): perspectives actually heard. */
            met: number;
            /** @description Participants with this perspective. */
            participants: number;
            /** @description true: inside your organisation; false: outside. */
            sameOrganization: boolean;
            seniority: components["schemas"]["Seniority"];
        };
        CreateApiKeyDto: {
            /**
             * @description What the key is for, e.g. "Calendar feed" or "Phone shortcut".
             * @example Calendar feed
             */
            name: string;
        };
        CreateCommitmentDto: {
            /**
             * Format: uuid
             * @description The person the promise was made to (owner me) or by (owner them).
             */
            contactId: string;
            /**
             * @description What was promised, e.g. "Send her the maintenance survey results".
             * @example Send her the maintenance survey results
             */
            description: string;
            /**
             * Format: date-time
             * @description When it is due: an ISO-8601 timestamp with a time zone, or a date (midnight UTC).
             * @example 2025-03-01T09:00:00Z
             */
            dueAt?: string | null;
            /**
             * Format: uuid
             * @description The inquiry the promise belongs to, if any.
             */
            inquiryId?: string | null;
            /** @description Who promised: me (you) or them (the contact). */
            owner: components["schemas"]["CommitmentOwner"];
            /**
             * @description Defaults to `open`.
             * @default open
             */
            status: components["schemas"]["CommitmentStatus"];
        };
        CreateContactDto: {
            /** @description What you can give back to this person. */
            canOffer?: string | null;
            /**
             * Format: date
             * @description When you connected on LinkedIn (an ISO date, `2024-03-01`).
             * @example 2024-03-01
             */
            connectedOn?: string | null;
            /**
             * Format: email
             * @example grace@example.com
             */
            email?: string | null;
            /**
             * @description Every email address; replaces them all. `email` is then the primary one.
             * @example [
             *       {
             *         "label": "work",
             *         "primary": true,
             *         "value": "grace@example.com"
             *       }
             *     ]
             */
            emails?: components["schemas"]["ContactValueInputDto"][];
            interests?: string | null;
            /** @description Remind me when I haven't been in touch for this many days. */
            keepInTouchDays?: number | null;
            /**
             * Format: uri
             * @example https://www.linkedin.com/in/grace-hopper
             */
            linkedinUrl?: string | null;
            /** @example Grace Hopper */
            name: string;
            notes?: string | null;
            organization?: string | null;
            phone?: string | null;
            /**
             * @description Every phone number; replaces them all. `phone` is then the primary one.
             * @example [
             *       {
             *         "label": "work",
             *         "primary": true,
             *         "value": "+14155550132"
             *       }
             *     ]
             */
            phones?: components["schemas"]["ContactValueInputDto"][];
            responsibilities?: string | null;
            /** @description Inside (true) or outside (false) your own organisation. */
            sameOrganization?: boolean | null;
            seniority?: components["schemas"]["Seniority"] | null;
            /** @description Free tags; stored trimmed, lower-cased and without duplicates. Not null: `[]` removes them all. */
            tags?: string[];
            title?: string | null;
            /**
             * @description Every web address (LinkedIn profiles among them); replaces them all. `linkedinUrl` is then the primary LinkedIn profile.
             * @example [
             *       {
             *         "label": "work",
             *         "primary": true,
             *         "value": "https://www.linkedin.com/in/grace-hopper"
             *       }
             *     ]
             */
            urls?: components["schemas"]["ContactValueInputDto"][];
        };
        CreatedApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The whole key. Shown only in this response; use it as `Authorization: Bearer <key>`.
             *     Absent from an Idempotency-Key replay (the secret is never stored).
             */
            key?: string;
            /**
             * Format: date-time
             * @description When the key last authenticated a request (updated at most once a minute).
             */
            lastUsedAt: string | null;
            name: string;
            /** @description The key's public start, to tell keys apart (the whole key starts with `snb_<prefix>_`). */
            prefix: string;
            /** @description For `If-Match` on DELETE (as `"<version>"`). */
            version: number;
        };
        CreateDebriefDto: {
            /** @description Promises made both ways. */
            commitments?: components["schemas"]["DebriefCommitmentDto"][];
            conversation: components["schemas"]["DebriefConversationDto"];
            insights?: components["schemas"]["DebriefInsightDto"][];
            /** @description People the contact suggested: referrals from this contact in the inquiry. */
            referrals?: components["schemas"]["DebriefReferralDto"][];
        };
        CreatedReflectionDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description The cycle this reflection closed (the inquiry is now in cycle + 1). */
            cycle: number;
            figures: components["schemas"]["CycleFiguresDto"];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string;
            learned: string;
            nextContactIds: string[];
            patterns: string | null;
            questionChanges: components["schemas"]["ReflectionQuestionChangeDto"][];
            queue: components["schemas"]["ReflectionQueueDto"];
        };
        CreateInquiryDto: {
            /**
             * @description Your standard ask ("I'm working on a project about {topic} and would like to hear your experiences…").
             *     Placeholders: {firstName}, {name}, {referrer}, {reason}, {topic}, {questions}; any other is a 400.
             */
            askTemplate?: string | null;
            /** @description The challenge you want to learn about and contribute to. */
            challenge?: string | null;
            contributionPotential?: components["schemas"]["ContributionPotential"] | null;
            /** @description Why it matters to you. */
            motivation?: string | null;
            status?: components["schemas"]["InquiryStatus"];
            /** @description A short name for the challenge, e.g. "How do our plants adopt predictive maintenance?" */
            title: string;
        };
        CreateInsightDto: {
            /**
             * Format: uuid
             * @description Who it came from.
             */
            contactId?: string | null;
            /** @description 1–5. */
            importance?: number | null;
            /**
             * Format: uuid
             * @description The inquiry the insight belongs to.
             */
            inquiryId: string;
            /**
             * Format: uuid
             * @description The conversation it came up in (of the same inquiry).
             */
            interactionId?: string | null;
            kind: components["schemas"]["InsightKind"];
            /** @description The inquiry's questions it speaks to. */
            questionIds?: string[];
            /** @description Their words, verbatim. */
            quote?: string | null;
            text: string;
            /** @description Tags; stored trimmed, lower-cased, without duplicates. */
            themes?: string[];
        };
        CreateInteractionDto: {
            /**
             * Format: uuid
             * @description The contact you asked or talked to.
             */
            contactId: string;
            durationMinutes?: number | null;
            /**
             * Format: uuid
             * @description The inquiry it belongs to; logging advances the contact’s stage there.
             */
            inquiryId?: string | null;
            kind: components["schemas"]["InteractionKind"];
            /**
             * Format: date-time
             * @description When it happened (default: now): an ISO-8601 timestamp with a time zone, or a date. Back-dating is fine.
             * @example 2025-03-01T09:00:00Z
             */
            occurredAt?: string;
            /** @description What you gave in return. */
            offered?: string | null;
            /** @description For asks: pending (default for an ask), accepted, declined or no_response. */
            outcome?: components["schemas"]["AskOutcome"] | null;
            /** @description 1–5: how valuable it was. */
            rating?: number | null;
            /**
             * Format: date-time
             * @description For asks: when the contact answered (an ISO-8601 timestamp with a time zone, or a date).
             */
            respondedAt?: string | null;
            summary?: string | null;
        };
        CreateOpportunityDto: {
            /**
             * Format: uuid
             * @description The person the opportunity came from.
             */
            contactId: string;
            /**
             * @description What came back, e.g. "Invited to speak at the plant managers' summit".
             * @example Invited to speak at the plant managers' summit
             */
            description: string;
            /**
             * Format: uuid
             * @description The inquiry it came out of, if any: its chain is traced within that inquiry's snowball.
             */
            inquiryId?: string | null;
            kind: components["schemas"]["OpportunityKind"];
            /**
             * Format: date-time
             * @description When it happened: an ISO-8601 timestamp with a time zone, or a date. Defaults to now.
             * @example 2025-03-01T09:00:00Z
             */
            occurredAt?: string;
        };
        CreateQuestionDto: {
            /**
             * Format: uuid
             * @description The question this one replaces (same inquiry); it becomes revised.
             */
            revisesId?: string;
            /** @example What makes predictive maintenance stick on the shop floor? */
            text: string;
        };
        CreateReferralDto: {
            /**
             * Format: uuid
             * @description The conversation in which the referral came up.
             */
            interactionId?: string | null;
            /** @description Why the referrer suggested this person. */
            reason?: string | null;
            /** @description A new contact to create and refer in the same step. Give this or `referredId`, not both. */
            referred?: components["schemas"]["CreateContactDto"];
            /**
             * Format: uuid
             * @description An existing contact. Give this or `referred`.
             */
            referredId?: string;
            /**
             * Format: uuid
             * @description The participant who made the referral.
             */
            referrerId: string;
        };
        CreateReflectionDto: {
            /** @description What you learned in this cycle. */
            learned: string;
            /** @description Contacts to ask next: they join (or move back to) stage `to_ask`. */
            nextContactIds?: string[];
            /** @description Patterns and trends you see forming. */
            patterns?: string | null;
            questionChanges?: components["schemas"]["QuestionChangeDto"][];
        };
        CycleFiguresDto: {
            /** @description Meetings and calls logged in the inquiry during the cycle. */
            conversations: number;
            /** @description Insights recorded for the inquiry during the cycle. */
            insights: number;
            /** @description Participants who joined the inquiry during the cycle. */
            newPeople: number;
            /** @description Distinct perspectives (seniority × inside/outside) among the people you had a conversation with during the cycle. */
            perspectivesCovered: number;
            /** @description Referrals recorded during the cycle. */
            referrals: number;
        };
        CycleStatsDto: {
            /** @description true for the cycle in progress (figures so far); false for cycles closed by a reflection. */
            current: boolean;
            cycle: number;
            figures: components["schemas"]["CycleFiguresDto"];
        };
        DebriefCommitmentDto: {
            /**
             * @description What was promised, e.g. "Send her the maintenance survey results".
             * @example Send her the maintenance survey results
             */
            description: string;
            /**
             * Format: date-time
             * @description When it is due: an ISO-8601 timestamp with a time zone, or a date (midnight UTC).
             * @example 2025-03-01T09:00:00Z
             */
            dueAt?: string | null;
            /** @description Who promised: me (you) or them (the contact). */
            owner: components["schemas"]["CommitmentOwner"];
        };
        DebriefConversationDto: {
            /**
             * Format: uuid
             * @description The contact you asked or talked to.
             */
            contactId: string;
            durationMinutes?: number | null;
            /**
             * Format: uuid
             * @description The inquiry it belongs to; logging advances the contact’s stage there.
             */
            inquiryId?: string | null;
            /** @description `meeting` or `call`. */
            kind: components["schemas"]["ConversationKind"];
            /**
             * Format: date-time
             * @description When it happened (default: now): an ISO-8601 timestamp with a time zone, or a date. Back-dating is fine.
             * @example 2025-03-01T09:00:00Z
             */
            occurredAt?: string;
            /** @description What you gave in return. */
            offered?: string | null;
            /** @description 1–5: how valuable it was. */
            rating?: number | null;
            summary?: string | null;
        };
        DebriefDto: {
            commitments: components["schemas"]["CommitmentDto"][];
            conversation: components["schemas"]["InteractionDto"];
            insights: components["schemas"]["InsightDto"][];
            next: components["schemas"]["DebriefNextDto"];
            referrals: components["schemas"]["ReferralDto"][];
        };
        DebriefInsightDto: {
            /** @description 1–5. */
            importance?: number | null;
            kind: components["schemas"]["InsightKind"];
            /** @description The inquiry's questions it speaks to. */
            questionIds?: string[];
            /** @description Their words, verbatim. */
            quote?: string | null;
            text: string;
            /** @description Tags; stored trimmed, lower-cased, without duplicates. */
            themes?: string[];
        };
        DebriefNextDto: {
            /** @description Who joined the inquiry's snowball with this debrief: the contact (reached directly) and the people suggested. */
            participants: components["schemas"]["JoinedParticipantDto"][];
            /** @description The thank-you now due (null when a later conversation or a thank-you settles it, or it is too old). */
            thankYou: components["schemas"]["ThankYouDueDto"] | null;
        };
        DebriefReferralDto: {
            /** @description A new contact, created in the same step. */
            contact?: components["schemas"]["CreateContactDto"];
            /**
             * Format: uuid
             * @description An existing contact. Give this or `contact`.
             */
            contactId?: string;
            /** @description Why they suggested this person ("runs the PMO"). */
            reason?: string | null;
        };
        DeleteAccountDto: {
            /** @description The account's password, as confirmation (also when calling with an API key). */
            password: string;
        };
        DiversityWarningDto: {
            /** @description `single_seniority` (everyone in the wave shares one seniority) or `single_side` (all inside or all outside). */
            kind: components["schemas"]["DiversityWarningKind"];
            /** @description A sentence for people. */
            message: string;
        };
        /**
         * @description `single_seniority` (everyone in the wave shares one seniority) or `single_side` (all inside or all outside).
         * @enum {string}
         */
        DiversityWarningKind: "single_seniority" | "single_side";
        DroppedReferralDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string;
            /**
             * Format: uuid
             * @description For a duplicate, the survivor's referral that remains; it took the dropped one's `reason` and
             *     `interactionId` where it had none. Null otherwise.
             */
            keptReferralId: string | null;
            /** @example referral_cycle */
            reason: components["schemas"]["DroppedReferralReason"];
            /** Format: uuid */
            referredId: string;
            /** Format: uuid */
            referrerId: string;
        };
        /** @enum {string} */
        DroppedReferralReason: "self_referral" | "referral_duplicate" | "referral_cycle";
        DuplicateContactDto: {
            /** @description The primary email. */
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @description The primary LinkedIn profile. */
            linkedinUrl: string | null;
            name: string;
            organization: string | null;
            /** @description The primary phone. */
            phone: string | null;
            title: string | null;
        };
        DuplicatePairDto: {
            /** @description The two contacts, the lower id first. */
            contacts: components["schemas"]["DuplicateContactDto"][];
            /** @description Every reason found, strongest first. */
            reasons: components["schemas"]["DuplicateReasonDto"][];
            /** @description How likely the two are one person, 1–100: the reasons combined (docs/domain.md). The list is ordered by it. */
            score: number;
        };
        DuplicatePairPageDto: {
            data: components["schemas"]["DuplicatePairDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        DuplicateReasonDto: {
            /**
             * @description `same_email` (an email both hold), `same_linkedin` (one LinkedIn profile), `similar_email` (one
             *     address written two ways: a `+tag`, Gmail's dots or googlemail.com), `same_name_and_organization`
             *     (the same name once case, accents, punctuation and word order are set aside, at the same
             *     organisation), `similar_name_and_organization` (names a typo apart at the same organisation),
             *     `same_phone` (one E.164 number: weaker, a landline or switchboard is shared).
             */
            kind: components["schemas"]["DuplicateReasonKind"];
            /** @description The value on each contact, in the order of `contacts` (the emails, profile URLs, phones or names). */
            values: string[];
        };
        /**
         * @description `same_email` (an email both hold), `same_linkedin` (one LinkedIn profile), `similar_email` (one
         *     address written two ways: a `+tag`, Gmail's dots or googlemail.com), `same_name_and_organization`
         *     (the same name once case, accents, punctuation and word order are set aside, at the same
         *     organisation), `similar_name_and_organization` (names a typo apart at the same organisation),
         *     `same_phone` (one E.164 number: weaker, a landline or switchboard is shared).
         * @enum {string}
         */
        DuplicateReasonKind: "same_email" | "same_linkedin" | "similar_email" | "same_name_and_organization" | "similar_name_and_organization" | "same_phone";
        EraseContactDto: {
            /**
             * @description Keep the insights learned from this contact, without the contact: their text stays, their
             *     `contactId` (and an `interactionId` of a conversation with them) become null. Default false:
             *     the insights are erased too.
             */
            keepInsights?: boolean;
        };
        ErasureDto: {
            commitments: number;
            contacts: number;
            insights: number;
            /** @description Insights kept with the contact removed (`keepInsights: true`). */
            insightsKept: number;
            interactions: number;
            opportunities: number;
            participants: number;
            referrals: number;
        };
        FieldDifferenceDto: {
            /** Format: uuid */
            contactId: string;
            /** @description What the contact holds (kept). */
            current: Record<string, never> | null;
            field: string;
            /** @description What the file says. */
            incoming: Record<string, never> | null;
            line: number;
        };
        FieldErrorDto: {
            /**
             * @description Dotted path of the offending field.
             * @example email
             */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        FunnelStageDto: {
            participants: number;
            stage: components["schemas"]["ParticipantStage"];
        };
        HealthDto: {
            details: {
                [key: string]: unknown;
            };
            /**
             * @description Indicators that are down.
             * @example {}
             */
            error: {
                [key: string]: unknown;
            };
            /**
             * @description Indicators that are up, e.g. `{ "database": { "status": "up" } }`.
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info: {
                [key: string]: unknown;
            };
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "error" | "shutting_down";
        };
        ImportIssueDto: {
            line: number;
            message: string;
        };
        ImportReportDto: {
            /** @description Contacts created. */
            created: number;
            differences: components["schemas"]["FieldDifferenceDto"][];
            dryRun: boolean;
            /** @description Rows skipped and values left out, by line. */
            errors: components["schemas"]["ImportIssueDto"][];
            /** @enum {string} */
            format: "linkedin-csv" | "google-csv" | "vcard";
            possibleDuplicates: components["schemas"]["PossibleDuplicateDto"][];
            /** @description Rows not imported: unreadable, nothing to identify the person by, or the same person as an earlier row (see errors). */
            skipped: number;
            /** @description Rows that matched a contact that already had everything they hold. */
            unchanged: number;
            /** @description Rows that matched a contact (same email, LinkedIn profile or phone) and filled something it lacked. */
            updated: number;
        };
        ImportResultDto: {
            /**
             * @example {
             *       "contacts": 12,
             *       "inquiries": 1
             *     }
             */
            imported: {
                [key: string]: number;
            };
        };
        InquiryDto: {
            askTemplate: string | null;
            challenge: string | null;
            contributionPotential: components["schemas"]["ContributionPotential"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Starts at 1; each reflection closes the current cycle and opens the next. */
            currentCycle: number;
            /** Format: uuid */
            id: string;
            motivation: string | null;
            status: components["schemas"]["InquiryStatus"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The ETag of the resource. */
            version: number;
        };
        InquiryPageDto: {
            data: components["schemas"]["InquiryDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        InquiryStatsDto: {
            asks: components["schemas"]["AskStatsDto"];
            cycles: components["schemas"]["CycleStatsDto"][];
            /** @description Participants per stage, every stage listed (0 when empty), in stage order. */
            funnel: components["schemas"]["FunnelStageDto"][];
            /** Format: uuid */
            inquiryId: string;
            /** @description Insights per kind (every kind listed). */
            insightsByKind: components["schemas"]["CountDto"][];
            /** @description The 20 most frequent themes. */
            insightsByTheme: components["schemas"]["CountDto"][];
            perspectiveCoverage: components["schemas"]["PerspectiveCoverageDto"];
            /** @description The 10 referrers whose referrals yielded most (meetings, then insights, then referrals). */
            topConnectors: components["schemas"]["ConnectorDto"][];
            waves: components["schemas"]["WaveStatsDto"][];
        };
        /** @enum {string} */
        InquiryStatus: "active" | "paused" | "concluded";
        InsightDto: {
            /** Format: uuid */
            contactId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            importance: number | null;
            /** Format: uuid */
            inquiryId: string;
            /** Format: uuid */
            interactionId: string | null;
            kind: components["schemas"]["InsightKind"];
            questionIds: string[];
            quote: string | null;
            text: string;
            themes: string[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        InsightKind: "perspective" | "pattern" | "fact" | "latent_need" | "opportunity" | "risk" | "advice";
        InsightPageDto: {
            data: components["schemas"]["InsightDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        InteractionDto: {
            /** Format: uuid */
            contactId: string;
            /** Format: date-time */
            createdAt: string;
            durationMinutes: number | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string | null;
            kind: components["schemas"]["InteractionKind"];
            /** Format: date-time */
            occurredAt: string;
            offered: string | null;
            outcome: components["schemas"]["AskOutcome"] | null;
            rating: number | null;
            /** Format: date-time */
            respondedAt: string | null;
            summary: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        InteractionKind: "ask" | "meeting" | "call" | "message" | "follow_up" | "thank_you" | "shared_perspective";
        InteractionPageDto: {
            data: components["schemas"]["InteractionDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        JoinedParticipantDto: {
            /** Format: uuid */
            contactId: string;
            /** Format: uuid */
            inquiryId: string;
            /** @description `direct`: reached directly, without the snowball (or `referral` when a debrief's suggestion added them). */
            origin: components["schemas"]["ParticipantOrigin"];
            stage: components["schemas"]["ParticipantStage"];
            /** @description 0 for someone reached directly. */
            wave: number;
        };
        LoggedInteractionDto: {
            /** Format: uuid */
            contactId: string;
            /** Format: date-time */
            createdAt: string;
            durationMinutes: number | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string | null;
            /**
             * @description Contacts who were not participants of the interaction's inquiry and joined it because of this
             *     ask, meeting, call or thank-you (origin `direct`, wave 0, at the stage it implies); usually empty.
             */
            joined: components["schemas"]["JoinedParticipantDto"][];
            kind: components["schemas"]["InteractionKind"];
            /** Format: date-time */
            occurredAt: string;
            offered: string | null;
            outcome: components["schemas"]["AskOutcome"] | null;
            rating: number | null;
            /** Format: date-time */
            respondedAt: string | null;
            summary: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        LoginDto: {
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            password: string;
        };
        MergeContactDto: {
            /**
             * Format: uuid
             * @description The duplicate to merge into this contact; it is deleted by the merge.
             */
            otherId: string;
        };
        MergeMovedDto: {
            /** @example 1 */
            commitments: number;
            /**
             * @description Email addresses the survivor did not have (by normalised value).
             * @example 1
             */
            emails: number;
            /** @example 2 */
            insights: number;
            /** @example 3 */
            interactions: number;
            /** @example 0 */
            opportunities: number;
            /**
             * @description Participations in inquiries the survivor was not in (combined ones are in `participantsCombined`).
             * @example 1
             */
            participants: number;
            /**
             * @description Phone numbers the survivor did not have (by E.164 number when readable).
             * @example 0
             */
            phones: number;
            /**
             * @description Referrals from or to the merged contact now from or to the survivor (dropped ones are in `referralsDropped`).
             * @example 2
             */
            referrals: number;
            /**
             * @description Reflections whose `nextContactIds` named the merged contact.
             * @example 0
             */
            reflections: number;
            /**
             * @description Tags the survivor did not have.
             * @example 2
             */
            tags: number;
            /**
             * @description Web addresses the survivor did not have (LinkedIn profiles by their slug).
             * @example 1
             */
            urls: number;
        };
        NetworkDto: {
            edges: components["schemas"]["NetworkEdgeDto"][];
            nodes: components["schemas"]["NetworkNodeDto"][];
        };
        NetworkEdgeDto: {
            /**
             * Format: uuid
             * @description The referrer's contact id.
             */
            from: string;
            /**
             * Format: uuid
             * @description The referral's id.
             */
            id: string;
            reason: string | null;
            /**
             * Format: uuid
             * @description The referred person's contact id.
             */
            to: string;
        };
        /** @enum {string} */
        NetworkFormat: "json" | "dot" | "mermaid" | "graphml" | "svg";
        NetworkNodeDto: {
            /** Format: uuid */
            contactId: string;
            name: string;
            origin: components["schemas"]["ParticipantOrigin"];
            /** @description Inside (true) or outside (false) your own organisation; null when unknown. */
            sameOrganization: boolean | null;
            seniority: components["schemas"]["Seniority"] | null;
            stage: components["schemas"]["ParticipantStage"];
            /** @description 0 for seeds; the shortest distance from a seed along referrals. */
            wave: number;
        };
        NotQueuedContactDto: {
            /** Format: uuid */
            contactId: string;
            /** @description Why they were not queued, in words ("already met"). */
            reason: string;
            /** @description Where they stay. */
            stage: components["schemas"]["ParticipantStage"];
        };
        OpportunityDto: {
            /** Format: uuid */
            contactId: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string | null;
            kind: components["schemas"]["OpportunityKind"];
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The ETag of the resource. */
            version: number;
        };
        /** @enum {string} */
        OpportunityKind: "promotion" | "hire" | "project" | "speaking" | "advice" | "introduction" | "other";
        OpportunityPageDto: {
            data: components["schemas"]["OpportunityDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        OpportunityWithChainDto: {
            /**
             * @description The referral path in the opportunity's inquiry, from a seed to the contact, each step with the
             *     contact and the reason they were referred. Just the seed when the contact is a seed; empty when
             *     the opportunity has no inquiry or the contact is not in that inquiry's snowball.
             */
            chain: components["schemas"]["ChainStepDto"][];
            /**
             * @description Every shortest referral path to the contact (at most 10, earliest referrals first), so each
             *     connector gets the credit; `chain` is the first of them. Empty when `chain` is.
             */
            chains: components["schemas"]["ChainStepDto"][][];
            /** Format: uuid */
            contactId: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string | null;
            kind: components["schemas"]["OpportunityKind"];
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The ETag of the resource. */
            version: number;
        };
        OrphanedParticipantDto: {
            /** Format: uuid */
            contactId: string;
            /** Format: uuid */
            inquiryId: string;
            outcome: components["schemas"]["OrphanOutcome"];
            /** Format: uuid */
            participantId: string;
        };
        /** @enum {string} */
        OrphanOutcome: "removed" | "became_seed";
        ParticipantDto: {
            contact: components["schemas"]["ContactSummaryDto"];
            /** Format: uuid */
            contactId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string;
            origin: components["schemas"]["ParticipantOrigin"];
            stage: components["schemas"]["ParticipantStage"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** @description 0 for seeds; the shortest distance from a seed along referrals. */
            wave: number;
        };
        /**
         * @description The origin of the participant with the lower wave (the survivor's on a tie).
         * @enum {string}
         */
        ParticipantOrigin: "seed" | "referral" | "direct";
        ParticipantPageDto: {
            data: components["schemas"]["ParticipantDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description The more advanced of the two stages (the survivor's on a tie).
         * @enum {string}
         */
        ParticipantStage: "suggested" | "to_ask" | "asked" | "accepted" | "declined" | "no_response" | "met" | "thanked";
        PerspectiveCoverageDto: {
            /** @description All 8 cells: seniority × inside/outside. */
            cells: components["schemas"]["CoverageCellDto"][];
            /** @description Cells with no one met yet: the perspectives you are still missing. */
            gaps: components["schemas"]["CoverageCellDto"][];
            /** @description Participants whose seniority or inside/outside is not recorded (not placed in any cell). */
            unplaced: number;
        };
        PerspectiveDto: {
            /** @description The perspective in words: seniority · inside/outside the organisation ("senior · inside"). */
            label: string;
            sameOrganization: boolean;
            seniority: components["schemas"]["Seniority"];
        };
        PossibleDuplicateDto: {
            /**
             * Format: uuid
             * @description The contact it likely is: an existing contact, or the one an earlier row of the same file was
             *     imported as (null on a dry run, when that row's contact would be created).
             */
            contactId: string | null;
            /** @description The line of that earlier row when the likely duplicate is in the same file; null for an existing contact. */
            contactLine: number | null;
            contactName: string;
            /**
             * Format: uuid
             * @description The contact the row was imported as (null on a dry run when it would be created).
             */
            importedAs: string | null;
            /** @description The file's line where the row starts. */
            line: number;
            name: string;
            reason: string;
        };
        ProblemDto: {
            /**
             * @description Machine-readable error code, one per failure (`referral_cycle`, `email_taken`, …): switch on it.
             *     docs/integrating.md lists every code; new ones may be added, so treat an unknown code by its status.
             * @example validation_failed
             */
            code: string;
            /** @example The request has invalid fields; see errors. */
            detail: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @example /v1/auth/register */
            instance: string;
            /** @description Quote it when reporting a problem; it is in the server logs too. */
            requestId: string;
            /** @example 400 */
            status: number;
            /** @example Validation failed */
            title: string;
            /** @example https://snowball.dev/problems/validation-failed */
            type: string;
        };
        /**
         * @description `revise` replaces questionId with a new question (text); `retire` retires questionId; `add` adds a question (text).
         * @enum {string}
         */
        QuestionChangeAction: "revise" | "retire" | "add";
        QuestionChangeDto: {
            /** @description `revise` replaces questionId with a new question (text); `retire` retires questionId; `add` adds a question (text). */
            action: components["schemas"]["QuestionChangeAction"];
            /**
             * Format: uuid
             * @description Required for revise and retire.
             */
            questionId?: string;
            /** @description Required for revise and add. */
            text?: string;
        };
        QuestionDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description The inquiry cycle in which the question was introduced. */
            cycle: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string;
            /**
             * Format: uuid
             * @description The question this one replaced.
             */
            revisesId: string | null;
            status: components["schemas"]["QuestionStatus"];
            text: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        QuestionPageDto: {
            data: components["schemas"]["QuestionDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        QuestionStatus: "open" | "answered" | "revised" | "retired";
        QueuedContactDto: {
            /** Format: uuid */
            contactId: string;
            /** @description The stage they left for `to_ask` (`to_ask` when they were queued already). */
            previousStage: components["schemas"]["ParticipantStage"];
        };
        ReferralDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string;
            /** Format: uuid */
            interactionId: string | null;
            reason: string | null;
            /** Format: uuid */
            referredId: string;
            /** Format: uuid */
            referrerId: string;
            /** @description The referred participant's wave after this referral. */
            wave: number;
        };
        ReferralPageDto: {
            data: components["schemas"]["ReferralDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ReflectionDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description The cycle this reflection closed (the inquiry is now in cycle + 1). */
            cycle: number;
            figures: components["schemas"]["CycleFiguresDto"];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string;
            learned: string;
            nextContactIds: string[];
            patterns: string | null;
            questionChanges: components["schemas"]["ReflectionQuestionChangeDto"][];
        };
        ReflectionPageDto: {
            data: components["schemas"]["ReflectionDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ReflectionQuestionChangeDto: {
            action: components["schemas"]["QuestionChangeAction"];
            /** Format: uuid */
            questionId?: string;
            /**
             * Format: uuid
             * @description The question the change created (revise, add).
             */
            resultingQuestionId?: string;
            text?: string;
        };
        ReflectionQueueDto: {
            /** @description Contacts who were not in the inquiry and joined it as seeds at `to_ask`. */
            joined: string[];
            /** @description Participants left at their stage: an ask pending, a yes, or a meeting already. */
            notQueued: components["schemas"]["NotQueuedContactDto"][];
            /** @description Participants now at `to_ask` (declined or unanswered asks are asked again; the history stays). */
            queued: components["schemas"]["QueuedContactDto"][];
        };
        RefreshDto: {
            /** @description The refresh token from login, register or the previous refresh. */
            refreshToken: string;
        };
        RegisterDto: {
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** @example Ada Lovelace */
            name: string;
            /**
             * @description At least 12 characters.
             * @example correct horse battery staple
             */
            password: string;
        };
        /** @enum {string} */
        Seniority: "junior" | "peer" | "senior" | "executive";
        SessionDto: {
            /** @description Short-lived JWT for `Authorization: Bearer`. */
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** @description Single-use token for POST /v1/auth/refresh. */
            refreshToken: string;
            user: components["schemas"]["UserDto"];
        };
        /**
         * @description `open`, `answered` or `retired` (a question becomes `revised` when a revision is created).
         * @enum {string}
         */
        SettableQuestionStatus: "open" | "answered" | "retired";
        SuggestionDto: {
            /** Format: uuid */
            contactId: string;
            name: string;
            organization: string | null;
            /** @description The participant's origin; null for a network suggestion. */
            origin: components["schemas"]["ParticipantOrigin"] | null;
            reasons: components["schemas"]["SuggestionReasonDto"][];
            /** @description Who referred them in this inquiry and why, oldest first (empty when no one did). */
            referredBy: components["schemas"]["SuggestionReferrerDto"][];
            sameOrganization: boolean | null;
            /** @description Sum of the reasons' weights; the list is sorted by it (then by wave, network people last, then name). */
            score: number;
            seniority: components["schemas"]["Seniority"] | null;
            /** @description `inquiry`: a participant; `network`: one of your contacts not in the inquiry yet (add them as a seed). */
            source: components["schemas"]["SuggestionSource"];
            /** @description The participant's stage; null for a network suggestion. */
            stage: components["schemas"]["ParticipantStage"] | null;
            /** @description One sentence combining the reasons. */
            summary: string;
            /** @description The participant's wave; null for a network suggestion. */
            wave: number | null;
        };
        SuggestionPageDto: {
            data: components["schemas"]["SuggestionDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        SuggestionReasonCode: "accepted_no_meeting" | "referred_not_asked" | "fills_perspective_gap" | "matches_inquiry" | "referred_by_high_yield_connector" | "stalled_ask" | "not_yet_asked";
        SuggestionReasonDto: {
            code: components["schemas"]["SuggestionReasonCode"];
            /** @description The reason for people. */
            message: string;
            /** @description What the reason adds to the score. */
            weight: number;
        };
        SuggestionReferrerDto: {
            /** Format: uuid */
            contactId: string;
            name: string;
            reason: string | null;
        };
        /**
         * @description `inquiry`: a participant; `network`: one of your contacts not in the inquiry yet (add them as a seed).
         * @enum {string}
         */
        SuggestionSource: "inquiry" | "network";
        SyncChangeDto: {
            /**
             * @description The resource as its own GET returns it (participants and referrals: their stored fields, without
             *     the joined contact summary or wave); null for a delete.
             */
            data: {
                [key: string]: unknown;
            } | null;
            entity: components["schemas"]["SyncEntity"];
            /** Format: uuid */
            id: string;
            /** @description `upsert`: create or replace the local copy with `data`; `delete`: remove it (data is null). */
            op: components["schemas"]["SyncOp"];
            /** @description The row's version (its ETag, for If-Match on a later PATCH or DELETE). */
            version: number;
        };
        /** @enum {string} */
        SyncEntity: "contact" | "inquiry" | "question" | "participant" | "referral" | "interaction" | "insight" | "reflection" | "commitment" | "opportunity";
        /**
         * @description `upsert`: create or replace the local copy with `data`; `delete`: remove it (data is null).
         * @enum {string}
         */
        SyncOp: "upsert" | "delete";
        SyncPageDto: {
            changes: components["schemas"]["SyncChangeDto"][];
            /** @description Pass as `?since=` next time (always present; the same one when nothing changed). */
            cursor: string;
            /** @description More changes are waiting: call again at once with `cursor`. */
            hasMore: boolean;
        };
        ThankYouDueDto: {
            /**
             * Format: date-time
             * @description Two days after the conversation.
             */
            dueAt: string;
            /**
             * Format: uuid
             * @description The conversation it is owed for.
             */
            interactionId: string;
            /** @description What to do, in words. */
            sentence: string;
        };
        ThemeDto: {
            /** @description Distinct contacts those insights came from. */
            contacts: number;
            /** @description Insights tagged with the theme. */
            insights: number;
            /**
             * @description Heard from at least two distinct perspectives and at least three contacts: a pattern rather
             *     than one person's (or one pair's) view.
             */
            pattern: boolean;
            /** @description Distinct perspectives (seniority × inside/outside) behind the theme. */
            perspectives: components["schemas"]["PerspectiveDto"][];
            theme: string;
        };
        ThemePageDto: {
            data: components["schemas"]["ThemeDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        TimelineItemDto: {
            /**
             * Format: date-time
             * @description When it happened: occurredAt for interactions and opportunities; for insights and referrals the
             *     occurredAt of the conversation they came from (createdAt when they name none); createdAt for
             *     commitments. The timeline is ordered by it.
             */
            at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inquiryId: string | null;
            /**
             * @description The kind within the type: the interaction kind, the insight kind, `referred_by` / `referred`
             *     for referrals (this contact was referred, or referred someone), `me` / `them` for commitments,
             *     the opportunity kind for opportunities.
             */
            kind: string | null;
            /**
             * Format: uuid
             * @description For referrals, the other person.
             */
            otherContactId: string | null;
            /** @description For referrals, the other person's name (null when they were deleted). */
            otherContactName: string | null;
            /** @description For asks, the outcome (`pending`, `accepted`, `declined`, `no_response`); null otherwise. */
            outcome: string | null;
            /** @description A one-line description (summary, insight text, referral reason, commitment or opportunity description). */
            text: string | null;
            type: components["schemas"]["TimelineItemType"];
        };
        /** @enum {string} */
        TimelineItemType: "interaction" | "insight" | "referral" | "commitment" | "opportunity";
        TimelinePageDto: {
            data: components["schemas"]["TimelineItemDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateCommitmentDto: {
            /** Format: uuid */
            contactId?: string;
            description?: string;
            /**
             * Format: date-time
             * @description An ISO-8601 timestamp with a time zone, or a date; null to clear it.
             */
            dueAt?: string | null;
            /**
             * Format: uuid
             * @description The inquiry the promise belongs to; null to detach it.
             */
            inquiryId?: string | null;
            owner?: components["schemas"]["CommitmentOwner"];
            status?: components["schemas"]["CommitmentStatus"];
        };
        UpdateContactDto: {
            /** @description What you can give back to this person. */
            canOffer?: string | null;
            /**
             * Format: date
             * @description When you connected on LinkedIn (an ISO date, `2024-03-01`).
             * @example 2024-03-01
             */
            connectedOn?: string | null;
            /**
             * Format: email
             * @example grace@example.com
             */
            email?: string | null;
            /**
             * @description Every email address; replaces them all. `email` is then the primary one.
             * @example [
             *       {
             *         "label": "work",
             *         "primary": true,
             *         "value": "grace@example.com"
             *       }
             *     ]
             */
            emails?: components["schemas"]["ContactValueInputDto"][];
            interests?: string | null;
            /** @description Remind me when I haven't been in touch for this many days. */
            keepInTouchDays?: number | null;
            /**
             * Format: uri
             * @example https://www.linkedin.com/in/grace-hopper
             */
            linkedinUrl?: string | null;
            /** @example Grace Hopper */
            name?: string;
            notes?: string | null;
            organization?: string | null;
            phone?: string | null;
            /**
             * @description Every phone number; replaces them all. `phone` is then the primary one.
             * @example [
             *       {
             *         "label": "work",
             *         "primary": true,
             *         "value": "+14155550132"
             *       }
             *     ]
             */
            phones?: components["schemas"]["ContactValueInputDto"][];
            responsibilities?: string | null;
            /** @description Inside (true) or outside (false) your own organisation. */
            sameOrganization?: boolean | null;
            seniority?: components["schemas"]["Seniority"] | null;
            /** @description Free tags; stored trimmed, lower-cased and without duplicates. Not null: `[]` removes them all. */
            tags?: string[];
            title?: string | null;
            /**
             * @description Every web address (LinkedIn profiles among them); replaces them all. `linkedinUrl` is then the primary LinkedIn profile.
             * @example [
             *       {
             *         "label": "work",
             *         "primary": true,
             *         "value": "https://www.linkedin.com/in/grace-hopper"
             *       }
             *     ]
             */
            urls?: components["schemas"]["ContactValueInputDto"][];
        };
        UpdateInquiryDto: {
            /**
             * @description Your standard ask ("I'm working on a project about {topic} and would like to hear your experiences…").
             *     Placeholders: {firstName}, {name}, {referrer}, {reason}, {topic}, {questions}; any other is a 400.
             */
            askTemplate?: string | null;
            /** @description The challenge you want to learn about and contribute to. */
            challenge?: string | null;
            contributionPotential?: components["schemas"]["ContributionPotential"] | null;
            /** @description Why it matters to you. */
            motivation?: string | null;
            status?: components["schemas"]["InquiryStatus"];
            /** @description A short name for the challenge, e.g. "How do our plants adopt predictive maintenance?" */
            title?: string;
        };
        UpdateInsightDto: {
            /**
             * Format: uuid
             * @description Who it came from.
             */
            contactId?: string | null;
            /** @description 1–5. */
            importance?: number | null;
            /**
             * Format: uuid
             * @description The inquiry the insight belongs to.
             */
            inquiryId?: string;
            /**
             * Format: uuid
             * @description The conversation it came up in (of the same inquiry).
             */
            interactionId?: string | null;
            kind?: components["schemas"]["InsightKind"];
            /** @description The inquiry's questions it speaks to. */
            questionIds?: string[];
            /** @description Their words, verbatim. */
            quote?: string | null;
            text?: string;
            /** @description Tags; stored trimmed, lower-cased, without duplicates. */
            themes?: string[];
        };
        UpdateInteractionDto: {
            /**
             * Format: uuid
             * @description The contact you asked or talked to.
             */
            contactId?: string;
            durationMinutes?: number | null;
            /**
             * Format: uuid
             * @description The inquiry it belongs to; logging advances the contact’s stage there.
             */
            inquiryId?: string | null;
            kind?: components["schemas"]["InteractionKind"];
            /**
             * Format: date-time
             * @description When it happened (default: now): an ISO-8601 timestamp with a time zone, or a date. Back-dating is fine.
             * @example 2025-03-01T09:00:00Z
             */
            occurredAt?: string;
            /** @description What you gave in return. */
            offered?: string | null;
            /** @description For asks: pending (default for an ask), accepted, declined or no_response. */
            outcome?: components["schemas"]["AskOutcome"] | null;
            /** @description 1–5: how valuable it was. */
            rating?: number | null;
            /**
             * Format: date-time
             * @description For asks: when the contact answered (an ISO-8601 timestamp with a time zone, or a date).
             */
            respondedAt?: string | null;
            summary?: string | null;
        };
        UpdateOpportunityDto: {
            /** Format: uuid */
            contactId?: string;
            description?: string;
            /**
             * Format: uuid
             * @description The inquiry it came out of; null to detach it.
             */
            inquiryId?: string | null;
            kind?: components["schemas"]["OpportunityKind"];
            /**
             * Format: date-time
             * @description An ISO-8601 timestamp with a time zone, or a date.
             */
            occurredAt?: string;
        };
        UpdateParticipantDto: {
            stage: components["schemas"]["ParticipantStage"];
        };
        UpdateQuestionDto: {
            /** @description `open`, `answered` or `retired` (a question becomes `revised` when a revision is created). */
            status?: components["schemas"]["SettableQuestionStatus"];
            text?: string;
        };
        UpdateUserSettingsDto: {
            /** @description Days without an answer after which an ask is suggested for one follow-up (1–365). */
            followUpDays?: number;
        };
        UsageDayDto: {
            /**
             * @description The UTC day, YYYY-MM-DD.
             * @example 2026-12-01
             */
            day: string;
            /** @description Responses with a 5xx status. */
            errors: number;
            requests: number;
        };
        UserDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description A disabled account can't sign in; its tokens and API keys stop working at once. */
            disabled: boolean;
            /**
             * @description Lower-cased; unique regardless of case.
             * @example ada@example.com
             */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example Ada Lovelace */
            name: string;
            role: components["schemas"]["UserRole"];
            /** Format: date-time */
            updatedAt: string;
            /** @description Increases with every change; the ETag of the resource. */
            version: number;
        };
        UserPageDto: {
            data: components["schemas"]["UserDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        UserRole: "user" | "admin";
        UserSettingsDto: {
            /**
             * @description Days without an answer after which an ask is suggested for one follow-up (default 14).
             * @example 14
             */
            followUpDays: number;
        };
        WaveStatsDto: {
            /** @description Of them, how many have been asked (stage asked or later). */
            asked: number;
            /** @description Of them, how many you met (stage met or thanked). */
            met: number;
            /** @description Participants in this wave. */
            people: number;
            warnings: components["schemas"]["DiversityWarningDto"][];
            wave: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description What is left of each budget: `r` requests remain, and the window ends in `t` seconds. Shared by every server instance. */
        RateLimit: string;
        /** @description The request budgets that apply (draft-ietf-httpapi-ratelimit-headers): `"ip";q=1200;w=60` is 1200 requests per 60 seconds from one IP, `"user";q=600;w=60` per signed-in user. */
        "RateLimit-Policy": string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                action?: components["schemas"]["AuditAction"];
                actorId?: string;
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller is not an admin. */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getAdminStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStatsDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller is not an admin. */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description `true` or `false`. */
                disabled?: boolean;
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description Part of an email address. */
                q?: string;
                role?: components["schemas"]["UserRole"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller is not an admin. */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminUpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller is not an admin. */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The user does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description You tried to demote or disable your own account. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getAgenda: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description Only these kinds of items, comma-separated (`commitment_due,thank_you_owed`); all when left out. */
                types?: components["schemas"]["AgendaItemType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getAgendaFeed: {
        parameters: {
            query?: {
                /** @description An API key, for clients that cannot send an Authorization header (calendar subscriptions). */
                key?: string;
                /** @description Only these kinds of items, comma-separated (`commitment_due,thank_you_owed`); all when left out. */
                types?: components["schemas"]["AgendaItemType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, `text/calendar; charset=utf-8`. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Wrong email or password, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The refresh token is invalid or expired, was already used (then the whole session is revoked), or its session was signed out. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An account with this email already exists. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listCommitments: {
        parameters: {
            query?: {
                /** @description Only commitments with this contact. */
                contactId?: string;
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description Only commitments due strictly before this instant (those without a due date are left out). */
                dueBefore?: string;
                /** @description Only commitments of this inquiry. */
                inquiryId?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description Only promises made by me or them. */
                owner?: components["schemas"]["CommitmentOwner"];
                status?: components["schemas"]["CommitmentStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createCommitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommitmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact or inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still in progress. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description This Idempotency-Key was used with a different request. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The commitment does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteCommitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The commitment does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateCommitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCommitmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The commitment, contact or inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                /**
                 * @description Search in name, organization, title, tags, responsibilities, interests and notes (case-insensitive;
                 *     every word must match: a word, its beginning, or a typo of it; a word under three letters or with
                 *     punctuation as a literal substring).
                 */
                q?: string;
                seniority?: components["schemas"]["Seniority"];
                /** @description Only contacts with this tag. */
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still in progress. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description This Idempotency-Key was used with a different request. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    eraseContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    mergeContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeContactDto"];
            };
        };
        responses: {
            /** @description The surviving contact (its new version in `ETag`) and what the merge moved, combined and dropped. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMergeDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact or the contact to merge (otherId) does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Another of your contacts took one of the other contact's emails or LinkedIn profiles meanwhile; nothing was merged.
             *
             *     A request with this Idempotency-Key is still in progress.
             */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description otherId is this contact itself, or the merged contact would hold more values than a contact may.
             *
             *     This Idempotency-Key was used with a different request.
             */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    dismissContactDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                otherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    undoContactDuplicateDismissal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                otherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getContactTimeline: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listContactDuplicates: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicatePairPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportContacts: {
        parameters: {
            query?: {
                format?: "csv" | "vcard";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    importContacts: {
        parameters: {
            query?: {
                /** @description Answer what the import would do, without writing anything. */
                dryRun?: boolean;
                /**
                 * @description The country (ISO 3166 code, `US`, `GB`) that phone numbers written without `+<country code>`
                 *     are read in. Without it such numbers are kept as written and don't take part in dedupe.
                 */
                region?: string;
            };
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The file: a multipart form with one file field, or the raw file. */
        requestBody: {
            content: {
                "application/csv": {
                    /** Format: binary */
                    file?: string;
                };
                "application/octet-stream": {
                    /** Format: binary */
                    file?: string;
                };
                "application/vnd.ms-excel": {
                    /** Format: binary */
                    file?: string;
                };
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
                "text/comma-separated-values": {
                    /** Format: binary */
                    file?: string;
                };
                "text/csv": {
                    /** Format: binary */
                    file?: string;
                };
                "text/directory": {
                    /** Format: binary */
                    file?: string;
                };
                "text/plain": {
                    /** Format: binary */
                    file?: string;
                };
                "text/vcard": {
                    /** Format: binary */
                    file?: string;
                };
                "text/x-csv": {
                    /** Format: binary */
                    file?: string;
                };
                "text/x-vcard": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A contact was written with the same email or LinkedIn profile at the same moment; retry.
             *
             *     A request with this Idempotency-Key is still in progress.
             */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The file is larger than 10 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The file is not one Snowball can import, or holds more than 50,000 people.
             *
             *     This Idempotency-Key was used with a different request.
             */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createDebrief: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDebriefDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebriefDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact, inquiry or question does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The suggested person is already referred by this contact, or upstream of them.
             *
             *     A request with this Idempotency-Key is still in progress.
             */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A question of another inquiry, or a contact suggesting themselves.
             *
             *     This Idempotency-Key was used with a different request.
             */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listInquiries: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                status?: components["schemas"]["InquiryStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInquiryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still in progress. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description This Idempotency-Key was used with a different request. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInquiryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getNetwork: {
        parameters: {
            query?: {
                /**
                 * @description `json` (default), `dot` (Graphviz), `mermaid` (Markdown diagrams), `graphml` (Gephi, yEd) or
                 *     `svg` (laid out on the server; at most 5,000 participants).
                 */
                format?: components["schemas"]["NetworkFormat"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network in the requested format, served `inline` with a `network-<inquiryId>.<ext>` file name. Node ids in dot, mermaid and svg are `n<index>` (index into the JSON `nodes`); names are escaped in every format. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/graphml+xml": string;
                    "application/json": components["schemas"]["NetworkDto"];
                    "image/svg+xml": string;
                    "text/plain": string;
                    "text/vnd.graphviz": string;
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description format=svg on an inquiry with more than 5000 participants, or a layout that took too long: use dot or graphml. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listParticipants: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                stage?: components["schemas"]["ParticipantStage"];
                /** @description Only participants of this wave (0 = seeds). */
                wave?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    addParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddParticipantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry or contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The contact is already a participant of this inquiry.
             *
             *     A request with this Idempotency-Key is still in progress.
             */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description This Idempotency-Key was used with a different request. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                contactId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateParticipantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry or participant does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getAskDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AskDraftDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry or participant does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getReferralChain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry or participant does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listQuestions: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description Only questions introduced in this cycle. */
                cycle?: number;
                /** @description How many items to return (1–100). */
                limit?: number;
                status?: components["schemas"]["QuestionStatus"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createQuestion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry or revised question does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still in progress. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description revisesId is a question of another inquiry, or already revised or retired.
             *
             *     This Idempotency-Key was used with a different request.
             */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listReferrals: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferralDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry, contact or interaction does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The same referral exists already, or it would create a cycle.
             *
             *     A request with this Idempotency-Key is still in progress.
             */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The referrer is not a participant, the referral is a self-referral, or the interaction is of another inquiry.
             *
             *     This Idempotency-Key was used with a different request.
             */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry or referral does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listReflections: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReflectionPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createReflection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReflectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedReflectionDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry, question or contact does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The inquiry is concluded.
             *
             *     A request with this Idempotency-Key is still in progress.
             */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A question of another inquiry, or one already revised or retired.
             *
             *     This Idempotency-Key was used with a different request.
             */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInquiryStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryStatsDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listSuggestions: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listThemes: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listInsights: {
        parameters: {
            query?: {
                contactId?: string;
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                inquiryId?: string;
                kind?: components["schemas"]["InsightKind"];
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description Full-text search over the text and the quote (all words must match). */
                q?: string;
                questionId?: string;
                /** @description One theme (case-insensitive). */
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createInsight: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInsightDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The inquiry, contact, interaction or question does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still in progress. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The interaction or a question belongs to another inquiry, or the interaction to another contact.
             *
             *     This Idempotency-Key was used with a different request.
             */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInsight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The insight does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteInsight: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The insight does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateInsight: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInsightDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The insight, inquiry, contact, interaction or question does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The interaction or a question belongs to another inquiry, or the interaction to another contact. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listInteractions: {
        parameters: {
            query?: {
                contactId?: string;
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                inquiryId?: string;
                kind?: components["schemas"]["InteractionKind"];
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createInteraction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInteractionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedInteractionDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact or inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still in progress. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description This Idempotency-Key was used with a different request. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The interaction does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteInteraction: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The interaction does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateInteraction: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInteractionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedInteractionDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The interaction, contact or inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The password does not match. */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still in progress. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description This Idempotency-Key was used with a different request. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The API key does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export document (docs/data-rights.md), sent as an attachment. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example snowball-export */
                        format?: string;
                    };
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    importMyData: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A document from GET /v1/me/export. */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The account already holds data.
             *
             *     A request with this Idempotency-Key is still in progress.
             */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The document is larger than 50 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description This Idempotency-Key was used with a different request. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSettingsDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSettingsDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listOpportunities: {
        parameters: {
            query?: {
                /** @description Only opportunities from this contact. */
                contactId?: string;
                /** @description The nextCursor of the previous page (opaque). */
                cursor?: string;
                /** @description Only opportunities of this inquiry. */
                inquiryId?: string;
                kind?: components["schemas"]["OpportunityKind"];
                /** @description How many items to return (1–100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOpportunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The contact or inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still in progress. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description This Idempotency-Key was used with a different request. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityWithChainDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The opportunity does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The opportunity does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOpportunityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The opportunity, contact or inquiry does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateQuestion: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from the last GET; the write fails with 412 if the resource changed. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQuestionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /**
             * @description Invalid input; `errors` lists the fields.
             *
             *     The request body is not valid JSON.
             */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The question does not exist or belongs to someone else. */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than 1 MiB. */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is not sent as application/json. */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The question is revised: its status stays revised. */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getChanges: {
        parameters: {
            query?: {
                /** @description How many changes to return (1–500). */
                limit?: number;
                /** @description The cursor of the previous answer (opaque); leave out for a full sync. */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists the fields. */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired token, or a disabled account. */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The cursor is no longer valid: start a full sync without `since`. */
            410: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error; the body carries a requestId to quote. */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
