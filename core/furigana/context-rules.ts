/**
 * The context pass: readings the context table (`rules/context-rows.ts`) gives a token from its
 * neighbours, run by the rule interpreter.
 */
import type { Token } from '../segmenter/token';
import { RuleTable, type RuledReading, type RuleKnowledge } from './rule-interpreter';
import { CONTEXT_ROWS, WORD_LISTS } from './rules/context-rows';

export type { RuleKnowledge };
/** A reading a rule gives a token, with the others it considered plausible and the row's id. */
export type ContextReading = RuledReading;

/** The context table, compiled (exported for the tests of its rows). */
export const CONTEXT_TABLE = new RuleTable(CONTEXT_ROWS, WORD_LISTS);
const TABLE = CONTEXT_TABLE;

/** Whether the context table has rows about token i as a word (even where they then keep kuromoji's reading). */
export function hasContextRule(tokens: readonly Token[], i: number): boolean {
  return TABLE.has(tokens, i);
}

/** The reading the context table gives token i, or undefined to keep kuromoji's. */
export function contextReading(tokens: readonly Token[], i: number, knowledge: RuleKnowledge = {}): ContextReading | undefined {
  return TABLE.read(tokens, i, knowledge);
}

/** Whether the context table reads token i before the dictionary pass may join it with what follows (県庁|前|駅 まえ). */
export function readsBeforeDictionary(tokens: readonly Token[], i: number, knowledge: RuleKnowledge = {}): boolean {
  return TABLE.readsBeforeDictionary(tokens, i, knowledge);
}
