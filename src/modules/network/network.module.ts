import { Module } from '@nestjs/common';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { GraphvizRenderer } from './graphviz.renderer.js';
import { NetworkController } from './network.controller.js';
import { NetworkRepository } from './network.repository.js';
import { NetworkService } from './network.service.js';

@Module({
  imports: [InquiriesModule],
  controllers: [NetworkController],
  providers: [NetworkService, NetworkRepository, GraphvizRenderer],
  exports: [NetworkService],
})
export class NetworkModule {}
