/**
 * The groups a glossary list shows, and which glossary categories fall into each. The
 * glossary has nine categories; a reader scanning a page's terms wants fewer, broader
 * headings, so diplomacy goes with treaties and events with concepts.
 */
import type { GlossaryCategory } from './glossary-term';

export type GlossaryGroupId = 'people' | 'places' | 'organisations' | 'treaties' | 'security' | 'economy' | 'concepts';

export interface GlossaryGroup {
  id: GlossaryGroupId;
  /** Heading shown over the group. */
  label: string;
  categories: readonly GlossaryCategory[];
}

/** The groups in the order lists show them; every category belongs to exactly one. */
export const GLOSSARY_GROUPS: readonly GlossaryGroup[] = [
  { id: 'people', label: 'People', categories: ['person'] },
  { id: 'places', label: 'States and places', categories: ['place'] },
  { id: 'organisations', label: 'Organisations', categories: ['organisation'] },
  { id: 'treaties', label: 'Treaties and diplomacy', categories: ['treaty', 'diplomacy'] },
  { id: 'security', label: 'Security', categories: ['security'] },
  { id: 'economy', label: 'Economy', categories: ['economy'] },
  { id: 'concepts', label: 'Events and concepts', categories: ['event', 'concept'] },
];

const GROUP_OF = new Map<GlossaryCategory, GlossaryGroup>();
for (const group of GLOSSARY_GROUPS) for (const category of group.categories) GROUP_OF.set(category, group);

/** The group a category is listed under. */
export function groupOfCategory(category: GlossaryCategory): GlossaryGroup {
  const group = GROUP_OF.get(category);
  if (!group) throw new Error(`no glossary group for category "${category}"`);
  return group;
}

/** A category's name as a reader sees it (on a card, in a filter). */
export const CATEGORY_LABELS: Readonly<Record<GlossaryCategory, string>> = {
  person: 'Person',
  place: 'State or place',
  organisation: 'Organisation',
  treaty: 'Treaty or agreement',
  security: 'Security',
  economy: 'Economy',
  diplomacy: 'Diplomacy',
  event: 'Event',
  concept: 'Concept',
};

export interface GroupedItems<T> {
  group: GlossaryGroup;
  items: T[];
}

/**
 * Sorts items into the groups, in group order, leaving out empty groups. Inside a group the
 * items keep their given order unless `compare` is given.
 */
export function groupByCategory<T extends { category: GlossaryCategory }>(
  items: readonly T[],
  compare?: (a: T, b: T) => number,
): GroupedItems<T>[] {
  const buckets = new Map<GlossaryGroupId, T[]>();
  for (const item of items) {
    const id = groupOfCategory(item.category).id;
    let bucket = buckets.get(id);
    if (!bucket) buckets.set(id, (bucket = []));
    bucket.push(item);
  }
  const grouped: GroupedItems<T>[] = [];
  for (const group of GLOSSARY_GROUPS) {
    const bucket = buckets.get(group.id);
    if (bucket) grouped.push({ group, items: compare ? [...bucket].sort(compare) : bucket });
  }
  return grouped;
}
