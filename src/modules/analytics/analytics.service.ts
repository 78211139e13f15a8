import { Injectable } from '@nestjs/common';
import {
  decodeOpaqueCursor,
  DEFAULT_LIMIT,
  encodeOpaqueCursor,
  isUuid,
  type Page,
  type PageQueryDto,
} from '../../common/pagination.js';
import { Seniority } from '../contacts/contact.entity.js';
import { InquiriesService } from '../inquiries/inquiries.service.js';
import { InsightKind } from '../insights/insight.entity.js';
import { ReflectionsService } from '../reflections/reflections.service.js';
import { ParticipantOrigin, ParticipantStage } from '../snowball/participant.entity.js';
import { UserSettingsService } from '../users/user-settings.service.js';
import { AnalyticsRepository, type CandidateRow, SUGGESTION_WEIGHTS, type WaveRow } from './analytics.repository.js';
import type { DiversityWarningDto, InquiryStatsDto, PerspectiveCoverageDto } from './dto/stats.dto.js';
import { type SuggestionDto, SuggestionReasonCode, SuggestionSource } from './dto/suggestions.dto.js';
import type { ThemeDto } from './dto/themes.dto.js';

const STAGE_ORDER = Object.values(ParticipantStage);
const SENIORITIES = Object.values(Seniority);
const TOP_CONNECTORS = 10;
const TOP_THEMES = 20;

const side = (inside: boolean) => (inside ? 'inside your organisation' : 'outside your organisation');
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/** "executive perspective from inside": a seniority × inside/outside cell in words. */
const perspective = (row: CandidateRow) =>
  `${row.seniority} perspective from ${row.same_organization === true ? 'inside' : 'outside'}`;

/** "Jamal Hughes suggested Ivy Chen: 'runs the PMO'." for each referral into the person, oldest first. */
export function referralSentence(row: CandidateRow): string | null {
  if (!row.referrers || row.referrers.length === 0) return null;
  return row.referrers
    .map((referrer) => `${referrer.name} suggested ${row.name}${referrer.reason ? `: '${referrer.reason}'` : ''}.`)
    .join(' ');
}

const FIELD_VERB: Record<string, string> = {
  responsibilities: 'responsibilities mention',
  title: 'title mentions',
  interests: 'interests mention',
  tags: 'tags include',
};

/** Each suggestion reason: when it applies to a candidate, its sentence, its weight (docs/metrics.md). */
const SUGGESTION_RULES: Array<{
  code: SuggestionReasonCode;
  weight(row: CandidateRow): number;
  applies(row: CandidateRow): boolean;
  message(row: CandidateRow): string;
}> = [
  {
    code: SuggestionReasonCode.AcceptedNoMeeting,
    weight: () => SUGGESTION_WEIGHTS.acceptedNoMeeting,
    applies: (row) => row.accepted_no_meeting,
    message: (row) => `${row.name} accepted your ask but you haven't met yet: set up the conversation.`,
  },
  {
    code: SuggestionReasonCode.ReferredNotAsked,
    weight: () => SUGGESTION_WEIGHTS.referredNotAsked,
    applies: (row) => row.referred_not_asked,
    message: (row) => `${referralSentence(row) ?? `${row.name} was referred to you.`} Not asked yet.`,
  },
  {
    code: SuggestionReasonCode.FillsPerspectiveGap,
    weight: () => SUGGESTION_WEIGHTS.fillsGap,
    applies: (row) => row.fills_gap && row.seniority !== null && row.same_organization !== null,
    message: (row) =>
      row.source === 'network'
        ? `No ${perspective(row)} yet`
        : `You haven't heard a ${row.seniority} perspective from ${side(row.same_organization === true)} yet.`,
  },
  {
    code: SuggestionReasonCode.MatchesInquiry,
    weight: (row) =>
      Math.min(SUGGESTION_WEIGHTS.matchesInquiryPerWord * row.matched_terms, SUGGESTION_WEIGHTS.matchesInquiryMax),
    applies: (row) => row.source === 'network',
    message: (row) =>
      row.matched_field && row.matched_words
        ? `${row.name}'s ${FIELD_VERB[row.matched_field] ?? 'details mention'} ${row.matched_words}`
        : `${row.name}'s details match the inquiry's challenge`,
  },
  {
    code: SuggestionReasonCode.HighYieldConnector,
    weight: () => SUGGESTION_WEIGHTS.highYield,
    applies: (row) => row.high_yield_referrer !== null,
    message: (row) => `Referred by ${row.high_yield_referrer}, whose referrals often turn into conversations.`,
  },
  {
    code: SuggestionReasonCode.StalledAsk,
    weight: () => SUGGESTION_WEIGHTS.stalledAsk,
    applies: (row) => row.stalled_days !== null,
    message: (row) =>
      `No answer to your ask for ${row.stalled_days} days: send one follow-up (log it as an ask); after that ${row.name} rests.`,
  },
  {
    code: SuggestionReasonCode.NotYetAsked,
    weight: () => SUGGESTION_WEIGHTS.notYetAsked,
    applies: (row) => row.not_yet_asked,
    message: (row) => `${row.name} is on your list and hasn't been asked yet.`,
  },
];

/** The wave's diversity warnings: everyone (at least two people, all known) shares one seniority, or one side. */
export function diversityWarnings(row: WaveRow): DiversityWarningDto[] {
  const warnings: DiversityWarningDto[] = [];
  if (row.people < 2) return warnings;
  if (row.with_seniority === row.people && row.seniorities === 1) {
    warnings.push({
      kind: 'single_seniority',
      message: `Everyone in wave ${row.wave} is ${row.seniority}: ask them for people more junior or more senior.`,
    });
  }
  if (row.inside === row.people || row.outside === row.people) {
    const inside = row.inside === row.people;
    warnings.push({
      kind: 'single_side',
      message: `Everyone in wave ${row.wave} is ${side(inside)}: ask for people ${side(!inside)}.`,
    });
  }
  return warnings;
}

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly inquiries: InquiriesService,
    private readonly reflections: ReflectionsService,
    private readonly analytics: AnalyticsRepository,
    private readonly settings: UserSettingsService,
  ) {}

  async stats(ownerId: string, inquiryId: string): Promise<InquiryStatsDto> {
    const inquiry = await this.inquiries.get(ownerId, inquiryId);
    const [{ funnel, waves, coverage }, asks, connectors, byKind, byTheme, history, current] = await Promise.all([
      this.analytics.participantFigures(ownerId, inquiryId),
      this.analytics.asks(ownerId, inquiryId),
      this.analytics.connectors(ownerId, inquiryId, TOP_CONNECTORS),
      this.analytics.insightsByKind(ownerId, inquiryId),
      this.analytics.insightsByTheme(ownerId, inquiryId, TOP_THEMES),
      this.reflections.history(ownerId, inquiryId),
      this.reflections.currentFigures(ownerId, inquiryId),
    ]);
    const stageCounts = new Map(funnel.map((row) => [row.stage, row.count]));
    const kindCounts = new Map(byKind.map((row) => [row.key, row.count]));
    const answered = asks.accepted + asks.declined;
    return {
      inquiryId,
      funnel: STAGE_ORDER.map((stage) => ({ stage, participants: stageCounts.get(stage) ?? 0 })),
      asks: {
        asks: asks.asks,
        answered,
        accepted: asks.accepted,
        declined: asks.declined,
        noResponse: asks.no_response,
        responseRate: ratio(answered, asks.asks),
        acceptanceRate: ratio(asks.accepted, answered),
        medianHoursToAnswer:
          asks.median_seconds === null ? null : Math.round((Number(asks.median_seconds) / 3600) * 100) / 100,
      },
      waves: waves.map((row) => ({
        wave: row.wave,
        people: row.people,
        asked: row.asked,
        met: row.met,
        warnings: diversityWarnings(row),
      })),
      perspectiveCoverage: this.coverage(coverage),
      topConnectors: connectors.map((row) => ({
        contactId: row.contact_id,
        name: row.name,
        referrals: row.referrals,
        becameMeetings: row.met,
        insights: row.insights,
        opportunities: row.opportunities,
        meetingRate: ratio(row.met, row.referrals) ?? 0,
      })),
      insightsByKind: Object.values(InsightKind).map((kind) => ({ key: kind, count: kindCounts.get(kind) ?? 0 })),
      insightsByTheme: byTheme,
      cycles: [
        ...history.map((reflection) => ({ cycle: reflection.cycle, current: false, figures: reflection.figures })),
        { cycle: inquiry.currentCycle, current: true, figures: current },
      ],
    };
  }

  private coverage(
    rows: Array<{ seniority: string | null; same_organization: boolean | null; participants: number; met: number }>,
  ): PerspectiveCoverageDto {
    const cells = SENIORITIES.flatMap((seniority) =>
      [true, false].map((sameOrganization) => {
        const row = rows.find((r) => r.seniority === seniority && r.same_organization === sameOrganization);
        return { seniority, sameOrganization, participants: row?.participants ?? 0, met: row?.met ?? 0 };
      }),
    );
    const unplaced = rows
      .filter((row) => row.seniority === null || row.same_organization === null)
      .reduce((sum, row) => sum + row.participants, 0);
    return { cells, gaps: cells.filter((cell) => cell.met === 0), unplaced };
  }

  async themes(ownerId: string, inquiryId: string, page: PageQueryDto): Promise<Page<ThemeDto>> {
    await this.inquiries.get(ownerId, inquiryId);
    const limit = page.limit ?? DEFAULT_LIMIT;
    const after = page.cursor
      ? decodeOpaqueCursor<{ x: boolean; p: number; i: number; t: string }>(
          page.cursor,
          (v) => typeof v.x === 'boolean' && Number.isInteger(v.p) && Number.isInteger(v.i) && typeof v.t === 'string',
        )
      : null;
    const rows = await this.analytics.themes(
      ownerId,
      inquiryId,
      limit + 1,
      after && { pattern: after.x, perspectives: after.p, insights: after.i, theme: after.t },
    );
    const data = rows.slice(0, limit).map((row) => ({
      theme: row.theme,
      insights: row.insights,
      contacts: row.contacts,
      perspectives: row.perspectives.map((p) => ({
        seniority: p.seniority as Seniority,
        sameOrganization: p.sameOrganization,
        label: `${p.seniority} · ${p.sameOrganization ? 'inside' : 'outside'}`,
      })),
      pattern: row.pattern,
    }));
    const last = rows[limit - 1];
    return {
      data,
      nextCursor:
        rows.length > limit && last
          ? encodeOpaqueCursor({ x: last.pattern, p: last.perspective_count, i: last.insights, t: last.theme })
          : null,
    };
  }

  async suggestions(ownerId: string, inquiryId: string, page: PageQueryDto): Promise<Page<SuggestionDto>> {
    // The inquiry's check and the user's setting side by side (two pooled connections, one wait).
    const [, { followUpDays }] = await Promise.all([
      this.inquiries.get(ownerId, inquiryId),
      this.settings.get(ownerId),
    ]);
    const limit = page.limit ?? DEFAULT_LIMIT;
    const after = page.cursor
      ? decodeOpaqueCursor<{ s: number; w: number; n: string; id: string }>(
          page.cursor,
          (v) => Number.isInteger(v.s) && Number.isInteger(v.w) && typeof v.n === 'string' && isUuid(v.id),
        )
      : null;
    const rows = await this.analytics.candidates(
      ownerId,
      inquiryId,
      limit + 1,
      after && { score: after.s, wave: after.w, name: after.n, id: after.id },
      followUpDays,
    );
    const data = rows.slice(0, limit).map((row) => this.toSuggestion(row));
    const last = rows[limit - 1];
    return {
      data,
      nextCursor:
        rows.length > limit && last
          ? encodeOpaqueCursor({ s: last.score, w: last.sort_wave, n: last.name, id: last.contact_id })
          : null,
    };
  }

  private toSuggestion(row: CandidateRow): SuggestionDto {
    const reasons = SUGGESTION_RULES.filter((rule) => rule.applies(row)).map((rule) => ({
      code: rule.code,
      message: rule.message(row),
      weight: rule.weight(row),
    }));
    const messages = reasons.map((reason) => reason.message);
    // Every referred suggestion says who suggested them and why (referred_not_asked already does).
    const referral = referralSentence(row);
    if (referral && !reasons.some((reason) => reason.code === SuggestionReasonCode.ReferredNotAsked)) {
      messages.unshift(referral);
    }
    return {
      contactId: row.contact_id,
      name: row.name,
      organization: row.organization,
      seniority: row.seniority as Seniority | null,
      sameOrganization: row.same_organization,
      source: row.source as SuggestionSource,
      wave: row.wave,
      stage: row.stage as ParticipantStage | null,
      origin: row.origin as ParticipantOrigin | null,
      referredBy: row.referrers ?? [],
      score: row.score,
      reasons,
      // Network suggestions read as one clause list ("No … yet; Dana Lee's responsibilities mention ….").
      summary: row.source === 'network' ? `${messages.join('; ')}.` : messages.join(' '),
    };
  }
}
