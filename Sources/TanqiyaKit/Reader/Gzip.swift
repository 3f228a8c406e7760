private import CZlib

/// gzip decompression (zlib), for `.html.gz` pages. The only file that touches zlib.
public enum Gzip {
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case corrupt(String)

        public var description: String {
            switch self {
            case .corrupt(let why): return "not a valid gzip stream: \(why)"
            }
        }
    }

    /// Whether the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// zlib counts in 32 bits: input and output are handed to it in slices of at most this many
    /// bytes, so an input or output of any size is never cut short or trapped on.
    public static let maxSlice = 1 << 30

    /// The first `limit` decompressed bytes (all of them when there are fewer; of every member, as
    /// gzip reads a file of several concatenated members): a decompression
    /// bomb costs `limit` bytes of memory and the time to produce them, no more. A caller that
    /// passes its own cap + 1 learns from the count whether there was more. `slice` is how much
    /// input and output zlib sees per call (`maxSlice`; smaller only to test the slicing).
    public static func decompress(_ input: [UInt8], limit: Int, slice: Int = maxSlice) throws -> [UInt8] {
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Problem.corrupt("cannot initialise zlib")
        }
        defer { inflateEnd(&stream) }
        let slice = max(1, min(slice, Int(UInt32.max)))
        // Room for the whole output when the trailer's size is right (the usual case: no
        // growing); doubled when it is not, up to `limit`.
        var capacity = max(1, min(limit, input.withUnsafeBufferPointer { expectedSize($0) }))
        var output = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { output.deallocate() }
        var produced = 0
        try input.withUnsafeBufferPointer { inBuf in
            var fed = 0
            while produced < limit {
                if stream.avail_in == 0 && fed < inBuf.count {
                    let n = min(slice, inBuf.count - fed)
                    stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress! + fed)
                    stream.avail_in = UInt32(n)
                    fed += n
                }
                if produced == capacity {
                    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: min(limit, 2 * capacity))
                    grown.update(from: output, count: produced)
                    output.deallocate()
                    output = grown
                    capacity = min(limit, 2 * capacity)
                }
                let room = min(slice, capacity - produced)
                stream.next_out = output + produced
                stream.avail_out = UInt32(room)
                let status = inflate(&stream, Z_NO_FLUSH)
                produced += room - Int(stream.avail_out)
                switch status {
                case Z_STREAM_END:
                    // `cat a.gz b.gz` is one gzip file of two members, and gzip reads them all:
                    // a member follows when the next bytes are gzip's magic number.
                    let next = fed - Int(stream.avail_in)
                    guard next + 1 < inBuf.count, inBuf[next] == 0x1F, inBuf[next + 1] == 0x8B, inflateReset(&stream) == Z_OK else { return }
                case Z_OK: continue
                case Z_BUF_ERROR where stream.avail_in == 0 && fed == inBuf.count:
                    throw Problem.corrupt("truncated")
                case Z_BUF_ERROR: continue  // no room or no input this call: both are refilled above
                default: throw Problem.corrupt(stream.msg.map { String(cString: $0) } ?? "zlib status \(status)")
                }
            }
        }
        return Array(UnsafeBufferPointer(start: output, count: produced))
    }

    /// The decompressed size the gzip trailer gives (ISIZE, the size modulo 2^32) when it is at
    /// most 64 times the input; else four times the input.
    static func expectedSize(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        let n = input.count
        guard n >= smallestMember else { return 1 << 16 }
        return max(decompressedSize(compressed: n, trailer: input[(n - 4)...]), 1)
    }

    /// A gzip member's header (10 bytes) and trailer (8): a shorter file holds no member.
    static let smallestMember = 18

    /// The decompressed size of a gzip file of `compressed` bytes ending in `trailer` (its last
    /// four bytes, ISIZE: the last member's size modulo 2^32), when that is at most 64 times the
    /// file (a page compresses five to twenty times; a bomb's ISIZE is not taken at its word,
    /// nor one wrapped past 4 GiB); else four times the file. An estimate: of a file of several
    /// members only the last one's size is there.
    static func decompressedSize(compressed: Int, trailer: some Collection<UInt8>) -> Int {
        let isize = trailer.reversed().reduce(0) { $0 << 8 | Int($1) }
        return isize <= 64 * compressed ? isize : 4 * compressed
    }
}
