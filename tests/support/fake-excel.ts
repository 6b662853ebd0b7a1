/**
 * A small fake of Excel's object model for the Office adapter's tests: collections, tables,
 * names, ranges, charts and `Excel.run`, with Office.js's batching semantics —
 *   - every load and every write is QUEUED and runs in order at `context.sync()`;
 *   - a loaded property can be read only after that sync (the loaded properties live in
 *     office-addin-mock's `OfficeMockObject`s, whose load/sync state machine reports a
 *     property that was not loaded, or not synced yet);
 *   - `getItem` of something missing fails the sync with `ItemNotFound`; `*OrNullObject`
 *     gives a null object; a failing operation stops the batch, and what ran before stays
 *     (Excel does not roll a batch back);
 *   - a string written to a cell is parsed like typed input: a leading apostrophe makes it
 *     text, `=`/`+`/`-`/`@` make formulas, numbers and TRUE/FALSE are converted.
 * It counts `context.sync()` calls and can fail a chosen sync after a chosen number of writes;
 * `beforeSync` lets a test play a co-author whose edit lands just before a batch runs.
 * Merged cells: `FakeWorkbook.merge`, read through `Range.getMergedAreasOrNullObject` (the
 * merged areas that intersect the range).
 *
 * Excel on the web's limits, enforced per `context.sync()` (`FakeExcel.limits`): a request
 * over 5 MB fails with `RequestPayloadSizeLimitExceeded` before anything runs, a response
 * over 5 MB with `ResponsePayloadSizeLimitExceeded`, a batch reading over 5 million cells
 * with `OperationCellsExceedLimit`. Sizes are estimates of Office.js's JSON: a load or a
 * write costs `REQUEST_OVERHEAD` bytes (its object path, instantiate and query actions)
 * plus its arguments' JSON; a response is the JSON of the properties loaded.
 *
 * Its parts (tests/support/fake-excel/): model.ts (the workbook), sync.ts (`Excel.run`, the
 * context and its limits), loadable.ts and proxies/ (Office.js's objects over the model),
 * travel.ts (what Send-without-the-add-in reads besides), and calc.ts, an optional
 * calculation of `=ESG.…` formulas in desktop's or the web's empty-cell mode (imported on its
 * own by the tests that need it: the self-test's probes).
 */
import './fake-excel/travel';

export * from './fake-excel/model';
export * from './fake-excel/sync';
export * from './fake-excel/travel';
