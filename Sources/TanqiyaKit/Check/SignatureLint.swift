/// Lint warnings about detection weights: a signature that reaches its outlet's `min_score` on
/// its own, and stock phrases (lines of the generic chrome lists, printed by countless sites)
/// that reach it together. `OutletDetector` never lets one line decide, but a weight that says
/// otherwise misleads whoever reads the rule file, and stock phrases are weak evidence.
public enum SignatureLint {
    public static func warnings(rules: RuleSet, stock: ChromePhrases = .embedded) -> [RuleDiagnostic] {
        var out: [RuleDiagnostic] = []
        let samples = stockSamples(stock)
        let chrome = ChromeLineClassifier(lists: stock)
        for outlet in rules.outlets {
            let minScore = outlet.detection.minScore
            var stockIds: [String] = []
            var stockWeight = 0
            for sig in outlet.detection.signatures {
                let stockNote = stockNote(sig.matcher, samples: samples, chrome: chrome)
                if stockNote != nil {
                    stockIds.append(sig.id)
                    stockWeight += sig.weight
                }
                guard sig.weight >= minScore else { continue }
                let at = outlet.ruleLocations[sig.id] ?? outlet.detectLocation
                out.append(RuleDiagnostic(
                    file: outlet.file, line: at.line, column: at.column,
                    message: "signature \(Quoted.single(sig.id)) alone reaches min_score \(minScore) (weight \(sig.weight)): one line would "
                        + "name the outlet but for the rule that \(OutletDetector.minAgreeingSignatures) signatures must agree; "
                        + "give it less weight.\(stockNote.map { " " + $0 } ?? "")",
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

    /// Why a signature is a stock line, if it is: it matches a stock phrase (as a page would print
    /// it), or one of its exact lines is what the generic path reads as a phrase-like header of any
    /// site («فتاوى ذات صلة»: a list header by its shape).
    static func stockNote(_ matcher: LineMatcher, samples: [(phrase: ChromePhrases.Phrase, block: Block)],
                          chrome: ChromeLineClassifier) -> String? {
        if let phrase = samples.first(where: { matcher.matches($0.block) })?.phrase {
            return "It matches «\(phrase.text)», a stock phrase of many sites (data/generic-chrome/\(phrase.label.rawValue).txt)."
        }
        for line in matcher.spec.exact.map(\.string).sorted() {
            if let m = chrome.classify(LineWords(line), arabicPage: true), m.kind != nil {
                return "It is \(Quoted.guillemets(line)), a stock line of many sites (\(m.rule))."
            }
        }
        return nil
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
                block.key = RuleLoader.defaultKey(t)
                samples.append((p, block))
            }
        }
        return samples
    }
}
