import Glibc

/// Messages to standard error (fd 2), written with write(2) and never failing the run: a
/// closed descriptor (`2>&-`), a full log disk (`2>/dev/full`) or a log reader gone lose the
/// messages, not the outputs. Foundation's `FileHandle.write(_:)` traps on any write error,
/// which crashed the whole run (status 132, no output) for one unwritable warning.
public enum StandardError {
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }  // lost: nothing else can be told where messages go
                offset += n
            }
        }
    }
}
