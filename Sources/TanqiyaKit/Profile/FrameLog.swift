import Foundation
import Glibc

/// Page frames in input order, in a file: the profile pass writes one frame per page and reads
/// them back for its later steps, so memory does not grow with the number of pages; a staged run
/// writes one per shard and merges them. 32 bytes a line plus the text of short lines.
///
/// Layout (little-endian): the magic line `tanqiya-frames 2\n`; the profile sample's rate the
/// frames were taken at (`Double` bits as `UInt64`); per frame its byte length
/// (`UInt32`), then the host's length (`UInt16`, 0xFFFF: none) and bytes, the line count and the
/// text's length (`UInt32` each), one 32-byte record per line (text, date shape and label shape
/// fingerprints as `UInt64`; bytes `UInt32`; words `UInt16` with `endsSentence` and
/// `endsWithColon` in its top bits; the line's text length `UInt16`), and the lines' text; at the
/// end a `UInt32` 0xFFFF_FFFF, the frame count and a checksum of every byte before them (`UInt64`
/// each). A file cut short or changed says so when read.
public enum FrameLog {
    static let magic = Array("tanqiya-frames 2\n".utf8)
    static let endMarker: UInt32 = 0xFFFF_FFFF
    static let noHost: UInt16 = 0xFFFF
    static let lineRecordBytes = 32

    public enum Problem: Error, CustomStringConvertible, Equatable {
        case unwritable(String, String)
        case unreadable(String, String)
        case corrupted(String, String)

        public var description: String {
            switch self {
            case .unwritable(let path, let why): return "\(path): cannot write the page frames: \(why)"
            case .unreadable(let path, let why): return "\(path): cannot read the page frames: \(why)"
            case .corrupted(let path, let why): return "\(path): page frames damaged (\(why)); profile the inputs again"
            }
        }
    }

    static func checksum() -> StableHash.Streaming { StableHash.Streaming(seed: 0x6672_616D_6573) }

    /// Appends frames to a file (a new one at `path`, or an anonymous temporary one).
    public final class Writer {
        let path: String
        private let fd: Int32
        private var buffer: [UInt8] = []
        private var checksum = FrameLog.checksum()
        public private(set) var frames = 0

        /// A new file at `path` (it must not exist: created exclusively), of frames taken at `sampleRate`.
        public init(path: String, sampleRate: Double = 1) throws {
            self.path = path
            fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw Problem.unwritable(path, String(cString: strerror(errno))) }
            start(sampleRate)
        }

        /// An unnamed temporary file in `directory`, removed by the system when closed.
        public init(temporaryIn directory: String) throws {
            var template = Array("\(directory)/.tanqiya-frames-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            // Named by the folder: the file's random name says nothing to the user who set TMPDIR.
            guard fd >= 0 else {
                throw Problem.unwritable(directory, "\(String(cString: strerror(errno))) (the temporary folder: $TMPDIR, else /tmp)")
            }
            unlink(path)
            self.fd = fd
            start(1)
        }

        private func start(_ sampleRate: Double) {
            var header = FrameLog.magic
            FrameLog.put(sampleRate.bitPattern, &header)
            append(header)
        }

        deinit { close(fd) }

        public func write(_ frame: PageFrame) throws {
            append(FrameLog.encode(frame))
            frames += 1
            if buffer.count >= 1 << 20 { try flush() }
        }

        /// Writes the end marker; the file is complete.
        public func finish() throws {
            var end: [UInt8] = []
            FrameLog.put(FrameLog.endMarker, &end)
            FrameLog.put(UInt64(frames), &end)
            append(end)
            FrameLog.put(checksum.finish(), &buffer)
            try flush()
        }

        /// A reader of what was written, from the start (the same open file).
        public func reader() throws -> Reader {
            try flush()
            return try Reader(fd: dup(fd), path: path)
        }

        private func append(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { checksum.add($0) }
            buffer += bytes
        }

        private func flush() throws {
            var offset = 0
            while offset < buffer.count {
                let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, buffer.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Problem.unwritable(path, String(cString: strerror(errno)))
                }
                offset += n
            }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Reads frames back in order; checks the end marker, the count and the checksum. `next()`
    /// returns nil at the end and at the first problem, which `problem` then holds: callers loop,
    /// then check once. (A loop around a throwing `next()` was miscompiled by Swift 6.3.1's
    /// optimiser: its caller saw an error where none was thrown.)
    public final class Reader {
        /// Why reading stopped early, if it did.
        public private(set) var problem: Problem?
        /// The sample rate the frames were taken at.
        public private(set) var sampleRate: Double?
        let path: String
        private let fd: Int32
        private var buffer: [UInt8] = []
        private var position = 0
        private var checksum = FrameLog.checksum()
        private var frames: UInt64 = 0
        private var ended = false

        public convenience init(path: String) throws {
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw Problem.unreadable(path, String(cString: strerror(errno))) }
            try self.init(fd: fd, path: path)
        }

        init(fd: Int32, path: String) throws {
            self.fd = fd
            self.path = path
            guard fd >= 0, lseek(fd, 0, SEEK_SET) == 0 else { throw Problem.unreadable(path, String(cString: strerror(errno))) }
            guard try take(FrameLog.magic.count) == FrameLog.magic else {
                throw Problem.corrupted(path, "not a frame file of this version")
            }
            sampleRate = Double(bitPattern: FrameLog.load(UInt64.self, try take(8)))
        }

        deinit { close(fd) }

        /// The next frame, or nil after the last one (the file checked whole) or at a problem.
        public func next() -> PageFrame? {
            guard !ended, problem == nil else { return nil }
            do {
                return try read()
            } catch let problem as Problem {
                self.problem = problem
            } catch {
                self.problem = .unreadable(path, "\(error)")
            }
            return nil
        }

        private func read() throws -> PageFrame? {
            let length = FrameLog.load(UInt32.self, try take(4))
            if length == FrameLog.endMarker {
                let count = FrameLog.load(UInt64.self, try take(8))
                let expected = checksum.finish()
                let stored = FrameLog.load(UInt64.self, try take(8, checked: false))
                guard count == frames else { throw Problem.corrupted(path, "\(frames) frames, the end says \(count)") }
                guard stored == expected else { throw Problem.corrupted(path, "checksum mismatch") }
                ended = true
                return nil
            }
            guard length <= 1 << 30 else { throw Problem.corrupted(path, "a frame of \(length) bytes") }
            frames += 1
            let payload = try take(Int(length))
            switch payload.withUnsafeBytes({ Self.decode($0) }) {
            case .success(let frame): return frame
            case .failure(let why): throw Problem.corrupted(path, why.message)
            }
        }

        struct Damage: Error { var message: String }

        static func decode(_ p: UnsafeRawBufferPointer) -> Result<PageFrame, Damage> {
            var at = 0
            func need(_ n: Int) -> Bool { at + n <= p.count }
            guard need(2) else { return .failure(Damage(message: "a frame ends early")) }
            let hostLength = FrameLog.load(UInt16.self, p, at)
            at += 2
            var host: String?
            if hostLength != FrameLog.noHost {
                guard need(Int(hostLength)) else { return .failure(Damage(message: "a frame ends early")) }
                host = String(decoding: UnsafeRawBufferPointer(rebasing: p[at..<at + Int(hostLength)]), as: UTF8.self)
                at += Int(hostLength)
            }
            guard need(8) else { return .failure(Damage(message: "a frame ends early")) }
            let count = Int(FrameLog.load(UInt32.self, p, at))
            let textLength = Int(FrameLog.load(UInt32.self, p, at + 4))
            at += 8
            guard count <= p.count / FrameLog.lineRecordBytes, at + count * FrameLog.lineRecordBytes + textLength == p.count else {
                return .failure(Damage(message: "a frame's lengths do not add up"))
            }
            var lines: [LineSignature] = []
            var textEnds: [UInt32] = []
            lines.reserveCapacity(count)
            textEnds.reserveCapacity(count)
            var textEnd: UInt32 = 0
            for _ in 0..<count {
                let words = FrameLog.load(UInt16.self, p, at + 28)
                lines.append(LineSignature(text: FrameLog.load(UInt64.self, p, at), dateShape: FrameLog.load(UInt64.self, p, at + 8),
                                           labelShape: FrameLog.load(UInt64.self, p, at + 16),
                                           bytes: Int(FrameLog.load(UInt32.self, p, at + 24)), words: Int(words & 0x3FFF),
                                           endsSentence: words & 0x8000 != 0, endsWithColon: words & 0x4000 != 0))
                textEnd += UInt32(FrameLog.load(UInt16.self, p, at + 30))
                textEnds.append(textEnd)
                at += FrameLog.lineRecordBytes
            }
            guard Int(textEnd) == textLength else { return .failure(Damage(message: "a frame's text lengths do not add up")) }
            return .success(PageFrame(host: host, lines: lines, textBytes: Array(UnsafeRawBufferPointer(rebasing: p[at...])),
                                      textEnds: textEnds))
        }

        /// The next `n` bytes (read into the buffer as needed).
        private func take(_ n: Int, checked: Bool = true) throws -> [UInt8] {
            while buffer.count - position < n {
                if position > 0 { buffer.removeFirst(position); position = 0 }
                let want = max(1 << 20, n - buffer.count)
                let old = buffer.count
                buffer += repeatElement(0, count: want)
                let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + old, want) }
                if got < 0 {
                    buffer.removeLast(want)
                    if errno == EINTR { continue }
                    throw Problem.unreadable(path, String(cString: strerror(errno)))
                }
                buffer.removeLast(want - got)
                if got == 0 { throw Problem.corrupted(path, "cut short") }
            }
            let bytes = Array(buffer[position..<position + n])
            position += n
            if checked { bytes.withUnsafeBufferPointer { checksum.add($0) } }
            return bytes
        }
    }

    /// A frame's record: its length, then the frame (see the layout above).
    static func encode(_ frame: PageFrame) -> [UInt8] {
        let host = frame.host.map { Array($0.utf8.prefix(Int(noHost) - 1)) }
        let size = 2 + (host?.count ?? 0) + 8 + frame.lines.count * lineRecordBytes + frame.textBytes.count
        var out: [UInt8] = []
        out.reserveCapacity(4 + size)
        put(UInt32(size), &out)
        put(host.map { UInt16($0.count) } ?? noHost, &out)
        if let host { out += host }
        put(UInt32(frame.lines.count), &out)
        put(UInt32(frame.textBytes.count), &out)
        var textStart: UInt32 = 0
        for (n, line) in frame.lines.enumerated() {
            put(line.text, &out)
            put(line.dateShape, &out)
            put(line.labelShape, &out)
            put(UInt32(clamping: line.bytes), &out)
            put(UInt16(clamping: line.words) & 0x3FFF | (line.endsSentence ? 0x8000 : 0) | (line.endsWithColon ? 0x4000 : 0), &out)
            put(UInt16(frame.textEnds[n] - textStart), &out)
            textStart = frame.textEnds[n]
        }
        out += frame.textBytes
        return out
    }

    @inline(__always)
    static func put<T: FixedWidthInteger>(_ value: T, _ out: inout [UInt8]) {
        // Least significant byte first, whatever the host's order.
        var v = value
        for _ in 0..<MemoryLayout<T>.size {
            out.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    @inline(__always)
    static func load<T: FixedWidthInteger>(_: T.Type, _ p: UnsafeRawBufferPointer, _ at: Int) -> T {
        T(littleEndian: p.loadUnaligned(fromByteOffset: at, as: T.self))
    }

    static func load<T: FixedWidthInteger>(_: T.Type, _ bytes: [UInt8]) -> T {
        bytes.withUnsafeBytes { load(T.self, $0, 0) }
    }
}
