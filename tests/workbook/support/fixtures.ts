/** Moved to tests/support/scenario-fixtures.ts (shared with the bench); kept for existing imports. */
export * from '../../support/scenario-fixtures';
