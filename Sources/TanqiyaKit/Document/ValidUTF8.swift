/// Strings from bytes that are valid UTF-8 by construction (a page checked once, a normaliser's
/// output): copied without the validation `String(decoding:)` would run again.
extension String {
    /// A string of bytes known to be valid UTF-8, copied without validating them again.
    static func copying(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes)))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether all of `bytes` are ASCII: the string is flagged so (as `String(decoding:)` would),
    /// which keeps comparisons and other string operations on their fast paths.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}
