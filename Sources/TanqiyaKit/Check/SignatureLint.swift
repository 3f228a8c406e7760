/// Lint warnings about detection weights: a signature that reaches its outlet's `min_score` on
/// its own, and stock phrases (lines of the generic chrome lists, printed by countless sites)
/// that reach it together. `OutletDetector` never lets one line decide, but a weight that says
/// otherwise misleads whoever reads the rule file, and stock phrases are weak evidence.
public enum SignatureLint {
    public static func warnings(rules: RuleSet, stock: ChromePhrases = .embedded) -> [RuleDiagnostic] {
        var out: [RuleDiagnostic] = []
        let samples = stockSamples(stock)
        for outlet in rules.outlets {
            let minScore = outlet.detection.minScore
            var stockIds: [String] = []
            var stockWeight = 0
            for sig in outlet.detection.signatures {
                let phrase = samples.first { sig.matcher.matches($0.block) }?.phrase
                if phrase != nil {
                    stockIds.append(sig.id)
                    stockWeight += sig.weight
                }
                guard sig.weight >= minScore else { continue }
                let at = outlet.ruleLocations[sig.id] ?? outlet.detectLocation
                let stockNote = phrase.map { " It matches «\($0.text)», a stock phrase of many sites (data/generic-chrome/\($0.label.rawValue).txt)." } ?? ""
                out.append(RuleDiagnostic(
                    file: outlet.file, line: at.line, column: at.column,
                    message: "signature '\(sig.id)' alone reaches min_score \(minScore) (weight \(sig.weight)): one line would "
                        + "name the outlet but for the rule that \(OutletDetector.minAgreeingSignatures) signatures must agree; "
                        + "give it less weight.\(stockNote)",
                    severity: .warning))
            }
            if stockIds.count >= OutletDetector.minAgreeingSignatures && stockWeight >= minScore {
                out.append(RuleDiagnostic(
                    file: outlet.file, line: outlet.detectLocation.line, column: outlet.detectLocation.column,
                    message: "stock-phrase signatures \(stockIds.joined(separator: ", ")) together reach min_score \(minScore) "
                        + "(weight \(stockWeight)): a page of any site that prints them would be claimed",
                    severity: .warning))
            }
        }
        return out
    }

    /// Each stock phrase as a line a page could print: the phrase alone, and followed by a value
    /// when its kind takes one («كلمات دلالية: …»).
    static func stockSamples(_ stock: ChromePhrases) -> [(phrase: ChromePhrases.Phrase, block: Block)] {
        var samples: [(ChromePhrases.Phrase, Block)] = []
        for p in stock.phrases {
            var texts = [p.text]
            switch p.kind {
            case .lead, .has, .date, .byline, .url: texts.append(p.text + ": 12 نص")
            case .count: texts.append("12 " + p.text)
            case .line, .list, .box, .tail: break
            }
            for t in texts {
                var block = Block(raw: t, line: 1)
                block.key = Normalizer.matching.normalize(t)
                samples.append((p, block))
            }
        }
        return samples
    }
}
