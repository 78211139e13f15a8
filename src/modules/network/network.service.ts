import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { InquiriesService } from '../inquiries/inquiries.service.js';
import { type NetworkDto, NetworkFormat } from './dto/network.dto.js';
import { GraphvizRenderer } from './graphviz.renderer.js';
import { toDot } from './network-dot.js';
import { toGraphml } from './network-graphml.js';
import { toMermaid } from './network-mermaid.js';
import { NetworkRepository } from './network.repository.js';

/** Server-side layout is refused above this many participants (it takes tens of seconds). */
export const SVG_MAX_PARTICIPANTS = 5000;

/** A rendered network: the body, its media type and the file extension for Content-Disposition. */
export interface RenderedNetwork {
  body: NetworkDto | string;
  contentType: string;
  extension: string;
}

const MEDIA: Record<NetworkFormat, { contentType: string; extension: string }> = {
  [NetworkFormat.Json]: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  [NetworkFormat.Dot]: { contentType: 'text/vnd.graphviz; charset=utf-8', extension: 'dot' },
  [NetworkFormat.Mermaid]: { contentType: 'text/plain; charset=utf-8', extension: 'mmd' },
  [NetworkFormat.Graphml]: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  [NetworkFormat.Svg]: { contentType: 'image/svg+xml; charset=utf-8', extension: 'svg' },
};

@Injectable()
export class NetworkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inquiries: InquiriesService,
    private readonly repository: NetworkRepository,
    private readonly graphviz: GraphvizRenderer,
  ) {}

  /**
   * The inquiry's referral graph (404 for another user's or a missing inquiry), read in one
   * REPEATABLE READ snapshot so the edges always match the nodes. With `maxNodes`, a larger graph is
   * refused with 422 without loading more than `maxNodes + 1` nodes.
   */
  getNetwork(ownerId: string, inquiryId: string, maxNodes?: number): Promise<NetworkDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await this.inquiries.get(ownerId, inquiryId, manager);
      const nodes = await this.repository.nodes(
        manager,
        ownerId,
        inquiryId,
        maxNodes === undefined ? null : maxNodes + 1,
      );
      if (maxNodes !== undefined && nodes.length > maxNodes) {
        throw new AppError(
          ErrorCode.NetworkTooLarge,
          `This inquiry has more than ${maxNodes} participants: too many to lay out as svg on the server. ` +
            'Ask for format=dot or format=graphml and lay it out locally (Graphviz, Gephi, yEd).',
        );
      }
      const edges = await this.repository.edges(manager, ownerId, inquiryId);
      return { nodes, edges };
    });
  }

  /** The network in the requested format, with its media type. */
  async render(ownerId: string, inquiryId: string, format: NetworkFormat): Promise<RenderedNetwork> {
    const network = await this.getNetwork(
      ownerId,
      inquiryId,
      format === NetworkFormat.Svg ? SVG_MAX_PARTICIPANTS : undefined,
    );
    return { body: await this.serialise(inquiryId, network, format), ...MEDIA[format] };
  }

  private async serialise(inquiryId: string, network: NetworkDto, format: NetworkFormat): Promise<NetworkDto | string> {
    switch (format) {
      case NetworkFormat.Json:
        return network;
      case NetworkFormat.Dot:
        return toDot(network);
      case NetworkFormat.Mermaid:
        return toMermaid(network);
      case NetworkFormat.Graphml:
        return toGraphml(inquiryId, network);
      case NetworkFormat.Svg:
        return this.graphviz.renderSvg(toDot(network));
    }
  }
}
