// Stands in for the virtual module scripts/integrationBundle.mjs generates: the seed roadmaps of
// ../shared/roadmaps/seeds, read when the suite is bundled, so the suite needs no file system where it runs.
export declare const seeds: readonly { readonly name: string; readonly text: string }[];
