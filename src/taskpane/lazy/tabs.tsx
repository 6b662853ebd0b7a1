/**
 * The Compare and Functions tabs' content, each a chunk loaded after the Scenarios tab is
 * usable (see deferred.tsx); until it is there, the tab shows a Spinner.
 */
import type { CompareViewProps } from '../compare/CompareView';
import { deferred } from './deferred';

export const CompareView = deferred<CompareViewProps>(() => import(/* webpackChunkName: "pane-more" */ '../compare/CompareView').then((m) => m.CompareView));
export const FunctionList = deferred<object>(() => import(/* webpackChunkName: "pane-more" */ '../FunctionList').then((m) => m.FunctionList));
