/**
 * Values worked out from input text that recur across a batch (the template's wording, agency names), kept
 * by that text. Bounded, as input is: at its limit the cache forgets everything and starts again.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(private readonly limit = 4096) {}

  /** The value kept for `key`, or `make(key)`, then kept. */
  get(key: K, make: (key: K) => V): V {
    let value = this.entries.get(key)
    if (value === undefined) {
      value = make(key)
      if (this.entries.size >= this.limit) this.entries.clear()
      this.entries.set(key, value)
    }
    return value
  }
}
