/// "did you mean 'label'?" for a misspelt rule key, label, subcommand, option or outlet id: the
/// closest known name by edit distance, when it is close enough to be a typo.
public enum DidYouMean {
    /// Edits (insertions, deletions, substitutions, swaps of neighbours) allowed per name length:
    /// one for names up to 4 characters, two up to 8, three beyond. More than that is another
    /// word, and a wrong guess is worse than none.
    static func allowedEdits(_ length: Int) -> Int { length <= 4 ? 1 : length <= 8 ? 2 : 3 }

    /// The known name closest to `word`, if within `allowedEdits`; ties go to the first listed.
    public static func suggest(_ word: String, among known: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for name in known {
            // The distance is at least the difference in length: a word far longer than every
            // name (a 2 MB key) is compared with none, at no cost.
            guard abs(w.count - name.count) <= allowedEdits(max(w.count, name.count)) else { continue }
            let d = distance(w, Array(name.lowercased()))
            if d <= allowedEdits(max(w.count, name.count)), d < (best?.distance ?? .max) { best = (name, d) }
        }
        guard let best, best.distance > 0 else { return nil }
        return best.name
    }

    /// Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, rows[i - 2][j - 2] + 1) }
                rows[i][j] = d
            }
        }
        return rows[a.count][b.count]
    }
}
