/// Lint: an outlet whose content signatures would also claim a fixture that belongs to another
/// outlet (a signature too loose, or a new outlet copying another's chrome).
public enum DetectionOverlap {
    /// One diagnostic per (outlet, fixture) where the outlet reaches its `min_score` on a page
    /// detected as another outlet (or as none).
    public static func problems(rules: RuleSet, fixtures: [Fixture]) -> [RuleDiagnostic] {
        var problems: [RuleDiagnostic] = []
        let pipeline = Pipeline(rules: rules, options: PipelineOptions(writer: WriterOptions(format: nil, keepDocument: true)))
        PageScheduler().run(fixtures.map(\.item), work: pipeline.clean) { event in
            guard case .page(let n, let page) = event, let document = page.document else { return }
            for outlet in rules.outlets where outlet.id != document.outlet {
                let (score, matched) = OutletDetector.score(outlet, blocks: document.blocks)
                guard score >= outlet.detection.minScore, !matched.isEmpty else { continue }
                let owner = document.outlet ?? "no outlet"
                problems.append(RuleDiagnostic(
                    file: outlet.file, line: outlet.detectLocation.line, column: outlet.detectLocation.column,
                    message: "detection of '\(outlet.id)' also claims \(fixtures[n].name) (\(owner)'s page): "
                        + "signatures \(matched.joined(separator: ", ")) score \(score) ≥ min_score \(outlet.detection.minScore)"))
            }
        }
        return problems
    }
}
