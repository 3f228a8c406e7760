/// "1 input", "2 inputs", "0 duplicates": a count with its noun in the right number.
/// `plural` for nouns that do not take an "s" ("1 rule fires" / "2 rules fire" is the caller's).
public func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
}
