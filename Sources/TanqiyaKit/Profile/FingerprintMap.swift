/// Nonzero 32-bit values by 64-bit fingerprint (0: absent): open addressing with linear probing,
/// the slot chosen by the fingerprint mixed with a seed drawn once per process, so lines crafted
/// to share their fingerprints' low bits do not pile into one run of slots. Nothing read from it
/// depends on the slots' order, so the seed changes no output.
struct FingerprintMap: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int
    /// The value of fingerprint 0 (0 marks an empty slot).
    private var zeroKeyValue: UInt32 = 0
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: StableHash.mix64(key ^ FingerprintSeed.value)) & mask
    }

    /// The value, 0 when absent; setting 0 is not allowed (use `filter` to remove).
    subscript(key: UInt64) -> UInt32 {
        get {
            if key == 0 { return zeroKeyValue }
            var s = slot(key)
            while true {
                let k = keys[s]
                if k == key { return values[s] }
                if k == 0 { return 0 }
                s = (s + 1) & mask
            }
        }
        set {
            precondition(newValue != 0, "FingerprintMap stores nonzero values")
            if key == 0 {
                if zeroKeyValue == 0 { count += 1 }
                zeroKeyValue = newValue
                return
            }
            var s = slot(key)
            while true {
                let k = keys[s]
                if k == key { values[s] = newValue; return }
                if k == 0 { break }
                s = (s + 1) & mask
            }
            keys[s] = key
            values[s] = newValue
            count += 1
            if count * 4 > keys.count * 3 { rebuild(capacity: keys.count, keeping: { _ in true }) }
        }
    }

    /// Keeps the entries whose value passes `keep`.
    mutating func filter(_ keep: (UInt32) -> Bool) {
        rebuild(capacity: count, keeping: keep)
    }

    private mutating func rebuild(capacity: Int, keeping keep: (UInt32) -> Bool) {
        var new = FingerprintMap(capacity: capacity)
        if zeroKeyValue != 0, keep(zeroKeyValue) { new[0] = zeroKeyValue }
        for s in keys.indices where keys[s] != 0 && keep(values[s]) { new[keys[s]] = values[s] }
        self = new
    }
}

/// The per-process seed of `FingerprintMap`'s slots.
enum FingerprintSeed {
    static let value = UInt64.random(in: UInt64.min...UInt64.max)
}
