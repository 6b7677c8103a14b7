// Stands in for the virtual module scripts/testHost.mjs generates when bundling: one import per
// test/integration/**/*.test.ts, so adding a suite needs no registration anywhere.
export {};
