/**
 * The bundled geopolitical glossary: the curated term files of this folder, one per category
 * (places in four: the generated states and capitals of `build-states.ts` beside the curated ones), merged and checked against the schema when first asked for. The JSON files
 * are the source to edit; this module only joins them.
 */
import { validateGlossary, type GlossaryTerm } from '../../core/glossary/glossary-term';
import people from './terms/people.json';
import placesStates from './terms/places-states.json';
import placesRegions from './terms/places-regions.json';
import placesUnStates from './terms/places-un-states.json';
import placesCapitals from './terms/places-capitals.json';
import organisations from './terms/organisations.json';
import treaties from './terms/treaties.json';
import security from './terms/security.json';
import economy from './terms/economy.json';
import diplomacy from './terms/diplomacy.json';
import events from './terms/events.json';
import concepts from './terms/concepts.json';

/** The term files by name, as they stand in `dict/glossary/terms/` (unchecked). */
export const GLOSSARY_FILES: Readonly<Record<string, readonly unknown[]>> = {
  people,
  'places-states': placesStates,
  'places-regions': placesRegions,
  'places-un-states': placesUnStates,
  'places-capitals': placesCapitals,
  organisations,
  treaties,
  security,
  economy,
  diplomacy,
  events,
  concepts,
};

let cached: readonly GlossaryTerm[] | undefined;

/**
 * Every term of the bundled glossary, validated (throws, naming the bad term, if a file is
 * malformed). Validated once; later calls return the same frozen array.
 */
export function bundledGlossary(): readonly GlossaryTerm[] {
  cached ??= Object.freeze(validateGlossary(Object.values(GLOSSARY_FILES).flat()));
  return cached;
}
