/// readability-style main-content candidates (experimental).
struct CandidateScorer {
    let t: GenericTunables

    struct Result {
        var top: Int
        var included: [Int]
        var score: [Double]
    }

    static func commaCount(_ s: String) -> Int {
        var c = 0
        var prev: UInt8 = 0
        for b in s.utf8 {
            if b == 0x2C { c += 1 }
            if prev == 0xD8 && b == 0x8C { c += 1 }  // ،
            prev = b
        }
        return c
    }

    func choose(_ table: ElementTable, blocks: [Block], cfClass: [ParagraphClass], chars: [Int],
                hints: [ElementTable.Hint]) -> Result? {
        let m = table.elements.count
        guard m > 0 else { return nil }
        var hasChild = [Bool](repeating: false, count: m)
        var children = [[Int]](repeating: [], count: m)
        for e in 0..<m where table.elements[e].parent >= 0 {
            hasChild[table.elements[e].parent] = true
            children[table.elements[e].parent].append(e)
        }
        var links = [Double](repeating: 0, count: m)
        var raw = [Double](repeating: 0, count: m)
        var touched = [Bool](repeating: false, count: m)
        for i in blocks.indices where table.blockElement[i] >= 0 {
            let l = Double(blocks[i].features?.linkCharCount ?? 0)
            var e = table.blockElement[i]
            var hinted = false
            while e >= 0 { links[e] += l; if hints[e] != .none && hints[e] != .positive { hinted = true }; e = table.elements[e].parent }
            guard !hinted, chars[i] >= 25, (blocks[i].features?.headingLevel ?? 0) == 0 else { continue }
            let w = 1 + Double(Self.commaCount(blocks[i].key)) + Double(min(chars[i] / 100, 3))
            let e0 = table.blockElement[i]
            var a = hasChild[e0] ? e0 : table.elements[e0].parent
            var level = 0
            while a >= 0 && level < 5 {
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                raw[a] += w / divider
                touched[a] = true
                a = table.elements[a].parent
                level += 1
            }
        }
        var score = [Double](repeating: 0, count: m)
        var top = -1
        for e in 0..<m where touched[e] {
            let el = table.elements[e]
            let total = Double(el.chars)
            let ld = total > 0 ? min(1, links[e] / total) : 0
            var s = raw[e] + Self.tagWeight(el.tag)
            if hints[e] == .positive { s *= 1.5 }
            s *= 1 - ld
            score[e] = s
            if top < 0 || s > score[top] { top = e }
        }
        guard top >= 0 else { return nil }
        let bestScore = score[top]
        if Exp.on("DBG") {
            let order = (0..<m).filter { touched[$0] }.sorted { score[$0] > score[$1] }.prefix(8)
            for e in order { Exp.log("cand e\(e) \(table.elements[e].tag) d\(table.elements[e].depth) score \(Int(score[e])) raw \(Int(raw[e])) chars \(table.elements[e].chars) ld \(Int(100*links[e]/Double(max(1,table.elements[e].chars)))) first: \(Exp.firstText(table, blocks, e))") }
        }
        // Climb while the parent's score goes up (content split across children).
        var parent = table.elements[top].parent
        var last = score[top]
        let threshold = last / 3
        while parent >= 0 && table.elements[parent].tag != "body" {
            if !touched[parent] { parent = table.elements[parent].parent; continue }
            if score[parent] < threshold { break }
            if score[parent] > last { top = parent; break }
            last = score[parent]
            parent = table.elements[parent].parent
        }
        // The only child: its parent.
        while table.elements[top].parent >= 0, children[table.elements[top].parent].count == 1,
              table.elements[table.elements[top].parent].tag != "body" {
            top = table.elements[top].parent
        }
        // Siblings.
        var included = [top]
        let p = table.elements[top].parent
        if p >= 0 {
            let thresholdS = max(10, score[top] * 0.2)
            for s in children[p] where s != top {
                let el = table.elements[s]
                let total = Double(el.chars)
                let ld = total > 0 ? links[s] / total : 0
                var append = touched[s] && score[s] >= thresholdS
                if !append && !hasChild[s] {
                    if el.chars > 80 && ld < 0.25 { append = true }
                }
                if append && hints[s] != .none && hints[s] != .positive { append = false }
                if append { included.append(s) }
            }
        }
        if Exp.on("SPLIT") {
            let alpha = Exp.on("S3") ? 0.3 : Exp.on("S5") ? 0.5 : 0.4
            for e in 0..<m where touched[e] && score[e] >= alpha * bestScore && !table.isAncestor(e, of: top) && !table.isAncestor(top, of: e) && e != top {
                if included.contains(where: { $0 == e || table.isAncestor($0, of: e) }) { continue }
                included.removeAll { table.isAncestor(e, of: $0) }
                included.append(e)
            }
        }
        if Exp.on("DBG") { Exp.log("chosen \(included.map { "e\($0) \(table.elements[$0].tag)" })") }
        return Result(top: top, included: included, score: score)
    }

    static func tagWeight(_ tag: String) -> Double {
        switch tag {
        case "div": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }
}

import Foundation
enum Exp {
    static let flags: Set<String> = Set((ProcessInfo.processInfo.environment["TANQIYA_EXP"] ?? "").split(separator: ",").map(String.init))
    static func on(_ f: String) -> Bool { flags.contains(f) }
}

extension Exp {
    static func log(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }
    static func firstText(_ table: ElementTable, _ blocks: [Block], _ e: Int) -> String {
        for i in blocks.indices where table.isInside(block: i, element: e) { return String(blocks[i].key.prefix(60)) }
        return ""
    }
}
