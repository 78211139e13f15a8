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
import { AnalyticsRepository, type CandidateRow, SUGGESTION_WEIGHTS, type WaveRow } from './analytics.repository.js';
import type { DiversityWarningDto, InquiryStatsDto, PerspectiveCoverageDto } from './dto/stats.dto.js';
import { type SuggestionDto, SuggestionReasonCode } from './dto/suggestions.dto.js';
import type { ThemeDto } from './dto/themes.dto.js';

const STAGE_ORDER = Object.values(ParticipantStage);
const SENIORITIES = Object.values(Seniority);
const TOP_CONNECTORS = 10;
const TOP_THEMES = 20;

const side = (inside: boolean) => (inside ? 'inside your organisation' : 'outside your organisation');
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/** Each suggestion reason: when it applies to a candidate, its sentence, its weight (docs/metrics.md). */
const SUGGESTION_RULES: Array<{
  code: SuggestionReasonCode;
  weight: number;
  applies(row: CandidateRow): boolean;
  message(row: CandidateRow): string;
}> = [
  {
    code: SuggestionReasonCode.AcceptedNoMeeting,
    weight: SUGGESTION_WEIGHTS.acceptedNoMeeting,
    applies: (row) => row.accepted_no_meeting,
    message: (row) => `${row.name} accepted your ask but you haven't met yet: set up the conversation.`,
  },
  {
    code: SuggestionReasonCode.ReferredNotAsked,
    weight: SUGGESTION_WEIGHTS.referredNotAsked,
    applies: (row) => row.referred_not_asked,
    message: (row) => `${row.name} was referred to you and hasn't been asked yet.`,
  },
  {
    code: SuggestionReasonCode.FillsPerspectiveGap,
    weight: SUGGESTION_WEIGHTS.fillsGap,
    applies: (row) => row.fills_gap && row.seniority !== null && row.same_organization !== null,
    message: (row) =>
      `You haven't heard a ${row.seniority} perspective from ${side(row.same_organization === true)} yet.`,
  },
  {
    code: SuggestionReasonCode.HighYieldConnector,
    weight: SUGGESTION_WEIGHTS.highYield,
    applies: (row) => row.high_yield_referrer !== null,
    message: (row) => `Referred by ${row.high_yield_referrer}, whose referrals often turn into conversations.`,
  },
  {
    code: SuggestionReasonCode.StalledAsk,
    weight: SUGGESTION_WEIGHTS.stalledAsk,
    applies: (row) => row.stalled_days !== null,
    message: (row) => `Your ask has been waiting ${row.stalled_days} days: a short follow-up may help.`,
  },
  {
    code: SuggestionReasonCode.NotYetAsked,
    weight: SUGGESTION_WEIGHTS.notYetAsked,
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
    await this.inquiries.get(ownerId, inquiryId);
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
    );
    const data = rows.slice(0, limit).map((row) => this.toSuggestion(row));
    const last = rows[limit - 1];
    return {
      data,
      nextCursor:
        rows.length > limit && last
          ? encodeOpaqueCursor({ s: last.score, w: last.wave, n: last.name, id: last.contact_id })
          : null,
    };
  }

  private toSuggestion(row: CandidateRow): SuggestionDto {
    const reasons = SUGGESTION_RULES.filter((rule) => rule.applies(row)).map((rule) => ({
      code: rule.code,
      message: rule.message(row),
      weight: rule.weight,
    }));
    return {
      contactId: row.contact_id,
      name: row.name,
      organization: row.organization,
      seniority: row.seniority as Seniority | null,
      sameOrganization: row.same_organization,
      wave: row.wave,
      stage: row.stage as ParticipantStage,
      origin: row.origin as ParticipantOrigin,
      score: row.score,
      reasons,
      summary: reasons.map((reason) => reason.message).join(' '),
    };
  }
}
