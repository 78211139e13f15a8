import { Module } from '@nestjs/common';
import { AgendaController } from './agenda.controller.js';
import { AgendaRepository } from './agenda.repository.js';
import { AgendaService } from './agenda.service.js';

@Module({
  controllers: [AgendaController],
  providers: [AgendaService, AgendaRepository],
  exports: [AgendaService],
})
export class AgendaModule {}
