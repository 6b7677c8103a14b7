// The model against careful readings of roadmaps the reader was never tuned on (test/fixtures/holdout, readings in
// test/fixtures/holdout-golden, written before the reader was first run on them): the honest measure of how it reads
// a roadmap it has not seen. The golden test measures the tuned corpus; this one keeps the tuning honest.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRoadmap } from '../../src/core/parse/parse';
import { goldenFiles, holdoutDirs, percent, score, scoreTable, type Category, type Score } from './helpers/golden';

// Issue 9's bar for unseen roadmaps: 95% of judged fields (kind and id, status, period together), 90% for periods.
// Each set must not fall below what it reached when its floors were set, so a change that reads unseen roadmaps
// worse fails here. Set 1 (16 files) was measured unseen at 89.8% overall, then tuned on; set 2 (11 files, collected
// and read later) was measured unseen at 91.5% overall, 90.0% of fields, 91.3% of periods, 4 false items; general
// rules taken from its misses then brought it to 96.1% (no longer unseen). Sets 3 (12 hand-written roadmaps) and 4
// (12 plans agents write), collected together later, measured unseen at 81.1% and 83.2% of fields with 29 and 19
// false items; the rules taken from them are in the reading tests. Sets 5 (10 hand-written) and 6 (10 agent plans),
// collected after those rules, measured unseen at 82.4% and 80.5% of fields (83.3% and 98.8% of periods) with 15
// and 1 false items. Sets 7 (9 files) and 8 (7 files), the last collected, measured unseen at 95.3% and 63.4% of
// fields (together 86.1%, 99.3% of periods, 9 false items). Set 9 (8 files), the last, measured unseen at 89.9% of
// fields, 94.6% of periods and 8 false items. Sets 10 (11 hand-written roadmaps in English), 11 (10 plans agents
// write) and 12 (10 roadmaps in ten other languages), collected together after that, measured unseen at 59.5%,
// 85.8% and 62.6% of fields (together 69.2%, 79.0% of periods, 36 false items). Sets 13 and 14 (10 files each,
// mixed: hand-written, agent-written, other languages), collected after the rules those taught, measured unseen at
// 78.2% and 68.9% of fields (together 73.9%, 68.2% of periods, 21 false items). Sets 15 (9 roadmaps as
// repositories keep them) and 16 (10 plans with time in them), collected after that, measured unseen at 69.1% and
// 62.8% of fields (together 65.4%, 60.1% of periods, 31 false items). Sets 17 (10 ROADMAP.md files in search order)
// and 18 (10 plan files by other names), collected after that, measured unseen at 65.1% and 83.6% of fields
// (together 71.3%, 82.4% of periods, 21 false items). Sets 19 (10 ROADMAP.md files in the order an index lists them)
// and 20 (10 plans agents write, likewise), collected after that, measured unseen at 64.4% and 82.3% of fields
// (together 73.7%, 92.1% of periods, 2 false items). Sets 21 and 22 (10 roadmaps each, in index order from owners
// further down the alphabet), the last collected, measured unseen at 76.1% and 55.2% of fields (together 60.4%,
// 98.4% of periods, 7 false items; 53 of set 22's 186 judged items are the feature rows of one file). Sets 23 and 24
// (10 and 8 files, in the order a search returned them), the last collected, measured unseen at 87.5% and 92.2% of
// fields (together 89.7%, 85.0% of periods, 52 false items, 44 of them task headings inside phases, which the public
// corpus's readers count as items and these readers did not). Sets 25 and 26 (10 and 11 files, search order),
// measured unseen at 73.0% and 87.6% of fields (together 81.7%, 88.5% of periods, 40 false items). Sets 27 and 28
// (9 and 10 files, search order), measured unseen at 61.9% and 88.6% of fields (together 71.5%, 80.4% of periods,
// 24 false items). Sets 29-34 (59 files: search order, index order, other plan file names, other languages, agent
// plans), measured unseen together at 79.8% of fields, 87.9% of periods, 108 false items. Sets 35-40 (59 files,
// likewise, collected after the rules 29-34 taught), measured unseen at 76.7% of fields, 81.8% of periods, 106 false
// items. Sets 41-46 (57 files), collected after the rules 35-40 taught, measured unseen at 67.6% of fields, 73.6% of
// periods, 70 false items. Sets 47-52 (58 files), measured before any rule from them, at 66.7% of fields, 83.7% of
// periods, 45 false items. Sets 53-56 (40 files) measured unseen at 75.8% of fields, 76.5% of periods, 74 false
// items. Sets 57-61 (50 files: search order, other languages, agent plans, release and quarter roadmaps, plans in
// weeks and days), the last, measured before any rule from them (reader 2f39bb4) at 63.7% of fields, 70.9% of
// periods, 83 false items. A second reader of the same kind, reading sets 53, 54, 56 and 57-61 (80 files) without
// seeing the first reading, agreed with it on 93.2% of fields (95.7% on sets 57-61); the closing note of #9 has the
// figures. Sets 62-66 (48 files), collected after the rules 57-61 taught, measured before any rule from them (reader
// d4cfd37) at 85.0% of fields, 86.1% of periods, 20 false items; a second reader agreed with their first on 84.5%.
// Sets 67-74 (78 files: search order, agent plans, other European languages, Chinese/Japanese/Korean, time and
// release roadmaps, plans in weeks and days, table roadmaps, index order), measured before any rule from them (reader
// 62ba01b) at 67.2% of fields, 77.2% of periods, 77 false items; a second reader agreed with their first on 82.8%.
// Sets 75-79 (50 files), collected after the rules 67-74 taught, measured before any rule from them (reader 0250c7d)
// at 58.3% of fields, 73.1% of periods, 46 false items; a second reader agreed with their first on 76.9%.
// Sets 80-85 (60 files: index order, agent plans, translated roadmaps, plans in other languages, release and time
// plans), measured before any rule from them (reader 2fdf815) at 67.3% of fields, 85.8% of periods, 24 false items.
// Sets 86-88 (30 files: index order, agent plans, plans by other names), collected while rules from 80-85 were
// taken, measured unseen (reader cf845cd) at 85.1% of fields, 94.4% of periods, 38 false items (25 of them rows of a
// table of files by phase and of a phase table in another language than its headings; rules since). Sets 89-91
// (30 files), collected after the rules 80-88 taught, measured unseen (reader 47b7540) at 69.2% of fields, 90.8% of
// periods, 4 false items. Sets 92-94 (30 files: search order, agent plans, roadmaps in other languages), collected
// after the rules 89-91 taught, measured unseen (reader 0540a8d) at 70.2% of fields, 79.7% of periods, 13 false items;
// a blind second reading of them agreed with the first on 79.8% of fields. Sets 95-97 (30 files: a path-listing window,
// translated roadmaps, plans by other names), collected after the rules 92-94 taught, measured unseen (reader 739cbe9)
// at 69.3% of fields, 87.0% of periods, 9 false items. Sets 98-100 (28 files: index order of docs/ROADMAP.md, agent plans,
// roadmaps in other languages), collected after the rules 95-97 taught, measured unseen (reader 2cd9e36) at 80.9% of
// fields, 91.5% of periods, 10 false items. Sets 101-103 (30 files: search order, plans with time by other names, GSD,
// Spec Kit and roadmaps in other languages), collected while rules from 93-100 were taken, measured unseen (reader
// 3cd1652) at 83.7%, 80.0% and 96.1% of fields (together 86.1%, 87.5% of periods, 50 false items, 39 of them set 102's).
// Sets 104-106 (25 files: a ROADMAP.md listing window further down the alphabet, agent plans and templates in search
// order, roadmaps in other languages in search order), collected while rules from 98-103 were taken, measured unseen
// (set 104 at reader fceef15, 105 and 106 at f2ddbf4) at 85.6%, 93.1% and 81.2% of fields (together 86.9%, 91.0% of
// periods, 47 false items, 43 of them set 106's: task and step headings inside the stages of one plan).
// Sets 107-109 (30 files: a ROADMAP.md listing window at owners "Ip"-"Ir", agent plans by listing, roadmaps with time
// in them in search order), collected while rules from 98-106 were taken, measured unseen (reader 5f845c6) at 73.5%,
// 98.6% and 63.7% of fields (together 72.3%, 62.0% of periods, 32 false items).
// Sets 110-112 (30 files: a .github/ROADMAP.md listing window, roadmaps in other languages by listing, agent plans by
// listing), the last collected, measured unseen (110 and 111 at reader 4eafd59, 112 at 9a7d6b3) at 79.9%, 85.2% and
// 97.3% of fields (together 89.2%, 88.5% of periods, 23 false items).
// Set 113 (10 files: a docs/roadmap.md listing window at owners "On"-"One"), collected after the rules 110-112 taught,
// measured unseen (reader 9f0be76) at 74.4% of fields, 98.6% of periods, 4 false items. Sets 114-117 (40 files:
// PROJECT_PLAN.md files by listing, agent plans by listing, roadmaps in eight other languages by listing, a
// docs/ROADMAP.md listing window at owners "Te"), collected together after it, measured unseen (reader dbb0a74, whose
// reading is 9f0be76's) at 76.1%, 79.5%, 44.8% and 74.0% of fields (together 65.7%, 91.1% of periods, 15 false items).
// Sets 118-121 (40 files: a ROADMAP.md listing window at owners "Mu", plans with time in them in search order, Kiro,
// Spec Kit, Cursor, superpowers and TASKS.md plans by listing, roadmaps in eight other languages in search order),
// collected after the rules 113-117 taught, measured unseen (reader 2627616) at 75.0%, 64.8%, 89.1% and 67.0% of
// fields (together 74.3%, 83.1% of periods, 18 false items).
// Sets 122-125 (39 files: a ROADMAP.md listing window at owners "Sl"-"Sm", GSD .planning/ROADMAP.md files at owners
// "P", roadmaps in five other languages by listing, SPRINTS.md / RELEASE_PLAN.md / docs/roadmap/README.md / TIMELINE.md
// plans by listing), the last collected, measured unseen (reader c797926) at 64.9%, 98.9%, 65.7% and 72.0% of fields
// (together 74.4%, 96.9% of periods, 31 false items). Set 124 lost one file after collection: it was set 96's too.
// Sets 126-129 (40 files: a ROADMAP.md listing window at owners "Sl"-"Sm", roadmap.md / Roadmap.md / docs/roadmap.md
// listings, roadmaps in five other languages by listing, MILESTONES.md / DEVELOPMENT_PLAN.md / PROJECT_ROADMAP.md /
// PLANNING.md by listing), collected after the rules 113-125 taught, measured unseen (reader 24615a9) at 63.0%, 70.5%,
// 78.5% and 85.8% of fields (together 73.3%, 85.1% of periods, 6 false items).
// Sets 130-133 (28 files: docs/ROADMAP.md, doc/roadmap.md, docs/roadmap/ROADMAP.md and roadmap/README.md listings;
// tasks.md, TODO.md, docs/tasks.md and plan.md listings; roadmaps in other languages and plans with time in them in
// search order, where most results' owners were already used, so those two sets have 6 and 2 files), collected after
// the rules 126-129 taught, measured unseen (reader f333a75) at 76.8%, 83.3%, 59.3% and 42.9% of fields (together
// 74.1%, 73.7% of periods, 28 false items).
// Sets 134-137 (40 files: PLAN.md, NEXT_STEPS.md, BACKLOG.md and docs/PLAN.md listings; GSD .planning/ROADMAP.md,
// TASKS.md and docs/TODO.md listings; ROADMAP.es/de/fr/ru/it/tr.md listings; SPRINT_PLAN.md, SCHEDULE.md,
// docs/TIMELINE.md and docs/SPRINTS.md listings), collected after the rules 130-133 taught, measured unseen (reader
// a8253d4) at 64.7%, 82.1%, 88.2% and 54.7% of fields (together 69.0%, 78.2% of periods, 87 false items). One golden
// of set 135 (echo-wallet-tracking) had its lines moved to the editor's count after collection: the file holds five
// stray carriage returns, which VS Code counts as line breaks and grep -n does not.
// Sets 138-141 (31 files: ROADMAP_EN.md, docs/Roadmap.md, ROADMAP.txt and doc/ROADMAP.md listings; roadmaps in
// Portuguese, Spanish, Chinese and Polish by listing; agent plans and hand-written roadmaps in search order, 6 files
// each, most of them templates), collected after the rules 134-137 taught, measured unseen (reader 8401ce4) at 75.6%,
// 84.9%, 78.0% and 88.3% of fields (together 80.4%, 95.0% of periods, 12 false items). Set 139 lost a file after
// collection: a translation of a roadmap set 136 took.
// Sets 142-145 (40 files: docs/ROADMAP_V2.md, ROADMAP-v2.md, docs/roadmap/roadmap.md and documentation/ROADMAP.md
// listings; WORKPLAN.md, docs/development-plan.md, MASTER_PLAN.md and docs/IMPLEMENTATION_PLAN.md listings; roadmaps in
// Chinese, Japanese, Portuguese, Korean and Russian under docs/ and _KR/_RU names; docs/schedule.md, docs/MILESTONES.md
// and release-plan.md listings), the last collected, measured unseen (reader 49767d2) at 82.0%, 83.2%, 86.3% and
// 79.2% of fields (together 82.8%, 85.6% of periods, 41 false items).
// Sets 146-149 (38 files: PHASES.md, docs/PHASES.md and docs/phases.md listings; PROGRESS.md, docs/PROGRESS.md,
// STATUS.md and docs/STATUS.md listings; PRODUCT_ROADMAP.md, TECHNICAL_ROADMAP.md, docs/product-roadmap.md and
// docs/technical-roadmap.md listings; roadmaps in Ukrainian, Indonesian, Dutch, Persian and Chinese by listing),
// collected after the rules 142-145 taught, measured unseen (reader 480ab7d) at 88.1%, 77.9%, 69.9% and 40.5% of
// fields (together 67.4%, 85.6% of periods, 31 false items). Sets 150-153 (30 files: docs/roadmap/README.md and
// ROADMAP/README.md listings and search; GSD .planning/ROADMAP.md past the listing's first 30, agent plans by
// search, 3 files; ROADMAP.de/fr/es/pt-BR/ru.md past each listing's first 15; GANTT.md, docs/timeline.md,
// CRONOGRAMA.md and docs/RELEASE_PLAN.md listings), collected after the rules 146-149 taught, measured unseen
// (reader cee2d2a) at 50.0%, 96.7%, 50.0% and 61.0% of fields (together 56.7%, 79.3% of periods, 12 false items).
// A second reader, reading sets 149, 150, 152 and 153 without seeing the first reading, agreed with it on 84.4% of
// fields; on the fields both agree on, the model read 58.2% at cee2d2a. Sets 154-157 (38 files: ROADMAP.md,
// docs/ROADMAP.md and roadmap.md listings past their first 30-40; roadmaps in Chinese, Japanese and Korean past each
// listing's first 15; IMPLEMENTATION_PLAN.md, PROJECT_PLAN.md and DEVELOPMENT_PLAN.md past their first 10-30;
// RELEASE_PLAN.md, docs/RELEASES.md, VERSIONS.md, docs/release-roadmap.md and MILESTONES.md listings), collected after
// the rules 150-153 taught, measured unseen (reader 8fb4574) at 69.8%, 68.1%, 74.6% and 64.6% of fields (together
// 68.7%, 94.2% of periods, 10 false items). A second reader of sets 154-157 agreed with their first on 87.6% of
// fields; on the fields both agree on, the model read 75.7% at 8fb4574.
// Sets 158-161 (24 files, six each: ROADMAP.md, docs/roadmap.md listings further on; ROADMAP.es/fr/ru.md further on;
// .planning/ROADMAP.md, TASKS.md and TODO.md further on; SPRINT_PLAN.md, SPRINTS.md and TIMELINE.md), collected after
// every rule of this stop, measured unseen (reader b6ab01e) at 64.2%, 74.1%, 64.4% and 70.1% of fields (together
// 66.5%, 72.1% of periods, 0 false items).
const TARGET = { fields: 95, period: 90 };
const SETS = [
  { name: 'hold-out set 1', ...holdoutDirs(1), floors: { kindId: 95, status: 93, period: 99, items: 99, overall: 96 } },
  { name: 'hold-out set 2', ...holdoutDirs(2), floors: { kindId: 98, status: 96, period: 99, items: 99, overall: 98 } },
  { name: 'hold-out set 3', ...holdoutDirs(3), floors: { kindId: 95, status: 89, period: 97, items: 99, overall: 95 } },
  { name: 'hold-out set 4', ...holdoutDirs(4), floors: { kindId: 97, status: 90, period: 99, items: 99, overall: 96 } },
  { name: 'hold-out set 5', ...holdoutDirs(5), floors: { kindId: 97, status: 79, period: 97, items: 92, overall: 91 } },
  { name: 'hold-out set 6', ...holdoutDirs(6), floors: { kindId: 95, status: 82, period: 98, items: 99, overall: 94 } },
  { name: 'hold-out set 7', ...holdoutDirs(7), floors: { kindId: 97, status: 99, period: 99, items: 99, overall: 98 } },
  { name: 'hold-out set 8', ...holdoutDirs(8), floors: { kindId: 85, status: 78, period: 99, items: 99, overall: 90 } },
  { name: 'hold-out set 9', ...holdoutDirs(9), floors: { kindId: 98, status: 91, period: 94, items: 98, overall: 95 } },
  { name: 'hold-out set 10', ...holdoutDirs(10), floors: { kindId: 96, status: 88, period: 99, items: 99, overall: 94 } },
  { name: 'hold-out set 11', ...holdoutDirs(11), floors: { kindId: 99, status: 80, period: 99, items: 99, overall: 95 } },
  { name: 'hold-out set 12', ...holdoutDirs(12), floors: { kindId: 85, status: 59, period: 87, items: 73, overall: 76 } },
  { name: 'hold-out set 13', ...holdoutDirs(13), floors: { kindId: 79, status: 68, period: 95, items: 83, overall: 81 } },
  { name: 'hold-out set 14', ...holdoutDirs(14), floors: { kindId: 95, status: 90, period: 95, items: 97, overall: 93 } },
  { name: 'hold-out set 15', ...holdoutDirs(15), floors: { kindId: 75, status: 69, period: 85, items: 96, overall: 80 } },
  { name: 'hold-out set 16', ...holdoutDirs(16), floors: { kindId: 73, status: 89, period: 54, items: 80, overall: 74 } },
  { name: 'hold-out set 17', ...holdoutDirs(17), floors: { kindId: 76, status: 70, period: 92, items: 94, overall: 83 } },
  { name: 'hold-out set 18', ...holdoutDirs(18), floors: { kindId: 80, status: 71, period: 99, items: 92, overall: 86 } },
  { name: 'hold-out set 19', ...holdoutDirs(19), floors: { kindId: 79, status: 59, period: 95, items: 96, overall: 82 } },
  { name: 'hold-out set 20', ...holdoutDirs(20), floors: { kindId: 86, status: 68, period: 98, items: 99, overall: 86 } },
  { name: 'hold-out set 21', ...holdoutDirs(21), floors: { kindId: 82, status: 56, period: 93, items: 97, overall: 80 } },
  { name: 'hold-out set 22', ...holdoutDirs(22), floors: { kindId: 36, status: 39, period: 99, items: 89, overall: 62 } },
  { name: 'hold-out set 23', ...holdoutDirs(23), floors: { kindId: 89, status: 96, period: 76, items: 52, overall: 74 } },
  { name: 'hold-out set 24', ...holdoutDirs(24), floors: { kindId: 92, status: 90, period: 99, items: 90, overall: 93 } },
  { name: 'hold-out set 25', ...holdoutDirs(25), floors: { kindId: 63, status: 73, period: 82, items: 69, overall: 72 } },
  // Status 81 → 79 when buckets were read loosely: three versions under "## Future Versions (Post 1.0)" read planned,
  // where this set's reader left their status open (all sets: +16 fields, no false item).
  { name: 'hold-out set 26', ...holdoutDirs(26), floors: { kindId: 96, status: 79, period: 93, items: 82, overall: 88 } },
  { name: 'hold-out set 27', ...holdoutDirs(27), floors: { kindId: 52, status: 61, period: 84, items: 82, overall: 68 } },
  { name: 'hold-out set 28', ...holdoutDirs(28), floors: { kindId: 87, status: 83, period: 94, items: 89, overall: 88 } },
  { name: 'hold-out set 29', ...holdoutDirs(29), floors: { kindId: 74, status: 83, period: 92, items: 92, overall: 85 } },
  { name: 'hold-out set 30', ...holdoutDirs(30), floors: { kindId: 83, status: 87, period: 84, items: 76, overall: 82 } },
  { name: 'hold-out set 31', ...holdoutDirs(31), floors: { kindId: 93, status: 77, period: 98, items: 99, overall: 92 } },
  { name: 'hold-out set 32', ...holdoutDirs(32), floors: { kindId: 69, status: 88, period: 92, items: 80, overall: 82 } },
  { name: 'hold-out set 33', ...holdoutDirs(33), floors: { kindId: 72, status: 56, period: 77, items: 71, overall: 69 } },
  { name: 'hold-out set 34', ...holdoutDirs(34), floors: { kindId: 86, status: 83, period: 97, items: 91, overall: 89 } },
  { name: 'hold-out set 35', ...holdoutDirs(35), floors: { kindId: 87, status: 81, period: 94, items: 92, overall: 88 } },
  // Period 98 → 96 when dated release tables became releases: two shipped releases' days stand as their periods, where
  // this set's reader wrote none (fields rose, 87.1% → 87.9%).
  { name: 'hold-out set 36', ...holdoutDirs(36), floors: { kindId: 93, status: 69, period: 96, items: 93, overall: 88 } },
  { name: 'hold-out set 37', ...holdoutDirs(37), floors: { kindId: 96, status: 98, period: 79, items: 99, overall: 93 } },
  { name: 'hold-out set 38', ...holdoutDirs(38), floors: { kindId: 56, status: 70, period: 79, items: 99, overall: 74 } },
  { name: 'hold-out set 39', ...holdoutDirs(39), floors: { kindId: 94, status: 94, period: 99, items: 97, overall: 96 } },
  { name: 'hold-out set 40', ...holdoutDirs(40), floors: { kindId: 66, status: 66, period: 63, items: 70, overall: 66 } },
  { name: 'hold-out set 41', ...holdoutDirs(41), floors: { kindId: 71, status: 53, period: 47, items: 90, overall: 65 } },
  { name: 'hold-out set 42', ...holdoutDirs(42), floors: { kindId: 33, status: 35, period: 96, items: 84, overall: 58 } },
  { name: 'hold-out set 43', ...holdoutDirs(43), floors: { kindId: 97, status: 79, period: 81, items: 99, overall: 89 } },
  // Status 52 → 50 when dated release tables became releases: one row's status this set's reader left open (fields
  // rose, 57.4% → 62.1%).
  { name: 'hold-out set 44', ...holdoutDirs(44), floors: { kindId: 55, status: 50, period: 64, items: 85, overall: 62 } },
  { name: 'hold-out set 45', ...holdoutDirs(45), floors: { kindId: 65, status: 88, period: 74, items: 83, overall: 78 } },
  { name: 'hold-out set 46', ...holdoutDirs(46), floors: { kindId: 78, status: 73, period: 79, items: 76, overall: 77 } },
  { name: 'hold-out set 47', ...holdoutDirs(47), floors: { kindId: 77, status: 95, period: 81, items: 99, overall: 88 } },
  { name: 'hold-out set 48', ...holdoutDirs(48), floors: { kindId: 71, status: 57, period: 94, items: 98, overall: 79 } },
  { name: 'hold-out set 49', ...holdoutDirs(49), floors: { kindId: 58, status: 55, period: 86, items: 93, overall: 71 } },
  { name: 'hold-out set 50', ...holdoutDirs(50), floors: { kindId: 68, status: 51, period: 81, items: 82, overall: 70 } },
  { name: 'hold-out set 51', ...holdoutDirs(51), floors: { kindId: 51, status: 30, period: 90, items: 90, overall: 63 } },
  { name: 'hold-out set 52', ...holdoutDirs(52), floors: { kindId: 71, status: 79, period: 77, items: 99, overall: 80 } },
  { name: 'hold-out set 53', ...holdoutDirs(53), floors: { kindId: 45, status: 87, period: 63, items: 50, overall: 61 } },
  { name: 'hold-out set 54', ...holdoutDirs(54), floors: { kindId: 81, status: 76, period: 67, items: 94, overall: 79 } },
  { name: 'hold-out set 55', ...holdoutDirs(55), floors: { kindId: 83, status: 80, period: 81, items: 85, overall: 82 } },
  { name: 'hold-out set 56', ...holdoutDirs(56), floors: { kindId: 73, status: 79, period: 89, items: 99, overall: 85 } },
  { name: 'hold-out set 57', ...holdoutDirs(57), floors: { kindId: 90, status: 54, period: 59, items: 94, overall: 74 } },
  { name: 'hold-out set 58', ...holdoutDirs(58), floors: { kindId: 79, status: 57, period: 68, items: 89, overall: 73 } },
  { name: 'hold-out set 59', ...holdoutDirs(59), floors: { kindId: 86, status: 76, period: 93, items: 70, overall: 81 } },
  { name: 'hold-out set 60', ...holdoutDirs(60), floors: { kindId: 29, status: 72, period: 51, items: 79, overall: 56 } },
  { name: 'hold-out set 61', ...holdoutDirs(61), floors: { kindId: 72, status: 70, period: 75, items: 93, overall: 77 } },
  { name: 'hold-out set 62', ...holdoutDirs(62), floors: { kindId: 71, status: 62, period: 91, items: 99, overall: 79 } },
  { name: 'hold-out set 63', ...holdoutDirs(63), floors: { kindId: 96, status: 94, period: 59, items: 94, overall: 86 } },
  { name: 'hold-out set 64', ...holdoutDirs(64), floors: { kindId: 99, status: 92, period: 99, items: 99, overall: 97 } },
  // Status 86 → 85 when buckets were read loosely: two periods under "## 🔮 Future Roadmap (Post-MVP)" read planned,
  // where this set's reader left their status open.
  { name: 'hold-out set 65', ...holdoutDirs(65), floors: { kindId: 89, status: 85, period: 88, items: 92, overall: 89 } },
  { name: 'hold-out set 66', ...holdoutDirs(66), floors: { kindId: 94, status: 80, period: 88, items: 97, overall: 90 } },
  { name: 'hold-out set 67', ...holdoutDirs(67), floors: { kindId: 77, status: 62, period: 78, items: 92, overall: 77 } },
  { name: 'hold-out set 68', ...holdoutDirs(68), floors: { kindId: 89, status: 83, period: 97, items: 92, overall: 90 } },
  { name: 'hold-out set 69', ...holdoutDirs(69), floors: { kindId: 39, status: 46, period: 91, items: 98, overall: 64 } },
  { name: 'hold-out set 70', ...holdoutDirs(70), floors: { kindId: 76, status: 50, period: 80, items: 79, overall: 71 } },
  { name: 'hold-out set 71', ...holdoutDirs(71), floors: { kindId: 83, status: 76, period: 88, items: 94, overall: 85 } },
  { name: 'hold-out set 72', ...holdoutDirs(72), floors: { kindId: 60, status: 53, period: 49, items: 96, overall: 62 } },
  { name: 'hold-out set 73', ...holdoutDirs(73), floors: { kindId: 69, status: 69, period: 69, items: 76, overall: 71 } },
  { name: 'hold-out set 74', ...holdoutDirs(74), floors: { kindId: 65, status: 69, period: 82, items: 85, overall: 75 } },
  { name: 'hold-out set 75', ...holdoutDirs(75), floors: { kindId: 33, status: 34, period: 69, items: 95, overall: 51 } },
  { name: 'hold-out set 76', ...holdoutDirs(76), floors: { kindId: 99, status: 90, period: 99, items: 98, overall: 97 } },
  { name: 'hold-out set 77', ...holdoutDirs(77), floors: { kindId: 68, status: 62, period: 93, items: 73, overall: 74 } },
  { name: 'hold-out set 78', ...holdoutDirs(78), floors: { kindId: 88, status: 94, period: 63, items: 93, overall: 84 } },
  { name: 'hold-out set 79', ...holdoutDirs(79), floors: { kindId: 31, status: 33, period: 84, items: 72, overall: 53 } },
  { name: 'hold-out set 80', ...holdoutDirs(80), floors: { kindId: 81, status: 66, period: 95, items: 96, overall: 84 } },
  { name: 'hold-out set 81', ...holdoutDirs(81), floors: { kindId: 78, status: 73, period: 95, items: 99, overall: 85 } },
  { name: 'hold-out set 82', ...holdoutDirs(82), floors: { kindId: 68, status: 39, period: 96, items: 94, overall: 73 } },
  { name: 'hold-out set 83', ...holdoutDirs(83), floors: { kindId: 85, status: 77, period: 86, items: 99, overall: 86 } },
  { name: 'hold-out set 84', ...holdoutDirs(84), floors: { kindId: 70, status: 57, period: 74, items: 88, overall: 72 } },
  { name: 'hold-out set 85', ...holdoutDirs(85), floors: { kindId: 44, status: 62, period: 80, items: 80, overall: 65 } },
  { name: 'hold-out set 86', ...holdoutDirs(86), floors: { kindId: 91, status: 88, period: 99, items: 97, overall: 94 } },
  { name: 'hold-out set 87', ...holdoutDirs(87), floors: { kindId: 88, status: 78, period: 99, items: 93, overall: 90 } },
  { name: 'hold-out set 88', ...holdoutDirs(88), floors: { kindId: 69, status: 66, period: 83, items: 95, overall: 77 } },
  { name: 'hold-out set 89', ...holdoutDirs(89), floors: { kindId: 59, status: 56, period: 99, items: 97, overall: 76 } },
  { name: 'hold-out set 90', ...holdoutDirs(90), floors: { kindId: 45, status: 53, period: 82, items: 94, overall: 65 } },
  { name: 'hold-out set 91', ...holdoutDirs(91), floors: { kindId: 84, status: 67, period: 88, items: 99, overall: 84 } },
  { name: 'hold-out set 92', ...holdoutDirs(92), floors: { kindId: 67, status: 63, period: 66, items: 91, overall: 70 } },
  { name: 'hold-out set 93', ...holdoutDirs(93), floors: { kindId: 68, status: 62, period: 97, items: 98, overall: 80 } },
  { name: 'hold-out set 94', ...holdoutDirs(94), floors: { kindId: 66, status: 65, period: 73, items: 95, overall: 73 } },
  // Period 99 → 96 when lanes named with how far off they are became lanes ("## Next (3-6 months)"): the model reads
  // the range as the lane's length, where this set's reader read it as an offset from today (fields rose, 75.6% → 76.7%).
  { name: 'hold-out set 95', ...holdoutDirs(95), floors: { kindId: 76, status: 50, period: 96, items: 99, overall: 80 } },
  { name: 'hold-out set 96', ...holdoutDirs(96), floors: { kindId: 56, status: 74, period: 74, items: 91, overall: 72 } },
  { name: 'hold-out set 97', ...holdoutDirs(97), floors: { kindId: 59, status: 51, period: 87, items: 92, overall: 70 } },
  { name: 'hold-out set 98', ...holdoutDirs(98), floors: { kindId: 85, status: 78, period: 96, items: 88, overall: 87 } },
  { name: 'hold-out set 99', ...holdoutDirs(99), floors: { kindId: 81, status: 94, period: 84, items: 99, overall: 89 } },
  { name: 'hold-out set 100', ...holdoutDirs(100), floors: { kindId: 46, status: 58, period: 95, items: 99, overall: 71 } },
  { name: 'hold-out set 101', ...holdoutDirs(101), floors: { kindId: 79, status: 90, period: 80, items: 92, overall: 85 } },
  { name: 'hold-out set 102', ...holdoutDirs(102), floors: { kindId: 73, status: 83, period: 82, items: 68, overall: 76 } },
  { name: 'hold-out set 103', ...holdoutDirs(103), floors: { kindId: 95, status: 93, period: 99, items: 94, overall: 95 } },
  { name: 'hold-out set 104', ...holdoutDirs(104), floors: { kindId: 79, status: 77, period: 99, items: 99, overall: 88 } },
  { name: 'hold-out set 105', ...holdoutDirs(105), floors: { kindId: 99, status: 79, period: 99, items: 92, overall: 92 } },
  { name: 'hold-out set 106', ...holdoutDirs(106), floors: { kindId: 82, status: 94, period: 66, items: 42, overall: 66 } },
  { name: 'hold-out set 107', ...holdoutDirs(107), floors: { kindId: 75, status: 44, period: 99, items: 88, overall: 77 } },
  { name: 'hold-out set 108', ...holdoutDirs(108), floors: { kindId: 99, status: 95, period: 99, items: 99, overall: 98 } },
  { name: 'hold-out set 109', ...holdoutDirs(109), floors: { kindId: 73, status: 79, period: 38, items: 82, overall: 68 } },
  { name: 'hold-out set 110', ...holdoutDirs(110), floors: { kindId: 86, status: 65, period: 87, items: 76, overall: 79 } },
  { name: 'hold-out set 111', ...holdoutDirs(111), floors: { kindId: 90, status: 95, period: 77, items: 91, overall: 88 } },
  { name: 'hold-out set 112', ...holdoutDirs(112), floors: { kindId: 93, status: 97, period: 99, items: 96, overall: 97 } },
  { name: 'hold-out set 113', ...holdoutDirs(113), floors: { kindId: 60, status: 63, period: 98, items: 91, overall: 77 } },
  { name: 'hold-out set 114', ...holdoutDirs(114), floors: { kindId: 68, status: 78, period: 81, items: 87, overall: 78 } },
  { name: 'hold-out set 115', ...holdoutDirs(115), floors: { kindId: 82, status: 64, period: 91, items: 93, overall: 82 } },
  // Raised after the rules taken from it (a lone line over its checklist, `[0.1.0]`, Chinese `规划`): 44.8% → 61.8% of fields.
  { name: 'hold-out set 116', ...holdoutDirs(116), floors: { kindId: 41, status: 51, period: 91, items: 99, overall: 66 } },
  { name: 'hold-out set 117', ...holdoutDirs(117), floors: { kindId: 62, status: 62, period: 96, items: 93, overall: 77 } },
  { name: 'hold-out set 118', ...holdoutDirs(118), floors: { kindId: 85, status: 45, period: 93, items: 99, overall: 80 } },
  { name: 'hold-out set 119', ...holdoutDirs(119), floors: { kindId: 57, status: 71, period: 65, items: 82, overall: 68 } },
  { name: 'hold-out set 120', ...holdoutDirs(120), floors: { kindId: 84, status: 83, period: 99, items: 99, overall: 91 } },
  { name: 'hold-out set 121', ...holdoutDirs(121), floors: { kindId: 55, status: 71, period: 74, items: 86, overall: 70 } },
  { name: 'hold-out set 122', ...holdoutDirs(122), floors: { kindId: 38, status: 61, period: 94, items: 79, overall: 67 } },
  { name: 'hold-out set 123', ...holdoutDirs(123), floors: { kindId: 99, status: 96, period: 99, items: 99, overall: 99 } },
  // Floors of its nine files, after the horizon rows taken since its first measure (65.7% → 67.6% of fields).
  { name: 'hold-out set 124', ...holdoutDirs(124), floors: { kindId: 42, status: 61, period: 98, items: 97, overall: 72 } },
  { name: 'hold-out set 125', ...holdoutDirs(125), floors: { kindId: 56, status: 66, period: 94, items: 64, overall: 70 } },
  { name: 'hold-out set 126', ...holdoutDirs(126), floors: { kindId: 49, status: 49, period: 90, items: 93, overall: 67 } },
  { name: 'hold-out set 127', ...holdoutDirs(127), floors: { kindId: 58, status: 98, period: 60, items: 99, overall: 77 } },
  { name: 'hold-out set 128', ...holdoutDirs(128), floors: { kindId: 86, status: 67, period: 98, items: 99, overall: 87 } },
  { name: 'hold-out set 129', ...holdoutDirs(129), floors: { kindId: 92, status: 89, period: 99, items: 98, overall: 95 } },
  { name: 'hold-out set 130', ...holdoutDirs(130), floors: { kindId: 78, status: 65, period: 89, items: 98, overall: 82 } },
  { name: 'hold-out set 131', ...holdoutDirs(131), floors: { kindId: 88, status: 76, period: 85, items: 99, overall: 87 } },
  { name: 'hold-out set 132', ...holdoutDirs(132), floors: { kindId: 55, status: 88, period: 33, items: 38, overall: 51 } },
  { name: 'hold-out set 133', ...holdoutDirs(133), floors: { kindId: 14, status: 99, period: 14, items: 60, overall: 44 } },
  { name: 'hold-out set 134', ...holdoutDirs(134), floors: { kindId: 56, status: 38, period: 98, items: 71, overall: 66 } },
  { name: 'hold-out set 135', ...holdoutDirs(135), floors: { kindId: 79, status: 74, period: 92, items: 84, overall: 82 } },
  { name: 'hold-out set 136', ...holdoutDirs(136), floors: { kindId: 85, status: 79, period: 99, items: 99, overall: 90 } },
  { name: 'hold-out set 137', ...holdoutDirs(137), floors: { kindId: 67, status: 51, period: 45, items: 70, overall: 58 } },
  { name: 'hold-out set 138', ...holdoutDirs(138), floors: { kindId: 76, status: 94, period: 99, items: 94, overall: 91 } },
  { name: 'hold-out set 139', ...holdoutDirs(139), floors: { kindId: 90, status: 80, period: 83, items: 99, overall: 88 } },
  { name: 'hold-out set 140', ...holdoutDirs(140), floors: { kindId: 99, status: 34, period: 99, items: 89, overall: 81 } },
  { name: 'hold-out set 141', ...holdoutDirs(141), floors: { kindId: 85, status: 80, period: 99, items: 85, overall: 87 } },
  { name: 'hold-out set 142', ...holdoutDirs(142), floors: { kindId: 73, status: 95, period: 77, items: 87, overall: 83 } },
  { name: 'hold-out set 143', ...holdoutDirs(143), floors: { kindId: 72, status: 92, period: 91, items: 91, overall: 86 } },
  { name: 'hold-out set 144', ...holdoutDirs(144), floors: { kindId: 94, status: 73, period: 91, items: 90, overall: 87 } },
  { name: 'hold-out set 145', ...holdoutDirs(145), floors: { kindId: 76, status: 89, period: 78, items: 90, overall: 83 } },
  { name: 'hold-out set 146', ...holdoutDirs(146), floors: { kindId: 92, status: 83, period: 97, items: 98, overall: 93 } },
  { name: 'hold-out set 147', ...holdoutDirs(147), floors: { kindId: 75, status: 64, period: 96, items: 84, overall: 80 } },
  { name: 'hold-out set 148', ...holdoutDirs(148), floors: { kindId: 73, status: 71, period: 84, items: 79, overall: 77 } },
  { name: 'hold-out set 149', ...holdoutDirs(149), floors: { kindId: 7, status: 38, period: 75, items: 99, overall: 46 } },
  { name: 'hold-out set 150', ...holdoutDirs(150), floors: { kindId: 34, status: 44, period: 71, items: 78, overall: 55 } },
  { name: 'hold-out set 151', ...holdoutDirs(151), floors: { kindId: 99, status: 90, period: 99, items: 99, overall: 97 } },
  { name: 'hold-out set 152', ...holdoutDirs(152), floors: { kindId: 18, status: 31, period: 99, items: 89, overall: 53 } },
  { name: 'hold-out set 153', ...holdoutDirs(153), floors: { kindId: 48, status: 71, period: 63, items: 94, overall: 66 } },
  { name: 'hold-out set 154', ...holdoutDirs(154), floors: { kindId: 47, status: 63, period: 98, items: 99, overall: 73 } },
  { name: 'hold-out set 155', ...holdoutDirs(155), floors: { kindId: 60, status: 50, period: 94, items: 94, overall: 73 } },
  { name: 'hold-out set 156', ...holdoutDirs(156), floors: { kindId: 53, status: 69, period: 99, items: 91, overall: 77 } },
  { name: 'hold-out set 157', ...holdoutDirs(157), floors: { kindId: 42, status: 63, period: 87, items: 93, overall: 69 } },
  { name: 'hold-out set 158', ...holdoutDirs(158), floors: { kindId: 69, status: 70, period: 52, items: 99, overall: 71 } },
  { name: 'hold-out set 159', ...holdoutDirs(159), floors: { kindId: 72, status: 50, period: 99, items: 99, overall: 79 } },
  { name: 'hold-out set 160', ...holdoutDirs(160), floors: { kindId: 47, status: 45, period: 99, items: 99, overall: 69 } },
  { name: 'hold-out set 161', ...holdoutDirs(161), floors: { kindId: 89, status: 62, period: 58, items: 99, overall: 77 } },
];

describe('hold-out sets', () => {
  it('lists each set once', () => {
    const dirs = SETS.map((s) => s.roadmaps);
    assert.deepEqual(dirs.filter((d, i) => dirs.indexOf(d) !== i), []);
  });
});

function fields(s: Score): Category {
  return { agree: s.kindId.agree + s.status.agree + s.period.agree, total: s.kindId.total + s.status.total + s.period.total };
}

for (const set of SETS) {
  describe(`${set.name}: readings of roadmaps the reader was not tuned on when they were read`, () => {
    let result: Score;

    before(function () {
      this.timeout(300_000);
      result = score(parseRoadmap, set.goldens, set.roadmaps);
      const f = fields(result);
      const reached = percent(f) >= TARGET.fields && percent(result.period) >= TARGET.period;
      const note = reached ? '' : ` (target ${TARGET.fields}% fields / ${TARGET.period}% periods not reached yet)`;
      console.log(`\n${scoreTable(result, set.name)}\nfields       ${String(f.agree).padStart(5)} / ${String(f.total).padEnd(5)} ${percent(f).toFixed(1).padStart(5)}%${note}\n`);
    });

    it('has a reading for every roadmap and a source for each', () => {
      const roadmaps = readdirSync(set.roadmaps).filter((f) => f !== 'SOURCES.tsv');
      const sources = readFileSync(path.join(set.roadmaps, 'SOURCES.tsv'), 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l.trim())
        .map((l) => l.split('\t')[0]);
      assert.ok(roadmaps.length > 0, 'no roadmaps');
      assert.deepEqual([...sources].sort(), [...roadmaps].sort());
      assert.deepEqual(goldenFiles(set.goldens, set.roadmaps).map((g) => g.golden.file).sort(), [...roadmaps].sort());
      assert.equal(result.files, roadmaps.length);
    });

    it('agrees with the readers on kind and id, status, period and items, no worse than before', () => {
      for (const [name, floor] of Object.entries(set.floors) as [keyof typeof set.floors, number][]) {
        const value = percent(result[name]);
        assert.ok(value >= floor, `${name}: ${value.toFixed(1)}% is below ${floor}%\n${scoreTable(result, set.name)}`);
      }
    });

    it('finds every task of every roadmap', () => {
      for (const file of readdirSync(set.roadmaps).filter((f) => f !== 'SOURCES.tsv')) {
        const text = readFileSync(path.join(set.roadmaps, file), 'utf8');
        // Fences as CommonMark closes them: the same character, at least as long, and no info string ("```tsx"
        // inside a fence opened by "```" is a line of code, not its end). A box with nothing after it ("- [ ] ", an
        // empty action item in a template) is not a task to GFM: remark gives it no `checked`.
        // An HTML comment block ("<!-- ## Old plan" … "-->") hides its lines as CommonMark reads it: no tasks there.
        let fence: string | null = null;
        let comment = false;
        let boxes = 0;
        for (const line of text.split(/\r?\n|\r/)) {
          if (comment) {
            comment = !line.includes('-->');
            continue;
          }
          if (fence === null && /^ {0,3}<!--/.test(line)) {
            comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
            continue;
          }
          const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
          if (marker && fence === null) fence = marker[1];
          else if (marker && marker[1][0] === fence![0] && marker[1].length >= fence!.length && marker[2].trim() === '') fence = null;
          else if (fence === null && /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\][ \t]+\S/.test(line)) boxes++;
        }
        assert.equal(parseRoadmap(text).tasks.length, boxes, file);
      }
    });
  });
}
