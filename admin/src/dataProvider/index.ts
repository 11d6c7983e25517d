import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { fetchHealth, type Health } from './health';
import { httpClient } from './http-client';

export type { Health } from './health';

export interface OmsDataProvider extends DataProvider {
  getHealth(): Promise<Health>;
}

export const dataProvider: OmsDataProvider = { ...simpleRestProvider('/api', httpClient), getHealth: fetchHealth };
