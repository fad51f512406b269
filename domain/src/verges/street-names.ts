/**
 * Street names as residents type them ("St Mary's Rd") and as councils store them
 * ("ST MARYS ROAD") reduce to one search key ("saint marys road"), so a search by
 * street finds the verge whichever way it was written.
 */
const LAST_WORD: Record<string, string> = {
  rd: 'road',
  st: 'street',
  str: 'street',
  ave: 'avenue',
  av: 'avenue',
  ln: 'lane',
  cl: 'close',
  dr: 'drive',
  cres: 'crescent',
  cresc: 'crescent',
  gdns: 'gardens',
  pl: 'place',
  sq: 'square',
  ter: 'terrace',
  terr: 'terrace',
  ct: 'court',
  gr: 'grove',
  gro: 'grove',
  pk: 'park',
  wy: 'way',
  hl: 'hill',
  blvd: 'boulevard',
  pde: 'parade',
};

/** "St" at the start is Saint (St Mary's Road); at the end it is Street (High St). */
const FIRST_WORD: Record<string, string> = { st: 'saint', gt: 'great', lt: 'little' };

export function normaliseStreetName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words
    .map((word, index) => {
      if (index === words.length - 1 && words.length > 1) return LAST_WORD[word] ?? word;
      if (index === 0) return FIRST_WORD[word] ?? word;
      return word;
    })
    .join(' ');
}
