import Foundation

/// What is wrong with a JSON file a `Decodable` type refused, in words a user can act on.
/// Foundation's decoder (swift-corelibs) reports a number that does not fit its field (`91.5` or
/// `1e300` for a count) as "The given data was not valid JSON", with no key: for valid JSON such
/// an error is narrowed down to the number by decoding again with each suspect number (not a
/// whole number, or beyond 64 bits) set to 0, in key order, until the error changes.
public enum JSONDecodingProblem {
    /// Suspect numbers tried at most (each try decodes the file again).
    static let maxProbes = 64

    /// `error` from decoding `data` as `type`, described.
    public static func describe<T: Decodable>(_ error: Error, data: Data, as type: T.Type, decoder: JSONDecoder) -> String {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return "the file is empty" }
        var snakeCase = false
        if case .convertFromSnakeCase = decoder.keyDecodingStrategy { snakeCase = true }
        guard case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty,
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return Self.words(error, snakeCase: snakeCase)
        }
        var suspects: [[PathStep]] = []
        collectSuspects(object, at: [], into: &suspects)
        for path in suspects.prefix(maxProbes) {
            let changed = replacing(object, at: path[...])
            guard let bytes = try? JSONSerialization.data(withJSONObject: changed, options: [.fragmentsAllowed]) else { continue }
            do {
                _ = try decoder.decode(type, from: bytes)
            } catch DecodingError.dataCorrupted(let again) where again.codingPath.isEmpty {
                continue
            } catch {}
            let value = number(object, at: path[...]).map { "\($0)" } ?? "?"
            return "\(name(path)): \(value) does not fit (a count or size is a whole number up to 2^63 − 1)"
        }
        return Self.words(error, snakeCase: snakeCase)
    }

    /// A decoding error without Swift's type dump: the key path and the decoder's own words. With
    /// `snakeCase` (a decoder converting the file's snake_case keys), keys are named as the file
    /// spells them (`wall_seconds`, not Swift's `wallSeconds`).
    static func words(_ error: Error, snakeCase: Bool = false) -> String {
        func key(_ k: CodingKey) -> String { k.intValue.map { "[\($0)]" } ?? (snakeCase ? Self.snakeCased(k.stringValue) : k.stringValue) }
        func path(_ c: DecodingError.Context) -> String {
            c.codingPath.map(key).joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case DecodingError.keyNotFound(let k, let c):
            return path(c).isEmpty ? "no key '\(key(k))'" : "\(path(c)): no key '\(key(k))'"
        case DecodingError.dataCorrupted(let c), DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return path(c).isEmpty ? c.debugDescription : "\(path(c)): \(c.debugDescription)"
        default: return "\(error)"
        }
    }

    /// `sampleRate` → `sample_rate`: the key `convertFromSnakeCase` read it from.
    static func snakeCased(_ name: String) -> String {
        var out = ""
        for c in name {
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    enum PathStep { case key(String), index(Int) }

    private static func name(_ path: [PathStep]) -> String {
        path.map { step -> String in
            switch step {
            case .key(let k): return k
            case .index(let i): return "[\(i)]"
            }
        }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    private static func isSuspect(_ n: NSNumber) -> Bool {
        let d = n.doubleValue
        return d != d.rounded() || abs(d) >= 0x1p63
    }

    private static func collectSuspects(_ value: Any, at path: [PathStep], into out: inout [[PathStep]]) {
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() { collectSuspects(object[key]!, at: path + [.key(key)], into: &out) }
        } else if let array = value as? [Any] {
            for (i, element) in array.enumerated() { collectSuspects(element, at: path + [.index(i)], into: &out) }
        } else if let n = value as? NSNumber, isSuspect(n) {
            out.append(path)
        }
    }

    private static func replacing(_ value: Any, at path: ArraySlice<PathStep>) -> Any {
        guard let step = path.first else { return 0 }
        switch step {
        case .key(let k):
            guard var object = value as? [String: Any], let inner = object[k] else { return value }
            object[k] = replacing(inner, at: path.dropFirst())
            return object
        case .index(let i):
            guard var array = value as? [Any], array.indices.contains(i) else { return value }
            array[i] = replacing(array[i], at: path.dropFirst())
            return array
        }
    }

    private static func number(_ value: Any, at path: ArraySlice<PathStep>) -> Any? {
        guard let step = path.first else { return value }
        switch step {
        case .key(let k): return (value as? [String: Any])?[k].flatMap { number($0, at: path.dropFirst()) }
        case .index(let i): return (value as? [Any]).flatMap { $0.indices.contains(i) ? number($0[i], at: path.dropFirst()) : nil }
        }
    }
}
