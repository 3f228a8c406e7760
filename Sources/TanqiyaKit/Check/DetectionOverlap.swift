/// Lint: an outlet whose content signatures would also claim a fixture that belongs to another
/// outlet (a signature too loose, or a new outlet copying another's chrome).
public enum DetectionOverlap {
    /// One diagnostic per (outlet, fixture) where the outlet's signatures would claim a page
    /// detected as another outlet (or as none): `OutletDetector.claims`, URL hosts aside.
    public static func problems(rules: RuleSet, fixtures: [Fixture]) -> [RuleDiagnostic] {
        var problems: [RuleDiagnostic] = []
        let pipeline = Pipeline(rules: rules, options: PipelineOptions(writer: WriterOptions(format: nil, keepDocument: true)))
        PageScheduler().run(fixtures.map(\.item), work: pipeline.clean) { event in
            guard case .page(let n, let page) = event, let document = page.document else { return }
            for outlet in rules.outlets where outlet.id != document.outlet {
                let (score, matched, lines) = OutletDetector.score(outlet, blocks: document.blocks)
                guard OutletDetector.claims(outlet, score: score, lines: lines) else { continue }
                let owner = document.outlet ?? "no outlet"
                problems.append(RuleDiagnostic(
                    file: outlet.file, line: outlet.detectLocation.line, column: outlet.detectLocation.column,
                    message: "detection of \(Quoted.single(outlet.id)) also claims \(fixtures[n].name) (\(owner)'s page): "
                        + "signatures \(matched.joined(separator: ", ")) agree, score \(score) ≥ min_score \(outlet.detection.minScore)"))
            }
        }
        return problems
    }
}
