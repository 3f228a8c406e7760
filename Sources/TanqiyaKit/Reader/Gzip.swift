private import CZlib

/// gzip decompression (zlib), for `.html.gz` pages. The only file that touches zlib.
public enum Gzip {
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case corrupt(String)
        case tooLarge(Int)

        public var description: String {
            switch self {
            case .corrupt(let why): return "not a valid gzip stream: \(why)"
            case .tooLarge(let limit): return "decompresses to more than \(limit) bytes"
            }
        }
    }

    /// Whether the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// The decompressed bytes; at most `limit` of them (a guard against decompression bombs).
    public static func decompress(_ input: [UInt8], limit: Int = 256 << 20) throws -> [UInt8] {
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Problem.corrupt("cannot initialise zlib")
        }
        defer { inflateEnd(&stream) }
        let chunkSize = 1 << 16
        var output: [UInt8] = []
        var status: Int32 = Z_OK
        try input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = UInt32(inBuf.count)
            // First, straight into the result: as many whole chunks as the gzip trailer's size says
            // (within the limit and a plausible ratio), so what follows goes on exactly as below.
            let first = min(firstCapacity(inBuf, chunkSize: chunkSize), limit / chunkSize * chunkSize)
            if first > 0 {
                output = try [UInt8](unsafeUninitializedCapacity: first) { buf, count in
                    stream.next_out = buf.baseAddress
                    stream.avail_out = UInt32(buf.count)
                    while true {
                        status = inflate(&stream, Z_NO_FLUSH)
                        count = buf.count - Int(stream.avail_out)
                        guard status == Z_OK || status == Z_STREAM_END || (status == Z_BUF_ERROR && stream.avail_in == 0) else {
                            throw Problem.corrupt(stream.msg.map { String(cString: $0) } ?? "zlib status \(status)")
                        }
                        if status != Z_OK || stream.avail_out == 0 { break }
                    }
                }
                if status == Z_BUF_ERROR { throw Problem.corrupt("truncated") }
            }
            // Then chunk by chunk.
            guard status != Z_STREAM_END else { return }
            var chunk = [UInt8](repeating: 0, count: chunkSize)
            repeat {
                try chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    guard status == Z_OK || status == Z_STREAM_END || (status == Z_BUF_ERROR && stream.avail_in == 0) else {
                        throw Problem.corrupt(stream.msg.map { String(cString: $0) } ?? "zlib status \(status)")
                    }
                    let produced = outBuf.count - Int(stream.avail_out)
                    guard output.count + produced <= limit else { throw Problem.tooLarge(limit) }
                    output.append(contentsOf: outBuf[0..<produced])
                }
                if status == Z_BUF_ERROR { throw Problem.corrupt("truncated") }
            } while status != Z_STREAM_END
        }
        return output
    }

    /// Room for the whole output in whole chunks: the trailer's ISIZE (the size modulo 2^32),
    /// when it is at most 64 times the input; else four times the input.
    static func firstCapacity(_ input: UnsafeBufferPointer<UInt8>, chunkSize: Int) -> Int {
        let n = input.count
        guard n >= 18 else { return chunkSize }
        let isize = Int(input[n - 4]) | Int(input[n - 3]) << 8 | Int(input[n - 2]) << 16 | Int(input[n - 1]) << 24
        let size = isize <= 64 * n ? isize : 4 * n
        return max(1, (size + chunkSize - 1) / chunkSize) * chunkSize
    }
}
