/** Textarea's chunk (imported by textarea.tsx only). */
export { Textarea } from '@fluentui/react-components';
