/**
 * Fluent's Textarea, loaded when a notice first shows text to copy (an export where the host
 * cannot save files): it is not part of the page's first load.
 */
import type { TextareaProps } from '@fluentui/react-components';
import { deferred } from './deferred';

export const Textarea = deferred<TextareaProps>(() => import(/* webpackChunkName: "pane-more" */ './textarea-chunk').then((m) => m.Textarea));
