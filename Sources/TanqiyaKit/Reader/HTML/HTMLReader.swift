import Foundation

/// One HTML page as the reader hands it on.
public struct HTMLPage: Sendable, Equatable {
    /// One block per text block of the DOM (`line` is its position, from 1), with its features.
    public var blocks: [Block]
    public var metadata: HTMLMetadata
    public var encoding: DetectedEncoding
    public var encodingEvidence: EncodingEvidence
    /// Input bytes that became U+FFFD while decoding.
    public var replacedByteCount: Int
    /// Input cut to `HTMLParseLimits.maxInputBytes`.
    public var inputTruncated: Bool
    /// The walk stopped at `HTMLParseLimits.maxNodes` nodes (the rest of the page not read).
    public var nodeCapReached: Bool
    /// Subtrees below `HTMLParseLimits.maxDepth`, not read.
    public var skippedDeepSubtrees: Int
}

/// Reader entry point: raw page bytes → decided encoding → libxml2 → blocks and metadata.
public struct HTMLReader: Sendable {
    public var limits: HTMLParseLimits

    public init(limits: HTMLParseLimits = HTMLParseLimits()) { self.limits = limits }

    public func read(_ data: Data) -> HTMLPage { read([UInt8](data)) }

    public func read(_ bytes: [UInt8]) -> HTMLPage {
        // 1. Decide the encoding ourselves: libxml2 2.9 guesses Latin-1 and derails on one bad byte.
        let capped = bytes.count > limits.maxInputBytes ? Array(bytes[..<limits.maxInputBytes]) : bytes
        let decoded = EncodingDetector.decode(capped)
        // 2. Parse valid UTF-8, told so, into Swift values.
        let tree = LibXML2.parse(utf8: decoded.utf8, limits: limits)
        // 3. Blocks with features, and page metadata.
        return HTMLPage(blocks: BlockBuilder.build(tree), metadata: MetadataReader.read(tree),
                        encoding: decoded.encoding, encodingEvidence: decoded.evidence,
                        replacedByteCount: decoded.replacedByteCount,
                        inputTruncated: bytes.count > limits.maxInputBytes, nodeCapReached: tree.truncated,
                        skippedDeepSubtrees: tree.skippedDeepSubtrees)
    }
}
