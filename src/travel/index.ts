export { TravelService, type TravelSources } from './service';
export { callsEsg } from './esg';
export * from './layout';
export type * from './types';
