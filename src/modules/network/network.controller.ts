import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { Problems } from '../../common/http/api-responses.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { NetworkDto, NetworkFormat, NetworkQueryDto } from './dto/network.dto.js';
import { NetworkService, SVG_MAX_PARTICIPANTS } from './network.service.js';

const text = (description: string) => ({ schema: { type: 'string' as const, description } });

@ApiTags('Snowball')
@Authenticated()
@Controller('v1/inquiries/:id')
export class NetworkController {
  constructor(private readonly network: NetworkService) {}

  /**
   * The inquiry's referral graph: participants (name, wave, stage, origin, seniority, inside/outside)
   * and referrals (referrer → referred, reason). `?format=` picks JSON, Graphviz DOT, Mermaid,
   * GraphML (Gephi, yEd) or an SVG picture laid out on the server by wave and coloured by stage.
   */
  @Get('network')
  @ApiExtraModels(NetworkDto)
  // The media types are listed on the 200 response only: @ApiProduces would also re-key every
  // problem response (400, 404, 422) under image/svg+xml, text/plain…, which they never are.
  @ApiOkResponse({
    description:
      'The network in the requested format, served `inline` with a `network-<inquiryId>.<ext>` file name. ' +
      'Node ids in dot, mermaid and svg are `n<index>` (index into the JSON `nodes`); names are escaped in every format.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(NetworkDto) } },
      'text/vnd.graphviz': text('format=dot: a Graphviz digraph, left to right by wave, filled by stage.'),
      'text/plain': text('format=mermaid: a Mermaid `flowchart LR` with one class per stage.'),
      'application/graphml+xml': text('format=graphml: GraphML with keys for every node and edge attribute.'),
      'image/svg+xml': text(
        `format=svg: the dot graph rendered by Graphviz (at most ${SVG_MAX_PARTICIPANTS} participants).`,
      ),
    },
  })
  @Problems.badRequest()
  @Problems.notFound('inquiry')
  @Problems.unprocessable(
    `format=svg on an inquiry with more than ${SVG_MAX_PARTICIPANTS} participants, or a layout that took too long: use dot or graphml.`,
    ErrorCode.NetworkTooLarge,
    ErrorCode.NetworkLayoutTimeout,
  )
  async getNetwork(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Query() query: NetworkQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NetworkDto | string> {
    const format = query.format ?? NetworkFormat.Json;
    const rendered = await this.network.render(principal.userId, id, format);
    void reply
      .header('content-type', rendered.contentType)
      .header('content-disposition', `inline; filename="network-${id}.${rendered.extension}"`);
    return rendered.body;
  }
}
