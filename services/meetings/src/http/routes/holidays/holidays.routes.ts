import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { addSchemas, ownerProblems, ref } from '../../schemas/common';
import {
  HolidayCountryListSchema,
  HolidayListSchema,
  holidaysSchemas,
  ListHolidayCountriesQuery,
  ListHolidaysQuery,
} from './holidays.schemas';

export const holidaysRoutes: FastifyPluginAsyncTypebox<Container['holidays']> = async (app, holidays) => {
  addSchemas(app, holidaysSchemas);
  app.get(
    '/holidays/countries',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listHolidayCountries',
        tags: ['holidays'],
        summary: 'Countries (and their regions) whose public holidays can be added to a link’s days off',
        security: [{ bearerAuth: [] }],
        querystring: ListHolidayCountriesQuery,
        response: { 200: ref(HolidayCountryListSchema), ...ownerProblems },
      },
    },
    async (request) => holidays.listHolidayCountries(request.query),
  );
  app.get(
    '/holidays',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listHolidays',
        tags: ['holidays'],
        summary: 'Public holidays of a country (and region) between two dates, by name',
        security: [{ bearerAuth: [] }],
        querystring: ListHolidaysQuery,
        response: { 200: ref(HolidayListSchema), ...ownerProblems },
      },
    },
    async (request) => holidays.listHolidays(request.query),
  );
};
