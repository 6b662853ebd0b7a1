/**
 * The pane's actions with their code in a chunk loaded on first use (or by `preloadDeferred`
 * once the pane has read the workbook), except the two reads the Scenarios tab shows at
 * once: the list and the recent log run from the page's first load. Every action is already
 * asynchronous, so a deferred one only waits for its chunk first; a chunk that fails to load
 * rejects the action, and the pane shows that as it shows any failed action.
 */
import type { PaneActions } from '../actions';
import type { TravelActions } from '../travel/TravelSection';
import { once, registerPreload } from './deferred';

type Fn = (...args: never[]) => unknown;
type MethodOf<T> = { [K in keyof T]-?: NonNullable<T[K]> extends Fn ? K : never }[keyof T];

/** `target[key]`, called once `load()` has resolved to the target. */
function later<T, K extends MethodOf<T>>(load: () => Promise<T>, key: K): T[K] {
  return (async (...args: unknown[]) => {
    const target = await load();
    return (target[key] as unknown as (...a: unknown[]) => unknown).apply(target, args);
  }) as unknown as T[K];
}

const TRAVEL: MethodOf<TravelActions>[] = ['reviewPrepare', 'prepare', 'reviewRestore', 'restore', 'mark', 'startupState'];
const DEFERRED: Exclude<MethodOf<PaneActions>, 'list' | 'recentLog' | 'watch'>[] = [
  'switchTo',
  'revert',
  'save',
  'create',
  'duplicate',
  'rename',
  'delete',
  'compare',
  'exportScenarios',
  'readFile',
  'importScenarios',
  'setUp',
];

export interface DeferredActionsSources {
  /** The reads the Scenarios tab needs before it is usable. */
  readonly reads: Pick<PaneActions, 'list' | 'recentLog'>;
  /** Every action (a dynamic import of the module that builds them). */
  readonly load: () => Promise<PaneActions>;
  /** Whether `load` gives travel actions (the pane shows their section from the start). */
  readonly travel: boolean;
  readonly watch?: PaneActions['watch'];
}

export function deferredActions({ reads, load, travel, watch }: DeferredActionsSources): PaneActions {
  const all = once(load);
  registerPreload(all);
  const actions = Object.fromEntries(DEFERRED.map((key) => [key, later(all, key)])) as unknown as Omit<PaneActions, 'list' | 'recentLog' | 'travel' | 'watch'>;
  const travelActions = async (): Promise<TravelActions> => {
    const t = (await all()).travel;
    if (!t) throw new Error('This host has no travel actions.');
    return t;
  };
  return {
    ...actions,
    list: () => reads.list(),
    recentLog: (limit) => reads.recentLog(limit),
    ...(travel ? { travel: Object.fromEntries(TRAVEL.map((key) => [key, later(travelActions, key)])) as unknown as TravelActions } : {}),
    ...(watch ? { watch } : {}),
  };
}
