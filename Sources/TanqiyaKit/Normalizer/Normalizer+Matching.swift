extension Normalizer {
    /// The default, lossless clean-up: what rules match against (a block's `key`).
    public static let matching = Normalizer(options: .default)
}
