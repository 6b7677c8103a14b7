// The words roadmaps are written in, one table per concept, every language in one place. Every classifier in
// core/language is built from these rows, so adding a language is adding rows; test/unit/lexicon.test.ts reads
// each row back through the classifier that uses it.
//
// Words are lower case as they are matched (matching ignores case); non-Latin scripts are written as used.

import type { Status } from '../model';

/** The finer kind of a plan item, as the golden readings and the views name it. */
export type PlanWord =
  | 'phase' | 'stage' | 'step' | 'sprint' | 'iteration' | 'wave' | 'epic' | 'task' | 'week' | 'milestone' | 'release'
  | 'version' | 'quarter' | 'half' | 'year' | 'month' | 'day' | 'horizon';

export interface PlanWordRow {
  /** As written, lower case. */
  text: string;
  /** The coarse kind the model keeps ('quarter' also holds halves and years). */
  kind: 'phase' | 'milestone';
  word: PlanWord;
  lang: string;
  /** Names an item only in a heading: as a table's column it names something else ("| Module |" lists components). */
  headingOnly?: boolean;
  /** Numbered only in digits: "Level 0" is a level of the plan, "Level Zero" a product's name. */
  digitsOnly?: boolean;
}

// Words that start a numbered, sequential block of work. "Part" and "Chapter" are not here: they number documents,
// not work. A numbered "Task 1.2" heading with its own steps (Kiro, superpowers plans) is a plan step like any other;
// so is a numbered week ("Week 3: Parser", "Woche 4-6").
export const PLAN_WORDS: readonly PlanWordRow[] = [
  { text: 'phase', kind: 'phase', word: 'phase', lang: 'en' },
  { text: 'sub-phase', kind: 'phase', word: 'phase', lang: 'en', headingOnly: true },
  { text: 'subphase', kind: 'phase', word: 'phase', lang: 'en', headingOnly: true },
  { text: 'stage', kind: 'phase', word: 'stage', lang: 'en' },
  { text: 'step', kind: 'phase', word: 'step', lang: 'en' },
  { text: 'sprint', kind: 'phase', word: 'sprint', lang: 'en' },
  { text: 'iteration', kind: 'phase', word: 'iteration', lang: 'en' },
  { text: 'wave', kind: 'phase', word: 'wave', lang: 'en' },
  { text: 'epic', kind: 'phase', word: 'epic', lang: 'en' },
  { text: 'ola', kind: 'phase', word: 'wave', lang: 'es' },
  { text: 'arc', kind: 'phase', word: 'phase', lang: 'en' },
  // "### Module 1.1: User Management" with its weeks: a unit of the plan, as a phase is.
  { text: 'module', kind: 'phase', word: 'phase', lang: 'en', headingOnly: true },
  // "## Level 0 — Shared Data Pipeline", "## Seviye 1 — Backprop": levels a learning or build plan climbs, as stages.
  { text: 'level', kind: 'phase', word: 'stage', lang: 'en', headingOnly: true, digitsOnly: true },
  { text: 'seviye', kind: 'phase', word: 'stage', lang: 'tr', headingOnly: true, digitsOnly: true },
  { text: 'stream', kind: 'phase', word: 'phase', lang: 'en', headingOnly: true, digitsOnly: true },
  { text: 'workstream', kind: 'phase', word: 'phase', lang: 'en', headingOnly: true, digitsOnly: true },
  { text: '工作线', kind: 'phase', word: 'phase', lang: 'zh', headingOnly: true },
  { text: 'task', kind: 'phase', word: 'task', lang: 'en' },
  { text: 'week', kind: 'phase', word: 'week', lang: 'en' },
  // "## Day 1 (90 min) — Setup": a day of the plan; inside a week or a phase, one of its parts (see buildModel).
  { text: 'day', kind: 'phase', word: 'day', lang: 'en' },
  { text: 'día', kind: 'phase', word: 'day', lang: 'es' },
  { text: 'dia', kind: 'phase', word: 'day', lang: 'pt' },
  { text: 'jour', kind: 'phase', word: 'day', lang: 'fr' },
  // "Month 2: March 2026", "## Month 1 — Foundation": a month of the plan, numbered from its start.
  { text: 'month', kind: 'phase', word: 'month', lang: 'en' },
  { text: 'fase', kind: 'phase', word: 'phase', lang: 'pt/es/it/nl' },
  { text: 'subfase', kind: 'phase', word: 'phase', lang: 'pt/es', headingOnly: true },
  { text: 'sub-fase', kind: 'phase', word: 'phase', lang: 'pt/es', headingOnly: true },
  { text: 'tarefa', kind: 'phase', word: 'task', lang: 'pt' },
  { text: 'tarea', kind: 'phase', word: 'task', lang: 'es' },
  { text: 'tâche', kind: 'phase', word: 'task', lang: 'fr' },
  { text: 'aufgabe', kind: 'phase', word: 'task', lang: 'de' },
  { text: 'görev', kind: 'phase', word: 'task', lang: 'tr' },
  { text: 'задача', kind: 'phase', word: 'task', lang: 'ru' },
  { text: 'semana', kind: 'phase', word: 'week', lang: 'pt/es' },
  { text: 'semaine', kind: 'phase', word: 'week', lang: 'fr' },
  { text: 'settimana', kind: 'phase', word: 'week', lang: 'it' },
  { text: 'woche', kind: 'phase', word: 'week', lang: 'de' },
  { text: 'hafta', kind: 'phase', word: 'week', lang: 'tr' },
  { text: 'неделя', kind: 'phase', word: 'week', lang: 'ru' },
  { text: 'tuần', kind: 'phase', word: 'week', lang: 'vi' },
  { text: 'minggu', kind: 'phase', word: 'week', lang: 'id/ms' },
  { text: 'tydzień', kind: 'phase', word: 'week', lang: 'pl' },
  { text: 'tydzien', kind: 'phase', word: 'week', lang: 'pl' },
  { text: 'tahap', kind: 'phase', word: 'stage', lang: 'id/ms' },
  { text: 'fasa', kind: 'phase', word: 'phase', lang: 'ms' },
  { text: 'langkah', kind: 'phase', word: 'step', lang: 'id/ms' },
  { text: 'krok', kind: 'phase', word: 'step', lang: 'pl' },
  // Calendar weeks ("KW 8-9", "CW 14"): numbered weeks of the year, read as calendar days (see CALENDAR_WEEK_WORDS).
  { text: 'kw', kind: 'phase', word: 'week', lang: 'de' },
  { text: 'kalenderwoche', kind: 'phase', word: 'week', lang: 'de' },
  { text: 'cw', kind: 'phase', word: 'week', lang: 'en' },
  { text: 'passo', kind: 'phase', word: 'step', lang: 'pt' },
  { text: 'paso', kind: 'phase', word: 'step', lang: 'es' },
  { text: 'schritt', kind: 'phase', word: 'step', lang: 'de' },
  { text: 'adım', kind: 'phase', word: 'step', lang: 'tr' },
  { text: 'шаг', kind: 'phase', word: 'step', lang: 'ru' },
  { text: 'iteração', kind: 'phase', word: 'iteration', lang: 'pt' },
  { text: 'iteracao', kind: 'phase', word: 'iteration', lang: 'pt' },
  { text: 'iteración', kind: 'phase', word: 'iteration', lang: 'es' },
  { text: 'itération', kind: 'phase', word: 'iteration', lang: 'fr' },
  { text: 'faza', kind: 'phase', word: 'phase', lang: 'pl' },
  { text: 'faz', kind: 'phase', word: 'phase', lang: 'tr' },
  { text: 'etapa', kind: 'phase', word: 'stage', lang: 'pt/es' },
  { text: 'étape', kind: 'phase', word: 'stage', lang: 'fr' },
  { text: 'etape', kind: 'phase', word: 'stage', lang: 'fr' },
  { text: 'etap', kind: 'phase', word: 'stage', lang: 'pl' },
  { text: 'etappe', kind: 'phase', word: 'stage', lang: 'de' },
  { text: 'stufe', kind: 'phase', word: 'stage', lang: 'de' },
  { text: 'aşama', kind: 'phase', word: 'stage', lang: 'tr' },
  { text: 'asama', kind: 'phase', word: 'stage', lang: 'tr' },
  { text: 'этап', kind: 'phase', word: 'stage', lang: 'ru' },
  { text: 'блок', kind: 'phase', word: 'phase', lang: 'ru', headingOnly: true },
  { text: '週', kind: 'phase', word: 'week', lang: 'ja' },
  { text: '周', kind: 'phase', word: 'week', lang: 'zh' },
  { text: 'фаза', kind: 'phase', word: 'phase', lang: 'ru' },
  { text: 'стадия', kind: 'phase', word: 'stage', lang: 'ru' },
  { text: 'спринт', kind: 'phase', word: 'sprint', lang: 'ru' },
  { text: 'итерация', kind: 'phase', word: 'iteration', lang: 'ru' },
  { text: 'giai đoạn', kind: 'phase', word: 'phase', lang: 'vi' },
  { text: 'フェーズ', kind: 'phase', word: 'phase', lang: 'ja' },
  { text: 'ステージ', kind: 'phase', word: 'stage', lang: 'ja' },
  { text: 'スプリント', kind: 'phase', word: 'sprint', lang: 'ja' },
  { text: 'タスク', kind: 'phase', word: 'task', lang: 'ja' },
  { text: 'ステップ', kind: 'phase', word: 'step', lang: 'ja' },
  { text: '步骤', kind: 'phase', word: 'step', lang: 'zh' },
  { text: '步', kind: 'phase', word: 'step', lang: 'zh' },
  { text: '任务', kind: 'phase', word: 'task', lang: 'zh' },
  { text: '阶段', kind: 'phase', word: 'stage', lang: 'zh' },
  { text: '階段', kind: 'phase', word: 'stage', lang: 'zh-hant' },
  { text: '迭代', kind: 'phase', word: 'iteration', lang: 'zh' },
  { text: 'イテレーション', kind: 'phase', word: 'iteration', lang: 'ja' },
  { text: '이터레이션', kind: 'phase', word: 'iteration', lang: 'ko' },
  { text: '단계', kind: 'phase', word: 'stage', lang: 'ko' },
  { text: '페이즈', kind: 'phase', word: 'phase', lang: 'ko' },
  { text: '스프린트', kind: 'phase', word: 'sprint', lang: 'ko' },
  { text: 'milestone', kind: 'milestone', word: 'milestone', lang: 'en' },
  { text: 'meilenstein', kind: 'milestone', word: 'milestone', lang: 'de' },
  { text: 'marco', kind: 'milestone', word: 'milestone', lang: 'pt' },
  { text: 'hito', kind: 'milestone', word: 'milestone', lang: 'es' },
  { text: 'jalon', kind: 'milestone', word: 'milestone', lang: 'fr' },
  { text: 'веха', kind: 'milestone', word: 'milestone', lang: 'ru' },
  { text: 'mijlpaal', kind: 'milestone', word: 'milestone', lang: 'nl' },
  { text: 'kamień milowy', kind: 'milestone', word: 'milestone', lang: 'pl' },
  { text: 'traguardo', kind: 'milestone', word: 'milestone', lang: 'it' },
  { text: 'cột mốc', kind: 'milestone', word: 'milestone', lang: 'vi' },
  { text: 'kilometre taşı', kind: 'milestone', word: 'milestone', lang: 'tr' },
  { text: 'kilometre tasi', kind: 'milestone', word: 'milestone', lang: 'tr' },
  { text: 'マイルストーン', kind: 'milestone', word: 'milestone', lang: 'ja' },
  { text: '里程碑', kind: 'milestone', word: 'milestone', lang: 'zh' },
  { text: '마일스톤', kind: 'milestone', word: 'milestone', lang: 'ko' },
  { text: 'release', kind: 'milestone', word: 'release', lang: 'en' },
  { text: 'version', kind: 'milestone', word: 'version', lang: 'en/fr/de' },
  { text: 'versão', kind: 'milestone', word: 'version', lang: 'pt' },
  { text: 'versión', kind: 'milestone', word: 'version', lang: 'es' },
  { text: 'versione', kind: 'milestone', word: 'version', lang: 'it' },
  { text: 'wersja', kind: 'milestone', word: 'version', lang: 'pl' },
  { text: 'versi', kind: 'milestone', word: 'version', lang: 'id/ms' },
  { text: 'phiên bản', kind: 'milestone', word: 'version', lang: 'vi' },
  { text: 'sürüm', kind: 'milestone', word: 'version', lang: 'tr' },
  { text: 'версия', kind: 'milestone', word: 'version', lang: 'ru' },
  { text: 'релиз', kind: 'milestone', word: 'release', lang: 'ru' },
  { text: '版本', kind: 'milestone', word: 'version', lang: 'zh' },
  { text: 'バージョン', kind: 'milestone', word: 'version', lang: 'ja' },
  { text: 'リリース', kind: 'milestone', word: 'release', lang: 'ja' },
  { text: '버전', kind: 'milestone', word: 'version', lang: 'ko' },
];

/**
 * First-column headers of a table that maps files to plan items ("| ファイル | フェーズ |", "| File | Phase |"): which
 * files each item changes, not a table of the items.
 */
export const FILE_COLUMN_WORDS: readonly { text: string; lang: string }[] = [
  ...['file', 'files', 'file path', 'filepath', 'path', 'module', 'component'].map((text) => ({ text, lang: 'en' })),
  ...['archivo', 'archivos', 'arquivo', 'arquivos'].map((text) => ({ text, lang: 'pt/es' })),
  ...['fichier', 'fichiers'].map((text) => ({ text, lang: 'fr' })),
  ...['datei', 'dateien'].map((text) => ({ text, lang: 'de' })),
  { text: 'dosya', lang: 'tr' },
  ...['файл', 'файлы'].map((text) => ({ text, lang: 'ru' })),
  ...['ファイル', '文件', '檔案', '파일'].map((text) => ({ text, lang: 'cjk' })),
];

/**
 * Words in the title of a section about what comes next ("Next Steps", "Vision & Future", "Próximos passos"): horizons
 * side by side under it lay out the plan, where under a strategy or a risk register they would not.
 */
export const AHEAD_WORDS: readonly { text: string; lang: string }[] = [
  ...['next', 'future', 'vision', 'roadmap', 'outlook', 'ahead', 'upcoming', 'later'].map((text) => ({ text, lang: 'en' })),
  ...['proximo', 'proxima', 'proximos', 'proximas', 'próximo', 'próxima', 'próximos', 'próximas', 'futur', 'futuro'].map((text) => ({ text, lang: 'pt/es/fr/it' })),
  { text: 'zukunft', lang: 'de' },
  { text: 'avenir', lang: 'fr' },
  ...['展望', '未来', '今後', '향후'].map((text) => ({ text, lang: 'cjk' })),
];

/** Words that make a year a plan item: "Year 3 (2027)", "Año 2". */
export const YEAR_WORDS: readonly { text: string; lang: string }[] = [
  { text: 'year', lang: 'en' },
  { text: 'ano', lang: 'pt' },
  { text: 'año', lang: 'es' },
  { text: 'année', lang: 'fr' },
  { text: 'jahr', lang: 'de' },
  { text: 'yıl', lang: 'tr' },
  { text: 'год', lang: 'ru' },
];

/**
 * Words after a plan word in a table header that still make it the column naming the items: "Fase del Proyecto",
 * "Phase Name", "Milestone title" (but not "Phase Status" or "Milestone Date").
 */
export const ITEM_COLUMN_QUALIFIERS: readonly { text: string; lang: string }[] = [
  ...['name', 'title'].map((text) => ({ text, lang: 'en' })),
  ...['do projeto', 'nome', 'título'].map((text) => ({ text, lang: 'pt' })),
  ...['del proyecto', 'nombre'].map((text) => ({ text, lang: 'es' })),
  ...['du projet', 'nom', 'titre'].map((text) => ({ text, lang: 'fr' })),
  ...['des projekts', 'titel', 'bezeichnung'].map((text) => ({ text, lang: 'de' })),
];

/** Headers of a column that numbers the rows of a plan table: "| Nr | Meilenstein |" gives "Meilenstein 1" → M1. */
export const NUMBER_COLUMNS: readonly { text: string; lang: string }[] = [
  ...['no', 'no.', 'number'].map((text) => ({ text, lang: 'en' })),
  ...['nº', 'n°', 'número', 'núm', 'núm.'].map((text) => ({ text, lang: 'pt/es' })),
  ...['numéro'].map((text) => ({ text, lang: 'fr' })),
  ...['nr', 'nr.', 'nummer'].map((text) => ({ text, lang: 'de/nl/pl' })),
  ...['#', '№'].map((text) => ({ text, lang: 'any' })),
];

/** Table headers of a column that holds each row's code ("| ID | Meilenstein | Datum |" with "| **M1** |"). */
export const ID_COLUMNS: readonly { text: string; lang: string }[] = [
  ...['id', 'ids', 'key', 'code', 'ref'].map((text) => ({ text, lang: 'en' })),
  ...['código', 'codigo'].map((text) => ({ text, lang: 'pt/es' })),
  ...['kürzel', 'kennung'].map((text) => ({ text, lang: 'de' })),
  ...['编号', '번호'].map((text) => ({ text, lang: 'cjk' })),
];

/**
 * Words by which a heading calls what follows a plan or a schedule ("## Release Plan", "## Roadmap", "## Cronograma"):
 * a table of versions under one lists releases to come, not a history.
 */
export const PLAN_TITLE_WORDS: readonly { text: string; lang: string }[] = [
  ...['plan', 'planned', 'planning', 'roadmap', 'schedule', 'timeline'].map((text) => ({ text, lang: 'en' })),
  ...['cronograma', 'planificación', 'planificacion'].map((text) => ({ text, lang: 'pt/es' })),
  ...['feuille de route'].map((text) => ({ text, lang: 'fr' })),
  ...['fahrplan'].map((text) => ({ text, lang: 'de' })),
  ...['lộ trình', 'kế hoạch'].map((text) => ({ text, lang: 'vi' })),
  ...['計画', '计划', '規劃', '规划', '로드맵', '계획', '일정'].map((text) => ({ text, lang: 'cjk' })),
];

/** First cells of a table's totals row ("| **TOTAL** | 135 | 71 |"): a sum, not an item. */
export const TOTAL_WORDS: readonly { text: string; lang: string }[] = [
  ...['total', 'totals', 'sum', 'overall'].map((text) => ({ text, lang: 'en' })),
  ...['totale'].map((text) => ({ text, lang: 'it' })),
  ...['gesamt', 'summe'].map((text) => ({ text, lang: 'de' })),
  ...['toplam'].map((text) => ({ text, lang: 'tr' })),
  ...['итого', 'всего'].map((text) => ({ text, lang: 'ru' })),
  ...['合计', '合計', '总计', '全体', '총계', '합계'].map((text) => ({ text, lang: 'cjk' })),
];

/**
 * Time horizons a plan is bucketed in: "Short term", "Orta Vadeli Hedefler (3-6 Ay)", "Médio Prazo". Items without
 * ids (word 'horizon'), unless they stand inside another plan item, where they group its goals.
 */
export const HORIZON_WORDS: readonly { text: string; lang: string }[] = [
  ...['short term', 'short-term', 'near term', 'near-term', 'medium term', 'medium-term', 'mid term', 'mid-term', 'long term', 'long-term']
    .map((text) => ({ text, lang: 'en' })),
  ...['curto prazo', 'médio prazo', 'medio prazo', 'longo prazo'].map((text) => ({ text, lang: 'pt' })),
  ...['corto plazo', 'mediano plazo', 'medio plazo', 'largo plazo'].map((text) => ({ text, lang: 'es' })),
  ...['court terme', 'moyen terme', 'long terme'].map((text) => ({ text, lang: 'fr' })),
  ...['kurzfristig', 'mittelfristig', 'langfristig'].map((text) => ({ text, lang: 'de' })),
  ...['kısa vadeli', 'orta vadeli', 'uzun vadeli'].map((text) => ({ text, lang: 'tr' })),
  ...['breve termine', 'medio termine', 'lungo termine'].map((text) => ({ text, lang: 'it' })),
  ...['краткосрочные', 'краткосрочная', 'среднесрочные', 'среднесрочная', 'долгосрочные', 'долгосрочная'].map((text) => ({ text, lang: 'ru' })),
  ...['ngắn hạn', 'trung hạn', 'dài hạn'].map((text) => ({ text, lang: 'vi' })),
  ...['jangka pendek', 'jangka menengah', 'jangka panjang'].map((text) => ({ text, lang: 'id' })),
  ...['短期', '中期', '長期', '长期', '近期', '远期', '遠期', '단기', '중기', '장기'].map((text) => ({ text, lang: 'cjk' })),
];

/** Words that name a calendar month by its number: "Tháng 3/2026", "Month 3/2026", "Mês 03/2026". */
export const MONTH_WORDS: readonly { text: string; lang: string }[] = [
  { text: 'month', lang: 'en' },
  { text: 'mês', lang: 'pt' },
  { text: 'mes', lang: 'es' },
  { text: 'mois', lang: 'fr' },
  { text: 'monat', lang: 'de' },
  { text: 'mese', lang: 'it' },
  { text: 'месяц', lang: 'ru' },
  { text: 'tháng', lang: 'vi' },
];

/** Spelled-out small numbers ("Phase One", "uma semana", "zwei Wochen"). */
export const NUMBER_WORDS: readonly { text: string; value: number; lang: string }[] = [
  ...(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const).map(
    (text, value) => ({ text, value, lang: 'en' }),
  ),
  { text: 'a', value: 1, lang: 'en' },
  { text: 'an', value: 1, lang: 'en' },
  { text: 'um', value: 1, lang: 'pt' },
  { text: 'uma', value: 1, lang: 'pt' },
  { text: 'dois', value: 2, lang: 'pt' },
  { text: 'duas', value: 2, lang: 'pt' },
  { text: 'três', value: 3, lang: 'pt' },
  { text: 'quatro', value: 4, lang: 'pt' },
  { text: 'un', value: 1, lang: 'es/fr' },
  { text: 'una', value: 1, lang: 'es' },
  { text: 'uno', value: 1, lang: 'es' },
  { text: 'dos', value: 2, lang: 'es' },
  { text: 'tres', value: 3, lang: 'es' },
  { text: 'cuatro', value: 4, lang: 'es' },
  { text: 'une', value: 1, lang: 'fr' },
  { text: 'deux', value: 2, lang: 'fr' },
  { text: 'trois', value: 3, lang: 'fr' },
  { text: 'quatre', value: 4, lang: 'fr' },
  { text: 'ein', value: 1, lang: 'de' },
  { text: 'eine', value: 1, lang: 'de' },
  { text: 'einen', value: 1, lang: 'de' },
  { text: 'zwei', value: 2, lang: 'de' },
  { text: 'drei', value: 3, lang: 'de' },
  { text: 'vier', value: 4, lang: 'de' },
  { text: 'bir', value: 1, lang: 'tr' },
  { text: 'iki', value: 2, lang: 'tr' },
  { text: 'üç', value: 3, lang: 'tr' },
  { text: 'одна', value: 1, lang: 'ru' },
  { text: 'один', value: 1, lang: 'ru' },
  { text: 'две', value: 2, lang: 'ru' },
  { text: 'два', value: 2, lang: 'ru' },
  { text: 'три', value: 3, lang: 'ru' },
];

/** CJK numerals for "第一阶段", "阶段二". */
export const CJK_NUMERALS: readonly { text: string; value: number }[] = [
  { text: '零', value: 0 }, { text: '一', value: 1 }, { text: '二', value: 2 }, { text: '三', value: 3 }, { text: '四', value: 4 },
  { text: '五', value: 5 }, { text: '六', value: 6 }, { text: '七', value: 7 }, { text: '八', value: 8 }, { text: '九', value: 9 },
  { text: '十', value: 10 },
];

// ---------------------------------------------------------------------------------------------------------
// Status

/** Status words and phrases; a cell, a marker or a "Status:" value that is one of these states that status. */
export const STATUS_WORDS: readonly { text: string; status: Status; lang: string }[] = [
  ...rows('done', 'en', [
    'done', 'complete', 'completed', 'finished', 'shipped', 'released', 'delivered', 'achieved', 'closed', 'resolved',
    'implemented', 'merged', 'launched', 'deployed', '100%', 'archived', 'fully complete', 'all done', 'reached',
  ]),
  ...rows('done', 'pt', [
    'concluído', 'concluido', 'concluída', 'concluida', 'completo', 'completa', 'finalizado', 'finalizada', 'feito',
    'feita', 'entregue', 'implementado', 'implementada', 'pronto', 'pronta',
  ]),
  ...rows('done', 'es', ['completado', 'completada', 'terminado', 'terminada', 'hecho', 'hecha', 'listo', 'lista', 'finalizado', 'cerrado', 'cerrada', 'completa', 'completo']),
  ...rows('done', 'vi', ['hoàn thành', 'đã hoàn thành', 'xong']),
  ...rows('done', 'it', ['completato', 'completata', 'completate', 'completati', 'fatto', 'concluso']),
  ...rows('done', 'tr', ['tamamlandı', 'tamamlandi', 'tamamlanan', 'tamamlananlar', 'bitti', 'tamam']),
  ...rows('done', 'ru', ['завершено', 'завершен', 'завершён', 'завершена', 'выполнено', 'готово', 'сделано']),
  ...rows('done', 'de', ['abgeschlossen', 'erledigt', 'fertig', 'umgesetzt', 'geschlossen']),
  ...rows('done', 'nl', ['afgerond', 'voltooid', 'klaar', 'gereed', 'opgeleverd']),
  ...rows('done', 'fr', ['terminé', 'terminée', 'termine', 'fait', 'achevé', 'achevée', 'livré', 'livrée']),
  ...rows('done', 'zh/ja/ko', ['已完成', '完成', '完了', '済み', '完成済み', '완료', '완료됨', '完了済み', '实现完成', 'リリース済み', 'リリース済', '公開済み', 'リリース完了', '已发布', '已上线', '已交付', '출시 완료', '배포 완료', '릴리스 완료']),
  ...rows('in-progress', 'en', [
    'in progress', 'in-progress', 'inprogress', 'wip', 'ongoing', 'on going', 'in development', 'in dev', 'underway',
    'under way', 'started', 'doing', 'active', 'on track', 'in review', 'in testing', 'in qa', 'partial',
    'partially done', 'partially complete', 'current', 'current focus', 'current phase', 'now', 'in flight',
    'we are here', 'you are here', 'mostly done', 'mostly complete', 'nearly done', 'almost done', 'nearly complete', 'almost complete',
  ]),
  // Now/Next/Later lanes, in the corpus' languages.
  ...rows('in-progress', 'many', ['jetzt', 'сейчас', 'şimdi', 'ahora', 'agora', 'maintenant', 'adesso', '现在', '今', '지금', 'зараз', 'sekarang', 'nu', 'اکنون', 'الان']),
  // "← BURADAYIZ", "estamos aquí": a marker of where the plan stands now.
  ...rows('in-progress', 'many', ['buradayız', 'buradayiz', 'estamos aquí', 'estamos aqui', 'wir sind hier', 'nous sommes ici', 'siamo qui', 'мы здесь']),
  ...rows('in-progress', 'pt', [
    'atual', 'em andamento', 'em progresso', 'em desenvolvimento', 'andamento', 'em curso', 'parcial', 'em execução',
    'parcialmente concluído', 'parcialmente concluido', 'parcialmente concluída', 'parcialmente completo', 'parcialmente implementado',
  ]),
  ...rows('in-progress', 'es', ['actual', 'en progreso', 'en curso', 'en desarrollo', 'en proceso', 'parcialmente completado', 'parcialmente completada', 'parcialmente implementado']),
  ...rows('in-progress', 'vi', ['đang làm', 'đang thực hiện', 'đang tiến hành', 'đang phát triển']),
  ...rows('in-progress', 'fr', ['en cours', 'en développement', 'partiellement terminé', 'partiellement terminée', 'partiellement réalisé', 'partiellement réalisée', 'partiel', 'partielle']),
  ...rows('in-progress', 'it', ['in corso', 'in sviluppo']),
  ...rows('in-progress', 'nl', ['actief', 'bezig', 'lopend', 'in uitvoering', 'in ontwikkeling', 'deels afgerond']),
  ...rows('in-progress', 'de', ['aktuell', 'in arbeit', 'in bearbeitung', 'läuft', 'begonnen', 'teilweise erledigt', 'teilweise fertig', 'teilweise umgesetzt', 'teilweise abgeschlossen']),
  ...rows('in-progress', 'tr', ['devam ediyor', 'devam eden', 'devam edenler', 'sürüyor', 'suruyor', 'geliştiriliyor', 'yapılıyor']),
  ...rows('in-progress', 'ru', ['текущий', 'текущая', 'в процессе', 'в работе', 'выполняется', 'в разработке', 'частично выполнено', 'частично готово', 'частично реализовано']),
  ...rows('in-progress', 'zh/ja/ko', ['当前', '进行中', '開発中', '开发中', '進行中', '対応中', '作業中', '진행 중', '진행중', '一部完了', '部分完成', '부분 완료', '今取り組んでいるもの', '取り組み中', '主攻']),
  ...rows('planned', 'en', [
    'planned', 'todo', 'to do', 'to-do', 'not started', 'pending', 'upcoming', 'backlog', 'proposed', 'scheduled',
    'coming soon', 'queued', 'open', 'future', 'tentative', 'deferred', 'later', 'next', 'up next', 'not yet started',
  ]),
  ...rows('planned', 'pt', [
    'planejado', 'planejada', 'futura', 'planeado', 'planeada', 'pendente', 'a fazer', 'não iniciado', 'nao iniciado',
    'futuro', 'próximo', 'proximo', 'adiado',
  ]),
  ...rows('planned', 'es', ['planificado', 'planificada', 'pendiente', 'por hacer', 'no iniciado', 'programado', 'próximamente',
    'no empezado', 'no empezada', 'sin empezar', 'no iniciada', 'próximos', 'próximas',
  ]),
  ...rows('planned', 'vi', ['chưa bắt đầu', 'chưa thực hiện']),
  ...rows('planned', 'many', [
    'als nächstes', 'später', 'дальше', 'позже', 'sonra', 'sıradaki', 'sırada', 'bir gün', 'someday', 'some day', 'después', 'más adelante', 'depois', 'mais tarde',
    'ensuite', 'plus tard', 'dopo', 'più avanti', '之后', '以后', '後で', '次', 'a seguir', 'mais adiante', '다음', '나중에', '나중', 'その次', 'いずれ',
    'soon', 'despues', 'скоро', 'потом', 'далі', 'згодом', 'пізніше', 'berikutnya', 'nanti', 'selanjutnya', 'straks', 'بعدی', 'بعدتر', 'بعداً', '后续', '後續',
  ]),
  ...rows('planned', 'nl', ['gepland', 'niet gestart', 'nog niet gestart', 'toekomst', 'voorbereid', 'te doen']),
  ...rows('planned', 'it', ['pianificato', 'pianificata', 'da fare', 'in attesa', 'futuro', 'prossimo', 'prossimamente', 'in arrivo']),
  ...rows('planned', 'tr', ['planlandı', 'planlandi', 'planlanan', 'planlananlar', 'planlanıyor', 'bekliyor', 'yapılacak', 'başlanmadı']),
  ...rows('planned', 'ru', ['запланировано', 'планируется', 'не начато', 'не начат', 'не начата', 'в планах', 'ожидает']),
  ...rows('planned', 'de', ['geplant', 'offen', 'ausstehend', 'nicht begonnen', 'nicht gestartet']),
  ...rows('planned', 'fr', ['prévu', 'prévue', 'à faire', 'planifié', 'planifiée', 'en attente', 'à venir', 'non commencé', 'non commencée', 'pas commencé', 'pas commencée']),
  ...rows('planned', 'zh/ja/ko', ['计划中', '待办', '未开始', '计划', '予定', '未着手', '計画中', '계획', '대기', '예정', '계획됨', '예정됨', '대기 중', '대기중', '미착수', '시작 전', '待开始', '下一版', '下一步', '下一阶段', '候选', '规划中', '規劃中', '规划', '規劃']),
  ...rows('blocked', 'en', ['blocked', 'on hold', 'on-hold', 'stalled', 'paused', 'stuck']),
  ...rows('blocked', 'pt', ['bloqueado', 'bloqueada', 'em espera', 'pausado', 'pausada', 'parado', 'parada']),
  ...rows('blocked', 'tr', ['engellendi', 'engelli', 'beklemede']),
  ...rows('blocked', 'ru', ['заблокировано', 'заблокирован', 'приостановлено']),
  ...rows('blocked', 'nl', ['geblokkeerd', 'gepauzeerd']),
  ...rows('blocked', 'de/fr', ['blockiert', 'pausiert', 'bloqué', 'bloquée', 'en pause']),
  ...rows('blocked', 'zh/ja/ko', ['阻塞', '受阻', '暂停', 'ブロック', '保留', '차단']),
];

function rows(status: Status, lang: string, texts: string[]): { text: string; status: Status; lang: string }[] {
  return texts.map((text) => ({ text, status, lang }));
}

/** Words for a gate the plan passes ("Gate G0 — Day-0", "Gate 2: Full launch"), read as milestones. */
export const GATE_WORDS: readonly { text: string; lang: string }[] = [
  { text: 'gate', lang: 'en' },
  { text: 'quality gate', lang: 'en' },
];

/**
 * Words that join two ids: "Phases 1 and 2", "Fases 1 e 2", "M12 and M13 can run in parallel". `either` joins them as
 * alternatives ("M1 or M2"), which a list of dependencies does not mean.
 */
export const JOIN_WORDS: readonly { text: string; lang: string; either?: boolean }[] = [
  { text: 'and', lang: 'en' },
  { text: 'or', lang: 'en', either: true },
  { text: '&', lang: 'any' },
  { text: 'e', lang: 'pt/it' },
  { text: 'y', lang: 'es' },
  { text: 've', lang: 'tr' },
  { text: 'und', lang: 'de' },
  { text: 'et', lang: 'fr' },
  { text: 'и', lang: 'ru' },
];

/**
 * Words that start a note after a status on a "Status:" line: "implemented in v0.1.0", "Shipped on 2025-03-01",
 * "Planned for Q3", "Concluído em março". The status is the words before the note.
 */
export const STATUS_NOTE_WORDS: readonly { text: string; lang: string }[] = [
  ...['in', 'on', 'since', 'for', 'at', 'by', 'as of', 'with', 'until', 'via'].map((text) => ({ text, lang: 'en' })),
  ...['em', 'desde', 'para', 'até', 'en', 'hasta', 'con'].map((text) => ({ text, lang: 'pt/es' })),
  ...['depuis', 'le', 'pour', 'avec'].map((text) => ({ text, lang: 'fr' })),
  ...['am', 'seit', 'für', 'mit', 'bis'].map((text) => ({ text, lang: 'de' })),
  ...['op', 'sinds', 'tot', 'met'].map((text) => ({ text, lang: 'nl' })),
];

/**
 * Status words that name the one in use now. On a phase that is work under way; on a version or release it is the
 * version out and in use ("Versão 1.0 (Atual)", "v2.9.1 (Current)", "Current Release: v2.1.0"): released.
 */
export const CURRENT_WORDS: readonly { text: string; lang: string }[] = [
  { text: 'current', lang: 'en' },
  { text: 'atual', lang: 'pt' },
  { text: 'actual', lang: 'es' },
  { text: 'aktuell', lang: 'de' },
  { text: 'текущий', lang: 'ru' },
  { text: 'текущая', lang: 'ru' },
  { text: '当前', lang: 'zh' },
];

/**
 * Status emoji. Strong ones are checkboxes and stop signs, markers wherever they stand. Weak ones double as
 * decoration ("🔄 Process", "🚧 Priorities"), so they count only as the whole text or at its end. ❌ and 🔴
 * are left out: the corpus uses them for "rejected", "missing" and "not started" alike (a lone ❌ in a status
 * column is read apart, see boxStatusAt); 📅 is an icon.
 */
export const STATUS_EMOJI: readonly { emoji: string; status: Status; strong: boolean }[] = [
  { emoji: '✅', status: 'done', strong: true },
  { emoji: '✔', status: 'done', strong: true },
  { emoji: '☑', status: 'done', strong: true },
  { emoji: '✓', status: 'done', strong: true },
  { emoji: '🔲', status: 'planned', strong: true },
  { emoji: '⬜', status: 'planned', strong: true },
  { emoji: '☐', status: 'planned', strong: true },
  { emoji: '🛑', status: 'blocked', strong: true },
  { emoji: '⛔', status: 'blocked', strong: true },
  { emoji: '🟢', status: 'done', strong: false },
  { emoji: '🟩', status: 'done', strong: false },
  { emoji: '🚧', status: 'in-progress', strong: false },
  { emoji: '🔄', status: 'in-progress', strong: false },
  { emoji: '🏗', status: 'in-progress', strong: false },
  { emoji: '🔨', status: 'in-progress', strong: false },
  { emoji: '🟡', status: 'in-progress', strong: false },
  { emoji: '🟨', status: 'in-progress', strong: false },
  { emoji: '🔃', status: 'in-progress', strong: false },
  { emoji: '⚙', status: 'in-progress', strong: false },
  { emoji: '⏳', status: 'planned', strong: false },
  { emoji: '⌛', status: 'planned', strong: false },
  { emoji: '🔜', status: 'planned', strong: false },
  { emoji: '📝', status: 'planned', strong: false },
  // "### v0.3.0 - Enhanced Output 📋": the clipboard after a title files it as planned; before one it is an icon.
  { emoji: '📋', status: 'planned', strong: false },
  { emoji: '🚫', status: 'blocked', strong: false },
  { emoji: '⏸', status: 'blocked', strong: false },
];

/** The key of a "Status: Done" line and the header of a status column. */
export const STATUS_KEYS: readonly { text: string; lang: string }[] = [
  ...['status', 'state', 'progress', 'current status', 'current state', 'phase status'].map((text) => ({ text, lang: 'en' })),
  { text: 'estado', lang: 'pt/es' },
  { text: 'situação', lang: 'pt' },
  { text: 'situacao', lang: 'pt' },
  { text: 'situación', lang: 'es' },
  { text: 'statut', lang: 'fr' },
  { text: 'état', lang: 'fr' },
  { text: 'etat', lang: 'fr' },
  { text: 'stato', lang: 'it' },
  { text: 'zustand', lang: 'de' },
  // "| Phase | Stand |", "Stand: in Arbeit"; before a date ("Stand: 2026-02-17") it is an as-of date (AS_OF_WORDS).
  { text: 'stand', lang: 'de' },
  { text: 'durum', lang: 'tr' },
  { text: 'статус', lang: 'ru' },
  { text: 'состояние', lang: 'ru' },
  { text: '状态', lang: 'zh' },
  { text: '狀態', lang: 'zh-hant' },
  { text: '状態', lang: 'ja' },
  { text: 'ステータス', lang: 'ja' },
  { text: '進捗', lang: 'ja' },
  { text: '상태', lang: 'ko' },
  { text: 'trạng thái', lang: 'vi' },
];

// ---------------------------------------------------------------------------------------------------------
// Periods

export type PeriodRole = 'start' | 'end' | 'period' | 'date' | 'finished';

/**
 * Labels of a line that states when: "Start: 2025-12-01", "**Término:** 09/03/2026", "Due: …", "Timeline: Q2".
 * `date` labels ("Date:", "Fecha:") are a plan period only inside a plan item: at the top of a document they are the
 * revision date. `finished` labels say when an item actually finished.
 */
export const PERIOD_LABELS: readonly { text: string; role: PeriodRole; lang: string }[] = [
  ...['start', 'start date', 'starts', 'begin', 'from', 'kick-off', 'kickoff'].map((text) => ({ text, role: 'start' as const, lang: 'en' })),
  ...['end', 'end date', 'target', 'target date', 'due', 'due date', 'eta', 'deadline', 'finish', 'until', 'delivery', 'target completion']
    .map((text) => ({ text, role: 'end' as const, lang: 'en' })),
  ...['timeline', 'period', 'dates', 'schedule', 'time frame', 'timeframe', 'when', 'quarter', 'window', 'planned']
    .map((text) => ({ text, role: 'period' as const, lang: 'en' })),
  ...['date'].map((text) => ({ text, role: 'date' as const, lang: 'en' })),
  ...['completed', 'completed on', 'finished on', 'done on', 'shipped', 'released', 'completion date'].map((text) => ({ text, role: 'finished' as const, lang: 'en' })),
  { text: 'início', role: 'start', lang: 'pt' },
  { text: 'inicio', role: 'start', lang: 'pt/es' },
  { text: 'data de início', role: 'start', lang: 'pt' },
  { text: 'fecha de inicio', role: 'start', lang: 'es' },
  { text: 'début', role: 'start', lang: 'fr' },
  { text: 'beginn', role: 'start', lang: 'de' },
  { text: 'başlangıç', role: 'start', lang: 'tr' },
  { text: 'начало', role: 'start', lang: 'ru' },
  { text: '開始', role: 'start', lang: 'ja' },
  { text: '开始', role: 'start', lang: 'zh' },
  { text: '시작', role: 'start', lang: 'ko' },
  { text: 'término', role: 'end', lang: 'pt' },
  { text: 'termino', role: 'end', lang: 'pt' },
  { text: 'fim', role: 'end', lang: 'pt' },
  { text: 'fin', role: 'end', lang: 'es/fr' },
  { text: 'entrega', role: 'end', lang: 'pt/es' },
  { text: 'prazo', role: 'end', lang: 'pt' },
  { text: 'plazo', role: 'end', lang: 'es' },
  { text: 'fecha límite', role: 'end', lang: 'es' },
  { text: 'échéance', role: 'end', lang: 'fr' },
  { text: 'echeance', role: 'end', lang: 'fr' },
  { text: 'date cible', role: 'end', lang: 'fr' },
  { text: 'termin', role: 'end', lang: 'de/pl' },
  { text: 'ende', role: 'end', lang: 'de' },
  { text: 'frist', role: 'end', lang: 'de' },
  { text: 'bitiş', role: 'end', lang: 'tr' },
  { text: 'hedef tarih', role: 'end', lang: 'tr' },
  { text: 'срок', role: 'end', lang: 'ru' },
  { text: 'дедлайн', role: 'end', lang: 'ru' },
  { text: '期限', role: 'end', lang: 'ja/zh' },
  { text: '截止日期', role: 'end', lang: 'zh' },
  { text: '예상 완료일', role: 'end', lang: 'ko' },
  { text: '예상 완료', role: 'end', lang: 'ko' },
  { text: '마감', role: 'end', lang: 'ko' },
  { text: '마감일', role: 'end', lang: 'ko' },
  { text: '목표 일자', role: 'end', lang: 'ko' },
  { text: '목표일', role: 'end', lang: 'ko' },
  { text: '목표 날짜', role: 'end', lang: 'ko' },
  { text: '출시 예정', role: 'end', lang: 'ko' },
  { text: '目標日', role: 'end', lang: 'ja' },
  { text: '期日', role: 'end', lang: 'ja' },
  { text: 'リリース予定', role: 'end', lang: 'ja' },
  { text: '目标日期', role: 'end', lang: 'zh' },
  { text: '计划完成', role: 'end', lang: 'zh' },
  { text: '预计完成', role: 'end', lang: 'zh' },
  { text: '予定', role: 'period', lang: 'ja' },
  { text: '期間', role: 'period', lang: 'ja' },
  { text: '期间', role: 'period', lang: 'zh' },
  { text: '时间', role: 'period', lang: 'zh' },
  { text: '기간', role: 'period', lang: 'ko' },
  { text: '일정', role: 'period', lang: 'ko' },
  { text: 'thời hạn', role: 'period', lang: 'vi' },
  { text: 'thời gian', role: 'period', lang: 'vi' },
  { text: 'hạn chót', role: 'end', lang: 'vi' },
  { text: 'tenggat', role: 'end', lang: 'id' },
  { text: 'período', role: 'period', lang: 'pt/es' },
  { text: 'periodo', role: 'period', lang: 'es/it' },
  { text: 'cronograma', role: 'period', lang: 'pt/es' },
  { text: 'zeitraum', role: 'period', lang: 'de' },
  { text: 'période', role: 'period', lang: 'fr' },
  { text: 'tarih', role: 'period', lang: 'tr' },
  { text: 'takvim', role: 'period', lang: 'tr' },
  { text: 'период', role: 'period', lang: 'ru' },
  { text: 'sroki', role: 'period', lang: 'ru-latn' },
  { text: 'fecha', role: 'date', lang: 'es' },
  { text: 'data', role: 'date', lang: 'pt/it' },
  { text: 'datum', role: 'date', lang: 'de/nl' },
  { text: 'дата', role: 'date', lang: 'ru' },
  { text: '日付', role: 'date', lang: 'ja' },
  { text: '日期', role: 'date', lang: 'zh' },
  { text: 'concluído em', role: 'finished', lang: 'pt' },
  { text: 'completado el', role: 'finished', lang: 'es' },
  { text: 'terminé le', role: 'finished', lang: 'fr' },
  { text: 'abgeschlossen am', role: 'finished', lang: 'de' },
  { text: '完了日', role: 'finished', lang: 'ja' },
  { text: '完成日期', role: 'finished', lang: 'zh' },
  { text: '완료일', role: 'finished', lang: 'ko' },
];

/**
 * What a date that is not a plan period is introduced by: as-of headings ("Current Status (March 3, 2026)", "Where
 * We Are (June 2025)") and document metadata ("Last Updated: …", "Revision"). Such dates never anchor relative weeks.
 */
export const AS_OF_WORDS: readonly { text: string; lang: string }[] = [
  ...[
    'current status', 'current state', 'status', 'where we are', 'as of', 'last updated', 'updated', 'last modified',
    'modified', 'revised', 'revision', 'reviewed', 'created', 'version history', 'changelog', 'change log', 'release log',
    'recent progress', 'recent changes', 'progress update', 'snapshot', 'today', 'generated', 'planned on', 'drafted on',
    'created on',
  ].map((text) => ({ text, lang: 'en' })),
  ...['estado atual', 'situação atual', 'última atualização', 'atualizado em', 'atualizado', 'histórico'].map((text) => ({ text, lang: 'pt' })),
  ...['estado actual', 'última actualización', 'actualizado', 'historial'].map((text) => ({ text, lang: 'es' })),
  ...['état actuel', 'dernière mise à jour', 'mis à jour', 'historique'].map((text) => ({ text, lang: 'fr' })),
  ...['stand', 'zuletzt aktualisiert', 'aktueller stand'].map((text) => ({ text, lang: 'de' })),
  ...['son güncelleme', 'güncellendi', 'mevcut durum'].map((text) => ({ text, lang: 'tr' })),
  ...['обновлено', 'последнее обновление', 'текущее состояние'].map((text) => ({ text, lang: 'ru' })),
  ...['更新日', '更新', '最后更新', '最終更新', '当前状态', '現状', '현재 상태', '최종 수정'].map((text) => ({ text, lang: 'cjk' })),
];

/**
 * Words for a week of the calendar year, numbered as ISO 8601 numbers them (week 1 holds January 4th): "KW 8-9"
 * (Kalenderwoche), "CW 14". Unlike "Week 3" of a plan, such a week is a place in the calendar.
 */
export const CALENDAR_WEEK_WORDS: readonly { text: string; lang: string }[] = [
  { text: 'kw', lang: 'de' },
  { text: 'kalenderwoche', lang: 'de' },
  { text: 'cw', lang: 'en' },
];

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** Units of a duration ("3 semanas", "2 Wochen", "(1-2日)", "14 days") and of relative positions ("Day 3", "Semana 3"). */
export const DURATION_UNITS: readonly { text: string; unit: DurationUnit; lang: string }[] = [
  ...['hour', 'hours', 'hr', 'hrs', 'h'].map((text) => ({ text, unit: 'hour' as const, lang: 'en' })),
  ...['horas', 'hora'].map((text) => ({ text, unit: 'hour' as const, lang: 'pt/es' })),
  ...['stunden', 'stunde', 'std'].map((text) => ({ text, unit: 'hour' as const, lang: 'de' })),
  ...['heures', 'heure'].map((text) => ({ text, unit: 'hour' as const, lang: 'fr' })),
  ...['saat'].map((text) => ({ text, unit: 'hour' as const, lang: 'tr' })),
  ...['часов', 'часа', 'час'].map((text) => ({ text, unit: 'hour' as const, lang: 'ru' })),
  ...['時間', '小时', '시간'].map((text) => ({ text, unit: 'hour' as const, lang: 'cjk' })),
  ...['day', 'days', 'd'].map((text) => ({ text, unit: 'day' as const, lang: 'en' })),
  ...['dia', 'dias'].map((text) => ({ text, unit: 'day' as const, lang: 'pt' })),
  ...['día', 'días'].map((text) => ({ text, unit: 'day' as const, lang: 'es' })),
  ...['giorno', 'giorni'].map((text) => ({ text, unit: 'day' as const, lang: 'it' })),
  ...['tag', 'tage', 'tagen'].map((text) => ({ text, unit: 'day' as const, lang: 'de' })),
  ...['jour', 'jours'].map((text) => ({ text, unit: 'day' as const, lang: 'fr' })),
  ...['gün'].map((text) => ({ text, unit: 'day' as const, lang: 'tr' })),
  ...['день', 'дня', 'дней', 'дни'].map((text) => ({ text, unit: 'day' as const, lang: 'ru' })),
  ...['ngày'].map((text) => ({ text, unit: 'day' as const, lang: 'vi' })),
  ...['hari'].map((text) => ({ text, unit: 'day' as const, lang: 'id/ms' })),
  ...['dzień', 'dni'].map((text) => ({ text, unit: 'day' as const, lang: 'pl' })),
  ...['日', '日間', '天', '일'].map((text) => ({ text, unit: 'day' as const, lang: 'cjk' })),
  ...['week', 'weeks', 'wk', 'wks', 'w'].map((text) => ({ text, unit: 'week' as const, lang: 'en' })),
  ...['semana', 'semanas'].map((text) => ({ text, unit: 'week' as const, lang: 'pt/es' })),
  ...['semaine', 'semaines'].map((text) => ({ text, unit: 'week' as const, lang: 'fr' })),
  ...['settimana', 'settimane'].map((text) => ({ text, unit: 'week' as const, lang: 'it' })),
  ...['woche', 'wochen'].map((text) => ({ text, unit: 'week' as const, lang: 'de' })),
  ...['hafta', 'haftalar'].map((text) => ({ text, unit: 'week' as const, lang: 'tr' })),
  ...['неделя', 'недели', 'недель', 'неделю'].map((text) => ({ text, unit: 'week' as const, lang: 'ru' })),
  ...['tuần'].map((text) => ({ text, unit: 'week' as const, lang: 'vi' })),
  ...['minggu'].map((text) => ({ text, unit: 'week' as const, lang: 'id/ms' })),
  ...['tydzień', 'tydzien', 'tygodnie', 'tygodni'].map((text) => ({ text, unit: 'week' as const, lang: 'pl' })),
  ...['週', '週間', '周', '个周', '个星期', '星期', '주'].map((text) => ({ text, unit: 'week' as const, lang: 'cjk' })),
  ...['month', 'months', 'mo', 'mos'].map((text) => ({ text, unit: 'month' as const, lang: 'en' })),
  ...['mês', 'mes', 'meses'].map((text) => ({ text, unit: 'month' as const, lang: 'pt/es' })),
  ...['mois'].map((text) => ({ text, unit: 'month' as const, lang: 'fr' })),
  ...['mese', 'mesi'].map((text) => ({ text, unit: 'month' as const, lang: 'it' })),
  ...['monat', 'monate', 'monaten'].map((text) => ({ text, unit: 'month' as const, lang: 'de' })),
  ...['ay'].map((text) => ({ text, unit: 'month' as const, lang: 'tr' })),
  ...['месяц', 'месяца', 'месяцев'].map((text) => ({ text, unit: 'month' as const, lang: 'ru' })),
  ...['tháng'].map((text) => ({ text, unit: 'month' as const, lang: 'vi' })),
  ...['bulan'].map((text) => ({ text, unit: 'month' as const, lang: 'id/ms' })),
  ...['miesiąc', 'miesiące', 'miesięcy'].map((text) => ({ text, unit: 'month' as const, lang: 'pl' })),
  ...['个月', 'か月', 'ヶ月', 'ヵ月', '개월'].map((text) => ({ text, unit: 'month' as const, lang: 'cjk' })),
  ...['year', 'years', 'yr', 'yrs'].map((text) => ({ text, unit: 'year' as const, lang: 'en' })),
  ...['ano', 'anos', 'año', 'años'].map((text) => ({ text, unit: 'year' as const, lang: 'pt/es' })),
  ...['jahr', 'jahre'].map((text) => ({ text, unit: 'year' as const, lang: 'de' })),
  ...['an', 'ans'].map((text) => ({ text, unit: 'year' as const, lang: 'fr' })),
  ...['yıl'].map((text) => ({ text, unit: 'year' as const, lang: 'tr' })),
  ...['год', 'года', 'лет'].map((text) => ({ text, unit: 'year' as const, lang: 'ru' })),
  ...['年', '년'].map((text) => ({ text, unit: 'year' as const, lang: 'cjk' })),
];

/** Calendar days per unit. A duration counts calendar days unless the document says working days. */
export const DAYS_PER_UNIT: Record<DurationUnit, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

/** Keys of an estimate line ("Estimated Duration: 3 weeks"). */
export const DURATION_KEYS: readonly { text: string; lang: string }[] = [
  ...['duration', 'estimated duration', 'time frame', 'timeframe', 'timeline', 'time', 'estimate', 'estimated time', 'time estimate', 'effort', 'estimated effort', 'length']
    .map((text) => ({ text, lang: 'en' })),
  ...['duração', 'duração estimada', 'tempo estimado', 'duracao'].map((text) => ({ text, lang: 'pt' })),
  ...['duración', 'duración estimada', 'tiempo estimado'].map((text) => ({ text, lang: 'es' })),
  ...['durata', 'durata stimata'].map((text) => ({ text, lang: 'it' })),
  ...['tahmini süre', 'süre'].map((text) => ({ text, lang: 'tr' })),
  ...['dauer', 'geschätzte dauer', 'aufwand'].map((text) => ({ text, lang: 'de' })),
  ...['durée', 'durée estimée'].map((text) => ({ text, lang: 'fr' })),
  ...['длительность', 'срок', 'продолжительность'].map((text) => ({ text, lang: 'ru' })),
  ...['预计时间', '预计工期', '工期', '期間', '所要時間', '예상 기간', '소요 기간'].map((text) => ({ text, lang: 'cjk' })),
];

/** Month names in the corpus' languages, with the abbreviations that cannot be read as ordinary words. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janeiro', 'enero', 'ene', 'janvier', 'janv', 'januar', 'jän', 'gennaio', 'ocak', 'январь', 'января', 'styczeń'],
  ['february', 'feb', 'fevereiro', 'fev', 'febrero', 'février', 'févr', 'fév', 'fevrier', 'februar', 'febbraio', 'şubat', 'subat', 'февраль', 'февраля', 'luty'],
  ['march', 'mar', 'março', 'marzo', 'mars', 'märz', 'maerz', 'mart', 'март', 'марта', 'marzec'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile', 'nisan', 'апрель', 'апреля', 'kwiecień'],
  ['may', 'maio', 'mai', 'mayo', 'maggio', 'mayıs', 'mayis', 'май', 'мая', 'maj'],
  ['june', 'jun', 'junho', 'junio', 'juin', 'juni', 'giugno', 'haziran', 'июнь', 'июня', 'czerwiec'],
  ['july', 'jul', 'julho', 'julio', 'juillet', 'juil', 'juli', 'luglio', 'temmuz', 'июль', 'июля', 'lipiec'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout', 'ağustos', 'agustos', 'август', 'августа', 'sierpień'],
  ['september', 'sep', 'sept', 'setembro', 'septiembre', 'setiembre', 'septembre', 'settembre', 'eylül', 'eylul', 'сентябрь', 'сентября', 'wrzesień'],
  ['october', 'oct', 'outubro', 'octubre', 'octobre', 'oktober', 'okt', 'ottobre', 'ekim', 'октябрь', 'октября', 'październik'],
  ['november', 'nov', 'novembro', 'noviembre', 'novembre', 'kasım', 'kasim', 'ноябрь', 'ноября', 'listopad'],
  ['december', 'dec', 'dezembro', 'dez', 'diciembre', 'dic', 'décembre', 'déc', 'decembre', 'dezember', 'dicembre', 'aralık', 'aralik', 'декабрь', 'декабря', 'grudzień'],
];

/** Languages whose numeric dates are written day first (and English ones written either way). */
export const DAY_FIRST_HINTS: readonly string[] = ['pt', 'es', 'fr', 'de', 'it', 'tr', 'ru', 'pl', 'nl', 'vi'];

// ---------------------------------------------------------------------------------------------------------
// Dependencies, priority, sections about plan items

export const DEPENDENCY_KEYS: readonly { text: string; lang: string }[] = [
  ...['dependencies', 'dependency', 'depends on', 'depend on', 'prerequisite', 'prerequisites', 'requires', 'blocked by']
    .map((text) => ({ text, lang: 'en' })),
  ...['dependências', 'dependência', 'depende de', 'pré-requisitos'].map((text) => ({ text, lang: 'pt' })),
  ...['dependencias', 'dependencia', 'requisitos previos'].map((text) => ({ text, lang: 'es' })),
  ...['dipendenze', 'dipende da'].map((text) => ({ text, lang: 'it' })),
  ...['bağımlılıklar', 'bağımlılık'].map((text) => ({ text, lang: 'tr' })),
  ...['abhängigkeiten', 'abhängig von', 'voraussetzungen'].map((text) => ({ text, lang: 'de' })),
  ...['dépendances', 'dépend de', 'prérequis'].map((text) => ({ text, lang: 'fr' })),
  ...['зависимости', 'зависит от'].map((text) => ({ text, lang: 'ru' })),
  ...['依赖', '前置条件', '依存関係', '依存', '선행 조건', '의존성'].map((text) => ({ text, lang: 'cjk' })),
];

export const NONE_VALUES: readonly string[] = ['none', 'n/a', 'na', 'nothing', 'no', 'nenhum', 'nenhuma', 'ninguna', 'ninguno', 'ningún', 'yok', 'keine', 'aucun', 'aucune', 'nessuna', 'нет', '无', 'なし', '없음'];

/** Words that negate the status after them: "Not planned", "No planeado", "Nicht geplant" name what the plan leaves out. */
export const NEGATION_WORDS: readonly { text: string; lang: string }[] = [
  { text: 'not', lang: 'en' },
  { text: 'no', lang: 'en/es' },
  { text: 'não', lang: 'pt' },
  { text: 'nao', lang: 'pt' },
  { text: 'nicht', lang: 'de' },
  { text: 'non', lang: 'fr/it' },
  { text: 'niet', lang: 'nl' },
  { text: 'не', lang: 'ru' },
];

export const PRIORITY_KEYS: readonly { text: string; lang: string }[] = [
  { text: 'priority', lang: 'en' },
  { text: 'prio', lang: 'en/de' },
  { text: 'prioridade', lang: 'pt' },
  { text: 'prioridad', lang: 'es' },
  { text: 'priorità', lang: 'it' },
  { text: 'öncelik', lang: 'tr' },
  { text: 'oncelik', lang: 'tr' },
  { text: 'приоритет', lang: 'ru' },
  { text: 'priorität', lang: 'de' },
  { text: 'priorité', lang: 'fr' },
  { text: '优先级', lang: 'zh' },
  { text: '優先度', lang: 'ja' },
  { text: '우선순위', lang: 'ko' },
  // A heading that ranks the work under it: "## Priority Evaluation", "## Sprint 1 Priorities".
  { text: 'priorities', lang: 'en' },
  { text: 'prioridades', lang: 'pt/es' },
  { text: 'priorités', lang: 'fr' },
  { text: 'prioritäten', lang: 'de' },
];

/** How urgent a piece of work is, in a note beside its title ("(HIGH PRIORITY)", "(Prioridad: alta)"). */
export const PRIORITY_LEVELS: readonly { text: string; lang: string }[] = [
  ...['high', 'medium', 'low', 'critical', 'top'].map((text) => ({ text, lang: 'en' })),
  ...['alta', 'média', 'media', 'baixa', 'baja', 'crítica', 'critica'].map((text) => ({ text, lang: 'pt/es' })),
  ...['haute', 'moyenne', 'basse', 'critique'].map((text) => ({ text, lang: 'fr' })),
  ...['hoch', 'mittel', 'niedrig', 'kritisch'].map((text) => ({ text, lang: 'de' })),
  // How a tier of work is ranked: "P0 - Critical Blockers", "P2 — Nice to Have", "P0 - 必须完成", "P1 — Важно".
  ...['must', 'should', 'nice to have'].map((text) => ({ text, lang: 'en' })),
  ...['必须', '强烈建议', '建议', '可选'].map((text) => ({ text, lang: 'zh' })),
  ...['обязательно', 'важно', 'желательно'].map((text) => ({ text, lang: 'ru' })),
];

/**
 * Words after a plan item's id that make a heading ABOUT the item, not the item: "Phase 2 Risks", "Phase 1 Success
 * Criteria", "Phase 3 Team (12 people)". Matched against the words right after the id, so "Phase 2: Risk engine"
 * (a colon, then a title) stays a phase.
 */
export const ABOUT_WORDS: readonly { text: string; lang: string }[] = [
  ...[
    'risks', 'risk', 'success criteria', 'success metrics', 'criteria', 'deliverables', 'deliverable', 'schedule', 'team',
    'budget', 'goals', 'goal', 'objectives', 'overview', 'summary', 'tasks', 'task list', 'checklist', 'completion checklist',
    'exit criteria', 'acceptance criteria', 'metrics', 'kpis', 'kpi', 'okrs', 'notes', 'retrospective', 'retro', 'review', 'results',
    'outcomes', 'dependencies', 'resources', 'timeline', 'breakdown', 'details', 'plan', 'scope', 'status', 'report',
    'testing', 'rollback', 'api endpoints', 'endpoints', 'files', 'changes', 'architecture', 'requirements', 'progress',
    'highlights', 'learnings', 'lessons learned', 'issues', 'blockers', 'estimates', 'cost', 'costs', 'staffing',
    'verification', 'validation', 'gate', 'exit', 'entry criteria', 'definition of done', 'features', 'scope',
    'completion notes', 'completion report', 'completion summary', 'handoff', 'postmortem', 'post-mortem', 'section', 'success', 'action plan', 'action items', 'checkpoint', 'at a glance', 'process', 'procedure', 'milestone list',
    'planning', 'prerequisites', 'prerequisite', 'objective', 'achievements', 'accomplishments', 'key achievements',
    'key features', 'key deliverables', 'key results',
    // "Phase 2 Limitations"; and beside a status, what a section describes, not work in a lane: "## Current
    // Limitations", "## Open Questions", "## Current Constraints".
    'limitations', 'constraints', 'questions', 'capabilities', 'options', 'alternatives',
    // "v1.0 Completed Phases (For Reference)": a section listing the item's parts.
    'phases', 'completed phases', 'sprints', 'completed sprints', 'milestones', 'stages', 'phase summary', 'phase overview',
  ].map((text) => ({ text, lang: 'en' })),
  ...['riscos', 'entregas', 'entregáveis', 'critérios', 'objetivos', 'resumo', 'equipe', 'cronograma', 'tarefas', 'metas']
    .map((text) => ({ text, lang: 'pt' })),
  ...['riesgos', 'entregables', 'criterios', 'resumen', 'equipo', 'tareas'].map((text) => ({ text, lang: 'es' })),
  ...['risques', 'livrables', 'critères', 'objectifs', 'résumé', 'équipe', 'tâches', 'bilan'].map((text) => ({ text, lang: 'fr' })),
  ...['risiken', 'ziele', 'ergebnisse', 'aufgaben', 'zusammenfassung'].map((text) => ({ text, lang: 'de' })),
  ...['riskler', 'hedefler', 'görevler', 'özet'].map((text) => ({ text, lang: 'tr' })),
  ...['риски', 'цели', 'задачи', 'итоги', 'результаты'].map((text) => ({ text, lang: 'ru' })),
  ...['概要', '概述', '总结', '风险', '目标', '任务', '完了条件', '成功基準', 'リスク', '개요', '위험', '목표', '成果物', '交付物', '산출물', '验收', '验收标准', '핵심 kpi', '핵심 지표', '재무 목표', '到達点', '完了時の到達点'].map((text) => ({ text, lang: 'cjk' })),
];

/**
 * Plural plan words that head a list of items ("## Phases", "## Фазы v3", "## Etapas do projeto"): the headings
 * under one that start with a code ("### V3-0. Baseline", "### A — Setup") are items of that kind; `one` is the word
 * for one of them, which names a heading numbered under the list ("## Этапы" › "### 0. Foundation" is Этап 0).
 */
export const PLURAL_PLAN_WORDS: readonly { text: string; kind: 'phase' | 'milestone'; word: PlanWord; one: string; lang: string }[] = [
  { text: 'phases', kind: 'phase', word: 'phase', one: 'Phase', lang: 'en' },
  { text: 'stages', kind: 'phase', word: 'stage', one: 'Stage', lang: 'en' },
  { text: 'steps', kind: 'phase', word: 'step', one: 'Step', lang: 'en' },
  { text: 'sprints', kind: 'phase', word: 'sprint', one: 'Sprint', lang: 'en' },
  { text: 'iterations', kind: 'phase', word: 'iteration', one: 'Iteration', lang: 'en' },
  { text: 'waves', kind: 'phase', word: 'wave', one: 'Wave', lang: 'en' },
  { text: 'epics', kind: 'phase', word: 'epic', one: 'Epic', lang: 'en' },
  { text: 'arcs', kind: 'phase', word: 'phase', one: 'Arc', lang: 'en' },
  { text: 'workstreams', kind: 'phase', word: 'phase', one: 'Workstream', lang: 'en' },
  { text: 'milestones', kind: 'milestone', word: 'milestone', one: 'Milestone', lang: 'en' },
  { text: 'releases', kind: 'milestone', word: 'release', one: 'Release', lang: 'en' },
  { text: 'gates', kind: 'milestone', word: 'milestone', one: 'Gate', lang: 'en' },
  { text: 'olas', kind: 'phase', word: 'wave', one: 'Ola', lang: 'es' },
  { text: 'fases', kind: 'phase', word: 'phase', one: 'Fase', lang: 'pt/es' },
  { text: 'etapas', kind: 'phase', word: 'stage', one: 'Etapa', lang: 'pt/es' },
  { text: 'marcos', kind: 'milestone', word: 'milestone', one: 'Marco', lang: 'pt' },
  { text: 'hitos', kind: 'milestone', word: 'milestone', one: 'Hito', lang: 'es' },
  { text: 'étapes', kind: 'phase', word: 'stage', one: 'Étape', lang: 'fr' },
  { text: 'jalons', kind: 'milestone', word: 'milestone', one: 'Jalon', lang: 'fr' },
  { text: 'phasen', kind: 'phase', word: 'phase', one: 'Phase', lang: 'de' },
  { text: 'etappen', kind: 'phase', word: 'phase', one: 'Etappe', lang: 'de' },
  { text: 'meilensteine', kind: 'milestone', word: 'milestone', one: 'Meilenstein', lang: 'de' },
  { text: 'fasi', kind: 'phase', word: 'phase', one: 'Fase', lang: 'it' },
  { text: 'tappe', kind: 'phase', word: 'phase', one: 'Tappa', lang: 'it' },
  { text: 'фазы', kind: 'phase', word: 'phase', one: 'Фаза', lang: 'ru' },
  { text: 'этапы', kind: 'phase', word: 'stage', one: 'Этап', lang: 'ru' },
  { text: 'aşamalar', kind: 'phase', word: 'phase', one: 'Aşama', lang: 'tr' },
  { text: 'fazlar', kind: 'phase', word: 'phase', one: 'Faz', lang: 'tr' },
];

/**
 * Verbs right after an id that make a list line a sentence about the item, not the item: "v0.6.4 is skipped as a
 * release", "Phase 3 was merged into Phase 2", "Fase 4 será adiada".
 */
/** Days of the week, which label a calendar entry ("Friday: Week 1 Milestone Review"), not a plan item. */
export const WEEKDAY_NAMES: readonly { text: string; lang: string }[] = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((text) => ({ text, lang: 'en' })),
  ...['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'].map((text) => ({ text, lang: 'es' })),
  ...['segunda', 'terça', 'quarta', 'quinta', 'sexta'].map((text) => ({ text, lang: 'pt' })),
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map((text) => ({ text, lang: 'fr' })),
  ...['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'].map((text) => ({ text, lang: 'de' })),
];

/** Labels that title a list of an item's tasks ("# Tasks: Phase I – Setup", Spec Kit's task lists). */
export const TASK_LIST_LABELS: readonly { text: string; lang: string }[] = [
  ...['task', 'tasks', 'task list', 'checklist', 'todo', 'todos', 'to-do', 'to-dos'].map((text) => ({ text, lang: 'en' })),
  ...['tareas', 'tarefas', 'tâches', 'aufgaben', 'задачи', 'タスク', '任务'].map((text) => ({ text, lang: 'other' })),
];

export const SENTENCE_VERBS: readonly { text: string; lang: string }[] = [
  ...['is', 'was', 'are', 'were', 'will', 'has', 'have', 'had', 'gets', 'got', 'becomes', 'became', 'remains', 'moves', 'moved', 'should', 'must', 'can', 'may', 'needs', 'stays', 'uses', 'used', 'requires', 'required', 'lacks', 'supports', 'shipped', 'broke', 'failed', 'comes', 'come', 'runs', 'starts', 'follows', 'precedes']
    .map((text) => ({ text, lang: 'en' })),
  ...['é', 'foi', 'será', 'está', 'es', 'fue', 'estará', 'ficou', 'quedó'].map((text) => ({ text, lang: 'pt/es' })),
  ...['est', 'sera', 'a été'].map((text) => ({ text, lang: 'fr' })),
  ...['ist', 'wird', 'wurde'].map((text) => ({ text, lang: 'de' })),
];

/**
 * Labels of lists that say what should be true, not what was done: "**Success Criteria:**", "### Goals", "Critérios de
 * aceite:". A ✅ on such a list is often the bullet's style ("- ✅ tests run"), so a list of nothing but ✅ under one says
 * nothing about progress.
 */
export const CRITERIA_WORDS: readonly { text: string; lang: string }[] = [
  ...[
    'criteria', 'criterion', 'goals', 'goal', 'objectives', 'objective', 'acceptance', 'success', 'definition of done',
    'expected results', 'expected result', 'expected outcomes', 'expected outcome', 'outcomes', 'requirements', 'kpis',
    'metrics', 'checks', 'benefits', 'expected', 'targets', 'tests', 'test cases', 'test plan', 'verify', 'verification',
  ].map((text) => ({ text, lang: 'en' })),
  ...['critérios', 'criterios', 'objetivos', 'metas', 'requisitos', 'resultados esperados', 'benefícios', 'beneficios', 'testes', 'pruebas']
    .map((text) => ({ text, lang: 'pt/es' })),
  ...['critères', 'objectifs', 'exigences', 'résultats attendus'].map((text) => ({ text, lang: 'fr' })),
  ...['kriterien', 'ziele', 'anforderungen', 'akzeptanz', 'abnahme'].map((text) => ({ text, lang: 'de' })),
  ...['criteri', 'obiettivi', 'requisiti'].map((text) => ({ text, lang: 'it' })),
  ...['kriterler', 'hedefler', 'gereksinimler'].map((text) => ({ text, lang: 'tr' })),
  ...['критерии', 'цели', 'требования'].map((text) => ({ text, lang: 'ru' })),
  ...['标准', '目标', '验收', '完了条件', '基準', '目標', '受け入れ', '要件', '기준', '목표', '요구사항'].map((text) => ({ text, lang: 'cjk' })),
];

/** Titles of sections whose subsections list work by phase without being the phases: "Files to change", "Rollback". */
export const ABOUT_PARENT_WORDS: readonly string[] = [
  'legend', 'glossary', 'definitions', 'terminology', 'files to change', 'files changed', 'file changes', 'files to modify', 'files to create', 'changes by phase',
  'rollback', 'rollback procedures', 'rollback plan', 'risk', 'risks', 'risk mitigation', 'risk management',
  'risks & mitigation', 'estimated resource requirements', 'resource requirements', 'resources', 'success metrics',
  'metrics for success', 'success criteria', 'testing strategy', 'team', 'staffing', 'budget', 'costs',
  'dependencies & execution order', 'execution order', 'parallel opportunities', 'parallel execution examples',
  'implementation order', 'order of implementation', 'build order', 'suggested order', 'recommended order',
  'appendix', 'riscos', 'riesgos', 'risques', 'risiken', 'success metrics tracking', 'metrics tracking', 'kpi tracking',
  'key decision points', 'decision points', 'communication schedule', 'communication plan', 'risk mitigation timeline',
];

// ---------------------------------------------------------------------------------------------------------
// Helpers shared by the classifiers built from these tables

/** Escapes a table word for a regular expression; spaces match any run of whitespace. */
export function wordPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** One alternation of table words, longest first so "in progress" wins over "in". */
export function alternation(texts: readonly string[]): string {
  return [...new Set(texts)].sort((a, b) => b.length - a.length).map(wordPattern).join('|');
}

/** Words of a script written without spaces between words (a boundary check cannot apply). */
export function isCjk(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(text);
}
