private import CZlib

/// gzip decompression (zlib): `.html.gz` pages whole (`decompress`), `.jsonl.gz` and gzipped text
/// dumps as they are read (`GzipStream`). The only file that touches zlib.
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

/// A gzip stream decompressed as it is read (`.jsonl.gz`, a gzipped text dump): the compressed
/// bytes come from `source` a chunk at a time and the decompressed ones are given at most
/// `count` at a time, so memory stays at one chunk of each whatever the sizes (a bomb costs time,
/// never memory). Members one after the other (`cat a.gz b.gz`) are read as one stream, as
/// gzip reads them.
public final class GzipStream {
    /// The next compressed bytes; empty at the end.
    public typealias Source = () throws -> [UInt8]

    private let source: Source
    /// zlib keeps a pointer back to its stream: the stream stays at one address.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var input: UnsafeMutablePointer<UInt8>
    private var inputCapacity: Int
    private var sourceDone = false
    private var finished = false
    /// A failure met after some bytes were decompressed: those are given first, then it is thrown.
    private var pendingFailure: Error?

    /// `first`: compressed bytes already taken from the source (the ones that showed the magic number).
    public init(first: [UInt8], source: @escaping Source) throws {
        self.source = source
        stream.initialize(to: z_stream())
        inputCapacity = max(first.count, 1)
        input = UnsafeMutablePointer<UInt8>.allocate(capacity: inputCapacity)
        guard inflateInit2_(stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            input.deallocate()
            stream.deallocate()
            throw Gzip.Problem.corrupt("cannot initialise zlib")
        }
        feed(first)
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        input.deallocate()
    }

    /// Hands zlib the next compressed bytes (the ones before are all consumed).
    private func feed(_ bytes: [UInt8]) {
        if bytes.count > inputCapacity {
            input.deallocate()
            inputCapacity = bytes.count
            input = UnsafeMutablePointer<UInt8>.allocate(capacity: inputCapacity)
        }
        bytes.withUnsafeBufferPointer { input.update(from: $0.baseAddress!, count: $0.count) }
        stream.pointee.next_in = input
        stream.pointee.avail_in = UInt32(min(bytes.count, Int(UInt32.max)))
    }

    /// Up to `count` decompressed bytes (fewer only at the end); empty at the end. Throws on a
    /// corrupt or truncated stream, or when the source fails.
    public func read(upTo count: Int) throws -> [UInt8] {
        if let pendingFailure {
            self.pendingFailure = nil
            throw pendingFailure
        }
        guard !finished, count > 0 else { return [] }
        let room = min(count, Gzip.maxSlice)
        var failure: Error?
        let out = [UInt8](unsafeUninitializedCapacity: room) { buffer, produced in
            produced = 0
            do {
                while produced < room && !finished {
                    if stream.pointee.avail_in == 0 && !sourceDone {
                        let more = try source()
                        if more.isEmpty { sourceDone = true } else { feed(more) }
                    }
                    stream.pointee.next_out = buffer.baseAddress! + produced
                    stream.pointee.avail_out = UInt32(room - produced)
                    let status = inflate(stream, Z_NO_FLUSH)
                    produced = room - Int(stream.pointee.avail_out)
                    switch status {
                    case Z_STREAM_END:
                        // Another member follows when more bytes do (gzip's magic number; else the end):
                        // two bytes to look at, even when a chunk ends between them.
                        while stream.pointee.avail_in < 2 && !sourceDone {
                            let more = try source()
                            if more.isEmpty { sourceDone = true; break }
                            let left = stream.pointee.next_in.map { Array(UnsafeBufferPointer(start: $0, count: Int(stream.pointee.avail_in))) } ?? []
                            feed(left + more)
                        }
                        let next = stream.pointee.next_in
                        if stream.pointee.avail_in >= 2, let next, next[0] == 0x1F, next[1] == 0x8B, inflateReset(stream) == Z_OK {
                            continue
                        }
                        finished = true
                    case Z_OK: continue
                    case Z_BUF_ERROR where stream.pointee.avail_in == 0 && sourceDone:
                        throw Gzip.Problem.corrupt("truncated")
                    case Z_BUF_ERROR: continue
                    default:
                        throw Gzip.Problem.corrupt(stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)")
                    }
                }
            } catch {
                failure = error
            }
        }
        if let failure {
            finished = true
            // The lines before a truncation are read, as zcat gives them, then the failure.
            if out.isEmpty { throw failure }
            pendingFailure = failure
        }
        return out
    }
}
