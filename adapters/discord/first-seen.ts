/**
 * "Is this the author's first message in this guild?" from memory only: a bounded LRU set of
 * guild/author pairs. After a restart, or once an author falls out of the LRU, they count as new
 * again — a deliberate trade for not storing member activity; the signal is a weak one anyway.
 */
export class FirstSeen {
  private readonly seen = new Map<string, true>();

  constructor(private readonly maxEntries = 100_000) {}

  /** Records the author and returns true if they had not been seen in this guild. */
  mark(guildId: string, authorId: string): boolean {
    const key = `${guildId}/${authorId}`;
    const known = this.seen.delete(key);
    this.seen.set(key, true); // re-insert: Map order is the recency order
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
    return !known;
  }
}
