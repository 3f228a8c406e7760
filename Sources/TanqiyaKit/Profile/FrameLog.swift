import Foundation
import Glibc

/// Page frames in input order, in a file: the profile pass writes one frame per page and reads
/// them back for its later steps, so memory does not grow with the number of pages; a staged run
/// writes one per shard and merges them. About 30 bytes a line plus the text of short lines.
///
/// Layout: the magic line `tanqiya-frames 1\n`; per frame a little-endian `UInt32` length and the
/// frame; at the end a `UInt32` 0xFFFF_FFFF, the frame count and a checksum of every byte before
/// it (`UInt64` each). A file cut short or changed says so when read.
public enum FrameLog {
    static let magic = Array("tanqiya-frames 1\n".utf8)
    static let endMarker: UInt32 = 0xFFFF_FFFF
    static let noText: UInt16 = 0xFFFF

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

    /// Appends frames to a file (a new one at `path`, or an anonymous temporary one).
    public final class Writer {
        let path: String
        private let fd: Int32
        private var buffer: [UInt8] = []
        private var checksum = StableHash.Streaming(seed: 0x6672_616D_6573)
        public private(set) var frames = 0

        /// A new file at `path` (it must not exist: created exclusively).
        public init(path: String) throws {
            self.path = path
            fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Problem.unwritable(path, String(cString: strerror(errno))) }
            append(FrameLog.magic)
        }

        /// An unnamed temporary file in `directory`, removed by the system when closed.
        public init(temporaryIn directory: String) throws {
            var template = Array("\(directory)/.tanqiya-frames-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            guard fd >= 0 else { throw Problem.unwritable(path, String(cString: strerror(errno))) }
            unlink(path)
            self.fd = fd
            append(FrameLog.magic)
        }

        deinit { close(fd) }

        public func write(_ frame: PageFrame) throws {
            var payload: [UInt8] = []
            payload.reserveCapacity(16 + frame.lines.count * 32)
            if let host = frame.host {
                let bytes = Array(host.utf8.prefix(0xFFFE))
                FrameLog.put(UInt16(bytes.count), &payload)
                payload += bytes
            } else {
                FrameLog.put(UInt16(0xFFFF), &payload)
            }
            FrameLog.put(UInt32(frame.lines.count), &payload)
            for (n, line) in frame.lines.enumerated() {
                FrameLog.put(line.text, &payload)
                FrameLog.put(line.dateShape, &payload)
                FrameLog.put(line.labelShape, &payload)
                FrameLog.put(UInt32(clamping: line.bytes), &payload)
                // Words (at most `LineSignature.wordCap`), `endsSentence` and `endsWithColon` in the top bits.
                FrameLog.put(UInt16(clamping: line.words) & 0x3FFF | (line.endsSentence ? 0x8000 : 0)
                             | (line.endsWithColon ? 0x4000 : 0), &payload)
                if let text = frame.texts[n], text.utf8.count < Int(FrameLog.noText) {
                    FrameLog.put(UInt16(text.utf8.count), &payload)
                    payload += text.utf8
                } else {
                    FrameLog.put(FrameLog.noText, &payload)
                }
            }
            var length: [UInt8] = []
            FrameLog.put(UInt32(payload.count), &length)
            append(length)
            append(payload)
            frames += 1
            if buffer.count >= 1 << 20 { try flush() }
        }

        /// Writes the end marker; the file is complete.
        public func finish() throws {
            var end: [UInt8] = []
            FrameLog.put(FrameLog.endMarker, &end)
            FrameLog.put(UInt64(frames), &end)
            append(end)
            var sum: [UInt8] = []
            FrameLog.put(checksum.finish(), &sum)
            buffer += sum
            try flush()
            if fsync(fd) != 0, errno != EINVAL { throw Problem.unwritable(path, String(cString: strerror(errno))) }
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

    /// Reads frames back in order; checks the end marker, the count and the checksum.
    public final class Reader {
        let path: String
        private let fd: Int32
        private var buffer: [UInt8] = []
        private var position = 0
        private var checksum = StableHash.Streaming(seed: 0x6672_616D_6573)
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
            guard try take(FrameLog.magic.count) == FrameLog.magic else { throw Problem.corrupted(path, "not a frame file") }
        }

        deinit { close(fd) }

        /// The next frame, or nil after the last one (the file checked whole).
        public func next() throws -> PageFrame? {
            guard !ended else { return nil }
            let length = try u32(take(4))
            if length == FrameLog.endMarker {
                let count = try u64(take(8))
                let expected = checksum.finish()
                let stored = try u64(take(8, checked: false))
                guard count == frames else { throw Problem.corrupted(path, "\(frames) frames, the end says \(count)") }
                guard stored == expected else { throw Problem.corrupted(path, "checksum mismatch") }
                ended = true
                return nil
            }
            guard length <= 1 << 30 else { throw Problem.corrupted(path, "a frame of \(length) bytes") }
            let payload = try take(Int(length))
            frames += 1
            return try Self.decode(payload, path: path)
        }

        static func decode(_ p: [UInt8], path: String) throws -> PageFrame {
            var at = 0
            func need(_ n: Int) throws {
                guard at + n <= p.count else { throw Problem.corrupted(path, "a frame ends early") }
            }
            func u16() throws -> UInt16 { try need(2); defer { at += 2 }; return UInt16(p[at]) | UInt16(p[at + 1]) << 8 }
            func u32() throws -> UInt32 { try need(4); defer { at += 4 }; return FrameLog.get32(p, at) }
            func u64() throws -> UInt64 { try need(8); defer { at += 8 }; return FrameLog.get64(p, at) }
            func text(_ n: Int) throws -> String {
                try need(n)
                defer { at += n }
                return String(decoding: p[at..<at + n], as: UTF8.self)
            }
            let hostLength = try u16()
            let host = hostLength == 0xFFFF ? nil : try text(Int(hostLength))
            let count = Int(try u32())
            guard count <= p.count / 30 + 1 else { throw Problem.corrupted(path, "\(count) lines in \(p.count) bytes") }
            var lines: [LineSignature] = []
            var texts: [String?] = []
            lines.reserveCapacity(count)
            texts.reserveCapacity(count)
            for _ in 0..<count {
                let (fingerprint, date, label, bytes, words) = (try u64(), try u64(), try u64(), try u32(), try u16())
                let signature = LineSignature(text: fingerprint, dateShape: date, labelShape: label, bytes: Int(bytes),
                                              words: Int(words & 0x3FFF), endsSentence: words & 0x8000 != 0,
                                              endsWithColon: words & 0x4000 != 0)
                let textLength = try u16()
                lines.append(signature)
                texts.append(textLength == FrameLog.noText ? nil : try text(Int(textLength)))
            }
            guard at == p.count else { throw Problem.corrupted(path, "a frame has trailing bytes") }
            return PageFrame(host: host, lines: lines, texts: texts)
        }

        private func take(_ n: Int, checked: Bool = true) throws -> [UInt8] {
            while buffer.count - position < n {
                if position > 0 { buffer.removeFirst(position); position = 0 }
                var chunk = [UInt8](repeating: 0, count: max(1 << 20, n))
                let got = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
                if got < 0 {
                    if errno == EINTR { continue }
                    throw Problem.unreadable(path, String(cString: strerror(errno)))
                }
                if got == 0 { throw Problem.corrupted(path, "cut short") }
                buffer += chunk[..<got]
            }
            let out = Array(buffer[position..<position + n])
            position += n
            if checked { out.withUnsafeBufferPointer { checksum.add($0) } }
            return out
        }

        private func u32(_ b: [UInt8]) -> UInt32 { FrameLog.get32(b, 0) }
        private func u64(_ b: [UInt8]) -> UInt64 { FrameLog.get64(b, 0) }
    }

    static func put<T: FixedWidthInteger>(_ value: T, _ out: inout [UInt8]) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { out += $0 }
    }

    static func get32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }

    static func get64(_ b: [UInt8], _ at: Int) -> UInt64 {
        UInt64(get32(b, at)) | UInt64(get32(b, at + 4)) << 32
    }
}
