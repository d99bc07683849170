/**
 * Builds the ReadingContext the engine hands the reading layer from the loaded knowledge
 * sources: the bundled glossary (its readings win), EDICT and people's names. Any may be missing (not yet
 * loaded, or failed to load); the layer then reads with what it has.
 */
import type { Dictionary } from '../dictionary/edict-dictionary';
import type { GlossaryTerm } from '../glossary/glossary-term';
import { dictionaryReadingSource } from './dictionary-readings';
import { glossaryReadingSource } from './glossary-readings';
import type { NameReadingSource } from './name-readings';
import type { ReadingContext } from './reading-layer';

export interface ReadingKnowledge {
  glossary?: readonly GlossaryTerm[];
  dictionary?: Dictionary;
  /** People's names (ENAMDICT, dict/names/), for names kuromoji splits and misreads. */
  names?: NameReadingSource;
}

export function createReadingContext(knowledge: ReadingKnowledge): ReadingContext {
  const context: ReadingContext = {};
  if (knowledge.glossary) {
    const glossary = glossaryReadingSource(knowledge.glossary);
    context.glossaryReadings = glossary.readings;
    context.glossaryHasPrefix = glossary.hasPrefix;
  }
  if (knowledge.dictionary) {
    const dictionary = dictionaryReadingSource(knowledge.dictionary);
    context.dictionaryReadings = dictionary.readings;
    context.dictionaryCommonCount = dictionary.commonCount;
    context.dictionaryHasPrefix = dictionary.hasPrefix;
    context.dictionaryPrefixReach = dictionary.prefixReach;
  }
  if (knowledge.names) {
    context.nameReadings = knowledge.names.readings;
    context.isSurname = knowledge.names.isSurname;
    context.usualNameReading = knowledge.names.usualReading;
    context.placeReading = knowledge.names.placeReading;
  }
  return context;
}
