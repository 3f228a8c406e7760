/// A hash table keyed by `ByteKey` that uses the key's fingerprint as the hash.
///
/// The fingerprint is already a well-mixed 64-bit hash of the bytes, kept with every block's
/// key; `Dictionary` and `Set` would still run SipHash over it on every lookup, which the
/// per-line paths (exact rule lines, signature lines, in-page repeats) paid once per line and
/// rule. Here a lookup is a few loads, a fingerprint comparison and one byte comparison to
/// confirm. Open addressing with linear probing, never more than half full. The keys are often
/// a page's own lines, untrusted: the fingerprint is keyed by a per-process secret
/// (`ByteKey.fingerprint`), so no page can be made whose lines share a slot; a collision would
/// cost time, never a wrong answer.
struct ByteKeyTable<Value> {
    /// Per slot: the entry's index + 1, or 0 for an empty slot.
    private var slots: [Int32]
    private var slotFingerprints: [UInt64]
    private(set) var keys: [ByteKey] = []
    private(set) var values: [Value] = []
    private var mask: Int

    init(minimumCapacity: Int = 8) {
        var size = 16
        while size < 2 * minimumCapacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        slotFingerprints = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// The entry index of `key` (its position in `keys` and `values`), or nil.
    @inline(__always)
    func index(of key: ByteKey) -> Int? {
        var s = Int(truncatingIfNeeded: key.fingerprint) & mask
        while true {
            let entry = Int(slots[s])
            if entry == 0 { return nil }
            if slotFingerprints[s] == key.fingerprint, keys[entry - 1].string.sameBytes(key.string) { return entry - 1 }
            s = (s + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: ByteKey) -> Bool { index(of: key) != nil }

    subscript(key: ByteKey) -> Value? {
        guard let i = index(of: key) else { return nil }
        return values[i]
    }

    /// Adds `key` with `value` unless it is there; returns the entry index and whether it was added.
    @discardableResult
    mutating func insert(_ key: ByteKey, _ value: Value) -> (index: Int, inserted: Bool) {
        if let i = index(of: key) { return (i, false) }
        if 2 * (keys.count + 1) > slots.count { grow() }
        keys.append(key)
        values.append(value)
        place(fingerprint: key.fingerprint, entry: keys.count)
        return (keys.count - 1, true)
    }

    /// Changes the value of entry `index` (as returned by `index(of:)` or `insert`).
    mutating func setValue(_ value: Value, at index: Int) { values[index] = value }

    mutating func removeAll() {
        guard !keys.isEmpty else { return }
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for s in slots.indices { slots[s] = 0 }
    }

    private mutating func place(fingerprint: UInt64, entry: Int) {
        var s = Int(truncatingIfNeeded: fingerprint) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(entry)
        slotFingerprints[s] = fingerprint
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        slotFingerprints = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for (n, key) in keys.enumerated() { place(fingerprint: key.fingerprint, entry: n + 1) }
    }
}

extension ByteKeyTable where Value == Void {
    /// A set of keys.
    init<S: Sequence>(_ keys: S) where S.Element == ByteKey {
        self.init()
        for key in keys { insert(key, ()) }
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}
