// The booking page's header (`GET /bookings/public/{token}`, which also records a view) against a bare Fastify
// route serving the same answer.
import { join } from 'node:path';
import { PublicLinkSchema } from '../src/http/routes/public/public.schemas';
import { QuestionSchema } from '../src/http/routes/templates/templates.schemas';
import type { BenchSection } from './section';
import { measurePair, ratioRow } from './support/load';
import { benchDatabase, getJson, productionEnv, seed, startBare, startService } from './support/service';

export const pageMetadataSection: BenchSection = {
  name: 'page metadata',
  async run(environment) {
    const database = await benchDatabase(environment);
    try {
      const env = productionEnv(environment, database.url);
      const token = await seed(env, async (container) => {
        const owner = await container.repositories.owners.ensureLocal('bench-page@bookings.local');
        const template = await container.templates.createTemplate(owner.id, {
          name: 'Intake',
          questions: [
            { id: 'topic', kind: 'text', label: 'What would you like to talk about?', required: true },
            { id: 'phone', kind: 'phone', label: 'Phone', required: false },
          ],
        });
        const link = await container.links.createLink(owner, {
          title: 'Intro call',
          templateId: template.id,
        });
        return link.url.split('/public/bookings/')[1] ?? '';
      });
      const service = await startService(env, join(environment.scratchDir, 'service.log'));
      try {
        const path = `/bookings/public/${token}`;
        const payload = await getJson(`${service.baseUrl}${path}`);
        const bare = await startBare(
          { path, schemas: [QuestionSchema, PublicLinkSchema], response: { $ref: 'PublicLink#' }, payload },
          environment.scratchDir,
        );
        try {
          const rates = await measurePair(`${service.baseUrl}${path}`, `${bare.baseUrl}${path}`);
          return [ratioRow('page metadata', rates.ours, rates.baseline, 0.5)];
        } finally {
          await bare.stop();
        }
      } finally {
        await service.stop();
      }
    } finally {
      await database.drop();
    }
  },
};
