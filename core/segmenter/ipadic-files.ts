/** kuromoji's IPADIC files as its npm package ships them (gzip), in the order the segmenter reads them. */
export const DICTIONARY_FILES = [
  'base.dat.gz',
  'check.dat.gz',
  'tid.dat.gz',
  'tid_pos.dat.gz',
  'tid_map.dat.gz',
  'cc.dat.gz',
  'unk.dat.gz',
  'unk_pos.dat.gz',
  'unk_map.dat.gz',
  'unk_char.dat.gz',
  'unk_compat.dat.gz',
  'unk_invoke.dat.gz',
] as const;

/** The name a file has in the extension: shipped inflated (`base.dat.gz` → `base.dat`). */
export function shippedName(name: string): string {
  return name.replace(/\.gz$/, '');
}
