/// The memory of the deduplication: the kept articles only (duplicates are never added).
///
/// Per kept article, with the default options:
/// - 64 B sketch (128 × 4-bit MinHash values), 8 B exact hash, 8 B ordinal, in pages of 1,024
///   articles (no doubling slack);
/// - one 4-byte slot in the exact table and in each of the 16 band tables (open addressing, linear
///   probing, grown by 1.5× at load 0.8, so load stays in 0.53–0.8). A slot holds only the kept
///   article's number + 1; the key it stands for is read back from that article's sketch (band
///   key) or exact hash, so a table costs 4 bytes / load per article, not 12 / load.
///
/// Total: 80 + 17 × 4 / load = 165–208 B per kept article (≈ 185 B at the average load).
///
/// Band tables keep the *first* kept article per band key: a later kept article that shares a
/// band key with it is not added to that band (the bucket would only grow with articles already
/// known to be < threshold apart), which bounds the candidates per lookup to one per band.
struct KeptIndex: Sendable {
    let bands: Int
    let wordsPerBand: Int
    let sketchWords: Int
    let bitsPerValue: Int

    private var ordinals: PagedStore<Int>
    private var exactHashes: PagedStore<UInt64>
    private var sketches: PagedStore<UInt32>
    private var exactTable = SlotTable()
    private var bandTables: [SlotTable]

    init(options: DedupOptions) {
        bands = options.bands
        wordsPerBand = options.wordsPerBand
        sketchWords = options.sketchWords
        bitsPerValue = options.bitsPerValue
        ordinals = PagedStore(width: 1)
        exactHashes = PagedStore(width: 1)
        sketches = PagedStore(width: options.sketchWords)
        bandTables = Array(repeating: SlotTable(), count: options.bands)
    }

    var count: Int { ordinals.count }

    func ordinal(ofKept id: Int) -> Int { ordinals[id, 0] }

    /// Bytes the index reserves (capacities, not counts: whole pages, whole tables). What it asks
    /// for, not what the allocator rounds that up to, so the figure is the same in every run.
    var bytes: Int {
        ordinals.bytes + exactHashes.bytes + sketches.bytes + exactTable.bytes
            + bandTables.reduce(0) { $0 + $1.bytes }
    }

    // MARK: Lookups

    /// The kept article with the same exact hash and the same sketch, if any.
    func exactMatch(_ signature: ArticleSignature) -> Int? {
        let hash = signature.exactHash
        return signature.sketch.withUnsafeBufferPointer { query in
            exactTable.find(hash: StableHash.mix64(hash)) { id in
                exactHashes[id, 0] == hash && sketches.withItem(id) { $0.elementsEqual(query) }
            }
        }
    }

    /// The kept article that owns `band`'s bucket for this sketch, if any.
    func bandOwner(_ band: Int, of sketch: UnsafeBufferPointer<UInt32>) -> Int? {
        let start = band * wordsPerBand
        let hash = Self.bandHash(sketch, start: start, width: wordsPerBand)
        return bandTables[band].find(hash: hash) { id in
            sketches.withItem(id) { stored in
                for w in start..<start + wordsPerBand where stored[w] != sketch[w] { return false }
                return true
            }
        }
    }

    /// Number of the `bands × rows` b-bit values that agree between kept article `id` and `sketch`.
    func matchingValues(kept id: Int, _ sketch: UnsafeBufferPointer<UInt32>, values: Int) -> Int {
        let bits = bitsPerValue
        let differing = sketches.withItem(id) { stored in
            var total = 0
            for w in 0..<sketchWords { total &+= Self.nonZeroFields(stored[w] ^ sketch[w], bits: bits) }
            return total
        }
        return values - differing
    }

    /// Number of non-zero `bits`-wide fields in `x` (padding fields are zero on both sides).
    @inline(__always)
    static func nonZeroFields(_ x: UInt32, bits: Int) -> Int {
        var t = x | (x >> 1)
        switch bits {
        case 4:
            t |= t >> 2
            return (t & 0x1111_1111).nonzeroBitCount
        case 8:
            t |= t >> 2
            t |= t >> 4
            return (t & 0x0101_0101).nonzeroBitCount
        case 16:
            t |= t >> 2
            t |= t >> 4
            t |= t >> 8
            return (t & 0x0001_0001).nonzeroBitCount
        default:
            return x == 0 ? 0 : 1
        }
    }

    // MARK: Insertion

    /// Adds a kept article. `freeBands[b]` is false where band `b`'s bucket already has an owner.
    mutating func insert(_ signature: ArticleSignature, ordinal: Int, freeBands: UnsafeBufferPointer<Bool>) {
        let id = count
        ordinals.append(CollectionOfOne(ordinal))
        exactHashes.append(CollectionOfOne(signature.exactHash))
        sketches.append(signature.sketch)

        let hashes = exactHashes
        exactTable.insert(id: id, hash: StableHash.mix64(signature.exactHash)) { other in
            StableHash.mix64(hashes[other, 0])
        }
        guard signature.hasShingles else { return }
        let stored = sketches
        let width = wordsPerBand
        signature.sketch.withUnsafeBufferPointer { sketch in
            for band in 0..<bands where freeBands[band] {
                bandTables[band].insert(id: id, hash: Self.bandHash(sketch, start: band * width, width: width)) { other in
                    stored.withItem(other) { Self.bandHash($0, start: band * width, width: width) }
                }
            }
        }
    }

    // MARK: Removal

    /// Removes the articles kept last until `keptCount` remain, as if they had never been kept
    /// (an input that failed after its articles were kept, its output dropped, takes them back
    /// out). A band bucket one of them owned is empty again: an older article with that band key
    /// would have owned it instead, so there is none.
    mutating func removeLast(downTo keptCount: Int) {
        while count > max(keptCount, 0) {
            let id = count - 1
            let hashes = exactHashes
            exactTable.remove(id: id, hash: StableHash.mix64(hashes[id, 0])) { StableHash.mix64(hashes[$0, 0]) }
            let stored = sketches
            let width = wordsPerBand
            stored.withItem(id) { sketch in
                for band in 0..<bands {
                    bandTables[band].remove(id: id, hash: Self.bandHash(sketch, start: band * width, width: width)) { other in
                        stored.withItem(other) { Self.bandHash($0, start: band * width, width: width) }
                    }
                }
            }
            ordinals.removeLast()
            exactHashes.removeLast()
            sketches.removeLast()
        }
    }

    @inline(__always)
    private static func bandHash(_ sketch: UnsafeBufferPointer<UInt32>, start: Int, width: Int) -> UInt64 {
        var h: UInt64 = 0
        for w in start..<start + width {
            h = StableHash.mix64(h &+ UInt64(sketch[w]) &+ 0x9E37_79B9_7F4A_7C15)
        }
        return h
    }
}

/// Open-addressing table of kept-article numbers (slot = number + 1, 0 = empty). The keys live
/// outside the table; callers pass the key's hash and a predicate that checks a candidate.
struct SlotTable: Sendable {
    private(set) var slots = [UInt32](repeating: 0, count: 16)
    private(set) var count = 0

    var bytes: Int { slots.count * MemoryLayout<UInt32>.stride }

    @inline(__always)
    private static func home(_ hash: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((hash >> 32) &* UInt64(capacity)) >> 32)
    }

    @inline(__always)
    func find(hash: UInt64, where isMatch: (Int) -> Bool) -> Int? {
        slots.withUnsafeBufferPointer { s in
            let capacity = s.count
            var i = Self.home(hash, capacity: capacity)
            while true {
                let slot = s[i]
                if slot == 0 { return nil }
                if isMatch(Int(slot) - 1) { return Int(slot) - 1 }
                i += 1
                if i == capacity { i = 0 }
            }
        }
    }

    /// Adds `id` (whose key hashes to `hash`); `rehash` gives the hash of any stored id on growth.
    mutating func insert(id: Int, hash: UInt64, rehash: (Int) -> UInt64) {
        precondition(id < Int(UInt32.max), "the dedup index holds at most 4,294,967,294 kept articles")
        if (count + 1) * 5 > slots.count * 4 { grow(rehash: rehash) }
        place(UInt32(id + 1), hash: hash)
        count += 1
    }

    /// Removes `id` (whose key hashes to `hash`; nothing when it is not there). The entries after
    /// it in its run move back where their probe passes the hole (backward-shift deletion: no
    /// tombstone, lookups stay as short); `rehash` gives any stored id's hash.
    mutating func remove(id: Int, hash: UInt64, rehash: (Int) -> UInt64) {
        let capacity = slots.count
        let target = UInt32(id + 1)
        var i = Self.home(hash, capacity: capacity)
        while slots[i] != target {
            if slots[i] == 0 { return }
            i = i + 1 == capacity ? 0 : i + 1
        }
        var hole = i
        var j = i
        while true {
            j = j + 1 == capacity ? 0 : j + 1
            let slot = slots[j]
            if slot == 0 { break }
            let home = Self.home(rehash(Int(slot) - 1), capacity: capacity)
            // The entry at j may fill the hole when its probe from `home` passes the hole.
            if (j - home + capacity) % capacity >= (j - hole + capacity) % capacity {
                slots[hole] = slot
                hole = j
            }
        }
        slots[hole] = 0
        count -= 1
    }

    private mutating func place(_ slot: UInt32, hash: UInt64) {
        slots.withUnsafeMutableBufferPointer { s in
            let capacity = s.count
            var i = Self.home(hash, capacity: capacity)
            while s[i] != 0 {
                i += 1
                if i == capacity { i = 0 }
            }
            s[i] = slot
        }
    }

    private mutating func grow(rehash: (Int) -> UInt64) {
        let old = slots
        slots = [UInt32](repeating: 0, count: old.count + old.count / 2)
        for slot in old where slot != 0 { place(slot, hash: rehash(Int(slot) - 1)) }
    }
}

/// Storage of fixed-width items, appended (and removed) at the end, in pages of `pageItems`, so growing never copies and
/// never leaves the up-to-2× slack of a doubling array.
struct PagedStore<Element: Sendable & BitwiseCopyable>: Sendable {
    static var pageItems: Int { 1024 }
    let width: Int
    private var pages: [[Element]] = []
    private(set) var count = 0

    init(width: Int) { self.width = width }

    var bytes: Int {
        pages.count * (Self.pageItems * width * MemoryLayout<Element>.stride + MemoryLayout<[Element]>.stride)
    }

    subscript(item: Int, field: Int) -> Element {
        pages[item / Self.pageItems][(item % Self.pageItems) * width + field]
    }

    @inline(__always)
    func withItem<R>(_ item: Int, _ body: (UnsafeBufferPointer<Element>) -> R) -> R {
        pages[item / Self.pageItems].withUnsafeBufferPointer { page in
            body(UnsafeBufferPointer(rebasing: page[(item % Self.pageItems) * width ..< (item % Self.pageItems + 1) * width]))
        }
    }

    mutating func append<C: Collection>(_ item: C) where C.Element == Element {
        precondition(item.count == width)
        if count % Self.pageItems == 0 {
            var page: [Element] = []
            page.reserveCapacity(Self.pageItems * width)
            pages.append(page)
        }
        pages[pages.count - 1].append(contentsOf: item)
        count += 1
    }

    /// Removes the last item (an emptied page goes with it, so `append` starts a new one).
    mutating func removeLast() {
        precondition(count > 0, "PagedStore.removeLast on an empty store")
        pages[pages.count - 1].removeLast(width)
        count -= 1
        if count % Self.pageItems == 0 { pages.removeLast() }
    }
}
