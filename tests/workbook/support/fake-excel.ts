/** Moved to tests/support/fake-excel.ts (shared with the bench); kept for existing imports. */
export * from '../../support/fake-excel';
