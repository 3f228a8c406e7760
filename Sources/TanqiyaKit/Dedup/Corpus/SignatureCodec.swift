/// Compact binary form of signature records, for the staged run (one stream per shard).
///
/// Header (12 bytes): `TQSG`, format version (1), 0, sketch words (UInt16), scheme tag (UInt32).
/// Then fixed-size records until the end: ordinal (Int64), exact hash (UInt64), shingle count
/// (UInt32), sketch words (UInt32 each) — 84 bytes with the default options. Little-endian.
public enum SignatureCodec {
    public static let magic: [UInt8] = Array("TQSG".utf8)
    public static let formatVersion: UInt8 = 1
    public static let headerSize = 12

    /// Bytes of one record for `options`.
    public static func recordSize(_ options: DedupOptions) -> Int { 20 + 4 * options.sketchWords }

    public static func header(options: DedupOptions) -> [UInt8] {
        var bytes = magic + [formatVersion, 0]
        put(UInt64(options.sketchWords), bytes: 2, into: &bytes)
        put(UInt64(options.schemeTag), bytes: 4, into: &bytes)
        return bytes
    }

    /// Appends one record (its signature must have been computed with the header's options).
    public static func append(_ record: SignatureRecord, to bytes: inout [UInt8]) {
        put(UInt64(bitPattern: Int64(record.ordinal)), bytes: 8, into: &bytes)
        put(record.signature.exactHash, bytes: 8, into: &bytes)
        put(UInt64(record.signature.shingleCount), bytes: 4, into: &bytes)
        for word in record.signature.sketch { put(UInt64(word), bytes: 4, into: &bytes) }
    }

    public static func encode(_ records: [SignatureRecord], options: DedupOptions) -> [UInt8] {
        var bytes = header(options: options)
        bytes.reserveCapacity(headerSize + records.count * recordSize(options))
        for record in records {
            precondition(record.signature.scheme == options.schemeTag && record.signature.sketch.count == options.sketchWords,
                         "signature #\(record.ordinal) was not computed with these options")
            append(record, to: &bytes)
        }
        return bytes
    }

    public static func decode(_ bytes: [UInt8]) throws(DedupError) -> (scheme: UInt32, records: [SignatureRecord]) {
        guard bytes.count >= headerSize, Array(bytes[0..<4]) == magic else {
            throw .malformedSignatureData(offset: 0, reason: "no TQSG header")
        }
        guard bytes[4] == formatVersion else {
            throw .malformedSignatureData(offset: 4, reason: "format version \(bytes[4]), this build reads \(formatVersion)")
        }
        let words = Int(get(bytes, at: 6, bytes: 2))
        let scheme = UInt32(get(bytes, at: 8, bytes: 4))
        let size = 20 + 4 * words
        let body = bytes.count - headerSize
        guard body % size == 0 else {
            throw .malformedSignatureData(
                offset: headerSize + body / size * size, reason: "truncated record (records are \(size) bytes)")
        }
        var records: [SignatureRecord] = []
        records.reserveCapacity(body / size)
        var offset = headerSize
        while offset < bytes.count {
            let ordinal = Int(Int64(bitPattern: get(bytes, at: offset, bytes: 8)))
            let exact = get(bytes, at: offset + 8, bytes: 8)
            let shingles = Int(get(bytes, at: offset + 16, bytes: 4))
            var sketch = [UInt32](repeating: 0, count: words)
            for w in 0..<words { sketch[w] = UInt32(get(bytes, at: offset + 20 + 4 * w, bytes: 4)) }
            records.append(SignatureRecord(
                ordinal: ordinal,
                signature: ArticleSignature(scheme: scheme, exactHash: exact, shingleCount: shingles, sketch: sketch)))
            offset += size
        }
        return (scheme, records)
    }

    static func put(_ value: UInt64, bytes count: Int, into bytes: inout [UInt8]) {
        for i in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(8 * i))) }
    }

    static func get(_ bytes: [UInt8], at offset: Int, bytes count: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<count { value |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        return value
    }
}
