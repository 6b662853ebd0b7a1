/** `npm run docs`: writes docs/functions.md (see scripts/docs.ts). */
import { writeFileSync } from 'fs';
import { relative } from 'path';
import { FUNCTIONS_DOC, renderFunctionsDoc } from './docs';

renderFunctionsDoc().then(
  (text) => {
    writeFileSync(FUNCTIONS_DOC, text);
    console.log(`wrote ${relative(process.cwd(), FUNCTIONS_DOC)}`);
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
