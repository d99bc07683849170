/**
 * The curated term files of the glossary, one per category (places in four: the generated states
 * and capitals of `build-states.ts` beside the curated ones), as they stand in
 * `dict/glossary/terms/` (unchecked). The JSON files are the source to edit; the build validates
 * them (`shipped-glossary.ts`), tests and Node scripts through `glossary-data.ts`.
 */
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
