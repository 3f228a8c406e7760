/// One line of `--duplicates`: `{"id","duplicate_of","kind","similarity"}`. One-process runs and
/// the staged apply step both write it here, so their files stay byte-identical.
enum DuplicateLine {
    static func make(id: String, duplicateOf: String, kind: String, similarity: Double) -> [UInt8] {
        var line: [UInt8] = Array("{\"id\":".utf8)
        JSONString.append(id, to: &line)
        line += Array(",\"duplicate_of\":".utf8)
        JSONString.append(duplicateOf, to: &line)
        line += Array(",\"kind\":\"\(kind)\",\"similarity\":\(String(format: "%.4f", similarity))}\n".utf8)
        return line
    }
}
