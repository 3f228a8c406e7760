/// Deterministic 64-bit hashing for signatures: the same bytes give the same value in every run,
/// process and machine (unlike Swift's per-process seeded `Hasher`). Little-endian byte order is
/// fixed by construction (bytes are assembled by shifts, never loaded as host words).
enum StableHash {
    /// Folds the 128-bit product of `a` and `b` into 64 bits (the "mum" step of wyhash).
    @inline(__always)
    static func mum(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        return high ^ low
    }

    /// MurmurHash3's 64-bit finaliser: a bijection whose output bits each depend on every input bit.
    @inline(__always)
    static func mix64(_ x: UInt64) -> UInt64 {
        var z = x
        z ^= z >> 33
        z &*= 0xFF51_AFD7_ED55_8CCD
        z ^= z >> 33
        z &*= 0xC4CE_B9FE_1A85_EC53
        z ^= z >> 33
        return z
    }

    static let p0: UInt64 = 0xA076_1D64_78BD_642F
    static let p1: UInt64 = 0xE703_7ED1_A0B4_28DB
    static let p2: UInt64 = 0x8EBC_6AF0_9C88_C6E3
    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// SplitMix64: derives the MinHash permutation constants from the fixed seed (the tests use
    /// it as their seeded generator too).
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Byte-at-a-time feeder of a word-at-a-time hash (for the exact key, whose bytes are produced
    /// one code point at a time while the text is walked). Eight bytes are packed little-endian
    /// into one word, and each word costs one 64×64→128 multiply.
    struct Streaming {
        private var state: UInt64
        private var pending: UInt64 = 0
        private var shift: UInt64 = 0
        private(set) var length: UInt64 = 0

        init(seed: UInt64) { state = seed ^ StableHash.p0 }

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            pending |= UInt64(byte) &<< shift
            shift &+= 8
            length &+= 1
            if shift == 64 {
                state = StableHash.mum(pending ^ StableHash.p1, state ^ StableHash.p2)
                pending = 0
                shift = 0
            }
        }

        /// Same result as adding the bytes one by one; whole words are read 8 bytes at a time.
        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            var i = 0
            let n = bytes.count
            while shift != 0, i < n {
                add(bytes[i])
                i += 1
            }
            if n - i >= 8 {
                let raw = UnsafeRawPointer(bytes.baseAddress!)
                while n - i >= 8 {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    state = StableHash.mum(word ^ StableHash.p1, state ^ StableHash.p2)
                    length &+= 8
                    i += 8
                }
            }
            while i < n {
                add(bytes[i])
                i += 1
            }
        }

        func finish() -> UInt64 {
            let last = StableHash.mum(pending ^ StableHash.p1 ^ length, state ^ StableHash.p0)
            return StableHash.mix64(last ^ length)
        }
    }
}
