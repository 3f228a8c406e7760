import Foundation
import XCTest
@testable import TanqiyaKit

final class CorpusDedupIndexTests: XCTestCase {
    let computer = SignatureComputer()

    private func run(_ texts: [String], options: DedupOptions = DedupOptions()) -> [DedupVerdict] {
        let signer = SignatureComputer(options: options)
        var dedup = CorpusDeduplicator(options: options)
        return texts.enumerated().map { dedup.check(signer.signature(of: $0.element), ordinal: $0.offset) }
    }

    func testExactDuplicateIsDetected() {
        var generator = ArabicNewsGenerator(seed: 1)
        let a = ArabicNewsGenerator.text(generator.article())
        let b = ArabicNewsGenerator.text(generator.article())
        let verdicts = run([a, b, a, " " + a.replacingOccurrences(of: "\n", with: "\n\n") + "\n"])
        XCTAssertEqual(verdicts, [.unique, .unique, .exact(of: 0), .exact(of: 0)])
        XCTAssertEqual(verdicts[2].similarity, 1)
        XCTAssertEqual(verdicts[2].kind, .exact)
    }

    func testNearDuplicateWithDiacriticsAndOneEditedSentence() {
        let sentences = [
            "أعلنت وزارة الصحة اليوم عن ارتفاع عدد الإصابات الجديدة في العاصمة إلى مستوى لم تشهده منذ أشهر.",
            "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الفرق الطبية تعمل على مدار الساعة لاحتواء الوضع.",
            "وأضاف أن المستشفيات الحكومية رفعت درجة الاستعداد القصوى وخصصت أجنحة إضافية لاستقبال المرضى.",
            "ودعت الوزارة المواطنين إلى الالتزام بالإجراءات الوقائية وتجنب التجمعات الكبيرة خلال الأيام المقبلة.",
            "من جهتها رحبت منظمة الصحة العالمية بالإجراءات المتخذة وأكدت استعدادها لتقديم الدعم الفني اللازم.",
            "وأشار التقرير إلى أن معظم الحالات المسجلة خفيفة ولا تستدعي دخول المستشفى في الوقت الحالي.",
            "وتواجه البلاد ضغوطا اقتصادية كبيرة بسبب تراجع عائدات السياحة وارتفاع أسعار المواد الغذائية.",
            "ويتوقع خبراء أن تستمر الموجة الحالية عدة أسابيع قبل أن تبدأ الأرقام في التراجع التدريجي.",
            "وكانت الحكومة قد أعلنت الشهر الماضي عن خطة شاملة لتطوير القطاع الصحي وتحديث المعدات الطبية.",
            "وتشمل الخطة بناء مستشفيات جديدة في المحافظات الجنوبية وتدريب آلاف الممرضين والأطباء الشباب.",
            "كما خصصت الحكومة ميزانية إضافية لشراء اللقاحات والأدوية من الأسواق الدولية بأسعار مناسبة.",
            "وفي سياق متصل أعلنت الجامعات تأجيل الامتحانات النهائية إلى موعد يحدد لاحقا بالتنسيق مع الوزارة.",
            "وطالب نواب في البرلمان بعقد جلسة طارئة لمناقشة تداعيات الأزمة على الاقتصاد والخدمات العامة.",
            "ورد وزير الصحة بأن الوضع تحت السيطرة وأن الحكومة لن تتردد في اتخاذ أي إجراءات إضافية.",
            "وختم المتحدث بالتأكيد على أهمية التعاون بين جميع المؤسسات لتجاوز هذه المرحلة الصعبة بأقل الخسائر.",
        ]
        let original = sentences.joined(separator: " ")
        var edited = sentences
        edited[6] = "وتواجه البلاد ضغوطا مالية متزايدة بسبب تراجع عائدات السياحة وارتفاع أسعار المواد الغذائية."
        let republished = edited.joined(separator: " ")
            .replacingOccurrences(of: "أعلنت", with: "أَعْلَنَتْ")
            .replacingOccurrences(of: "الصحة", with: "الصِّحَّة")
            .replacingOccurrences(of: "المستشفيات", with: "المُستَشفيات")
        let verdicts = run([original, republished])
        XCTAssertEqual(verdicts[0], .unique)
        guard case let .near(of, similarity) = verdicts[1] else { return XCTFail("not a near duplicate: \(verdicts[1])") }
        XCTAssertEqual(of, 0)
        XCTAssertGreaterThanOrEqual(similarity, DedupOptions.defaultThreshold)
        XCTAssertLessThan(similarity, 1)
    }

    func testDifferentArticlesOnTheSameTopicAreNotDuplicates() {
        var generator = ArabicNewsGenerator(seed: 5)
        let phrases = generator.topicPhrases(4)  // shared set phrases, as same-story coverage has
        let texts = (0..<20).map { _ in ArabicNewsGenerator.text(generator.article(words: 250, phrases: phrases)) }
        XCTAssertEqual(run(texts), Array(repeating: .unique, count: 20))
        // Even at a low threshold, independent write-ups stay far apart.
        let loose = run(texts, options: DedupOptions(threshold: 0.4))
        XCTAssertEqual(loose.filter(\.isDuplicate).count, 0)
    }

    func testFirstOccurrenceInInputOrderIsKept() {
        var generator = ArabicNewsGenerator(seed: 9)
        let sentences = generator.article(words: 300)
        let original = ArabicNewsGenerator.text(sentences)
        let variant = ArabicNewsGenerator.text(generator.nearDuplicate(of: sentences))
        let other = ArabicNewsGenerator.text(generator.article(words: 300))

        let forward = run([other, original, variant, original])
        XCTAssertEqual(forward[0], .unique)
        XCTAssertEqual(forward[1], .unique)
        XCTAssertEqual(forward[2].kind, .near)
        XCTAssertEqual(forward[2].duplicateOf, 1)
        XCTAssertEqual(forward[3], .exact(of: 1))

        let backward = run([variant, other, original])
        XCTAssertEqual(backward[0], .unique, "whichever comes first is kept")
        XCTAssertEqual(backward[2].duplicateOf, 0)
    }

    func testDuplicatesAreReportedAgainstKeptArticlesOnly() {
        // A copy of a dropped near duplicate is reported against the kept original, never
        // against the dropped copy.
        var generator = ArabicNewsGenerator(seed: 13)
        let sentences = generator.article(words: 300)
        let variant = ArabicNewsGenerator.text(generator.nearDuplicate(of: sentences))
        let verdicts = run([ArabicNewsGenerator.text(sentences), variant, variant])
        XCTAssertEqual(verdicts[1].duplicateOf, 0)
        XCTAssertEqual(verdicts[2], verdicts[1])
    }

    func testShortTextsDeduplicateOnlyWhenTheirFoldedWordsAreEqual() {
        let verdicts = run(["عاجل: انفجار في بيروت", "عاجلٌ - انفجارٌ في بيروت!", "عاجل: انفجار في غزة", "", "", "…"])
        XCTAssertEqual(verdicts[0], .unique)
        XCTAssertEqual(verdicts[1], .near(of: 0, similarity: 1))
        XCTAssertEqual(verdicts[2], .unique)
        XCTAssertEqual(verdicts[3], .unique)
        XCTAssertEqual(verdicts[4], .exact(of: 3), "two empty texts are the same text")
        XCTAssertEqual(verdicts[5], .unique, "no words: only the exact key applies")
    }

    func testDisabledKeepsEverything() {
        let options = DedupOptions(enabled: false)
        XCTAssertEqual(run(["نص واحد مكرر", "نص واحد مكرر"], options: options), [.unique, .unique])
    }

    func testDefaultsSCurveCatchesTheThresholdAndRejectsUnrelatedPairs() throws {
        let options = DedupOptions()
        try options.validate()
        XCTAssertEqual(options.minhashValues, 128)
        XCTAssertEqual(options.bitsPerValue, 4)
        XCTAssertEqual(options.sketchWords, 16)
        XCTAssertGreaterThan(options.candidateProbability(jaccard: 0.8), 0.95)
        XCTAssertGreaterThan(options.candidateProbability(jaccard: 0.85), 0.99)
        XCTAssertLessThan(options.candidateProbability(jaccard: 0.5), 0.12)
        XCTAssertLessThan(options.candidateProbability(jaccard: 0.3), 0.005)
        XCTAssertEqual(options.requiredMatches, 104)  // (104/128 − 1/16) / (15/16) = 0.8
        XCTAssertThrowsError(try DedupOptions(threshold: 1.5).validate())
        XCTAssertThrowsError(try DedupOptions(bands: 0).validate())
        XCTAssertEqual(DedupOptions(rows: 5).bitsPerValue, 8)
        XCTAssertEqual(DedupOptions(rows: 5).sketchWords, 32)
    }

    func testOtherBandAndRowShapesWork() {
        var generator = ArabicNewsGenerator(seed: 21)
        let sentences = generator.article(words: 300)
        let texts = [ArabicNewsGenerator.text(sentences), ArabicNewsGenerator.text(generator.nearDuplicate(of: sentences)),
                     ArabicNewsGenerator.text(generator.article(words: 300))]
        for (bands, rows) in [(20, 5), (9, 13), (32, 2), (4, 1)] {
            let verdicts = run(texts, options: DedupOptions(threshold: 0.7, bands: bands, rows: rows))
            XCTAssertEqual(verdicts[0], .unique, "\(bands)×\(rows)")
            XCTAssertEqual(verdicts[1].duplicateOf, 0, "\(bands)×\(rows)")
            XCTAssertEqual(verdicts[2], .unique, "\(bands)×\(rows)")
        }
    }

    // MARK: Staged run = streaming run

    struct PlantedCorpus {
        var texts: [String] = []
        /// For each planted duplicate: its ordinal, the ordinal of its source.
        var planted: [Int: Int] = [:]
    }

    static func plantedCorpus(seed: UInt64, count: Int) -> PlantedCorpus {
        var generator = ArabicNewsGenerator(seed: seed)
        var corpus = PlantedCorpus()
        var originals: [(ordinal: Int, sentences: [String])] = []
        let topics = (0..<8).map { _ in generator.topicPhrases(3) }
        for ordinal in 0..<count {
            let roll = generator.int(0..<10)
            if roll < 4, !originals.isEmpty {
                let source = generator.pick(originals)
                let sentences = roll < 2 ? source.sentences : generator.nearDuplicate(of: source.sentences)
                corpus.texts.append(ArabicNewsGenerator.text(sentences))
                corpus.planted[ordinal] = source.ordinal
            } else {
                let sentences = generator.article(words: generator.int(120..<500), phrases: generator.pick(topics))
                originals.append((ordinal, sentences))
                corpus.texts.append(ArabicNewsGenerator.text(sentences))
            }
        }
        return corpus
    }

    func testStagedClusteringEqualsStreamingDecisions() throws {
        let corpus = Self.plantedCorpus(seed: 2024, count: 400)
        let options = DedupOptions()

        // Streaming, as one `tanqiya clean` run does it.
        var streaming = CorpusDeduplicator(options: options)
        var streamed: [DedupDecision] = []
        let signatures = corpus.texts.map { computer.signature(of: $0) }
        for (ordinal, signature) in signatures.enumerated() {
            if let decision = DedupDecision(ordinal: ordinal, verdict: streaming.check(signature, ordinal: ordinal)) {
                streamed.append(decision)
            }
        }
        let streamedDecisions = DedupDecisions(articles: signatures.count, dropped: streamed)

        // Staged: 3 shards (interleaved, as round-robin jobs would split the input), each written
        // in binary, read back, handed to the global step shards-reversed and shuffled.
        var shardFiles: [[UInt8]] = []
        for shard in 0..<3 {
            let records = signatures.enumerated().filter { $0.offset % 3 == shard }
                .map { SignatureRecord(ordinal: $0.offset, signature: $0.element) }
            shardFiles.append(SignatureCodec.encode(records, options: options))
        }
        var shards = try shardFiles.reversed().map { try SignatureCodec.decode($0).records }
        var shuffler = ArabicNewsGenerator(seed: 99)
        for s in shards.indices {
            for i in shards[s].indices.reversed() { shards[s].swapAt(i, shuffler.int(0..<(i + 1))) }
        }
        let global = try GlobalClustering(options: options).decide(shards: shards)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        XCTAssertEqual(try encoder.encode(global), try encoder.encode(streamedDecisions), "byte-for-byte equal")
        XCTAssertEqual(global, streamedDecisions)

        // Each shard applies the decisions to its own ordinals.
        for ordinal in 0..<signatures.count {
            XCTAssertEqual(global.verdict(for: ordinal), streamedDecisions.verdict(for: ordinal))
        }

        // And the planted duplicates are what was found.
        let found = Dictionary(uniqueKeysWithValues: global.dropped.map { ($0.ordinal, $0) })
        let truePositives = corpus.planted.keys.filter { found[$0] != nil }.count
        let recall = Double(truePositives) / Double(corpus.planted.count)
        let precision = Double(found.keys.filter { corpus.planted[$0] != nil }.count) / Double(max(1, found.count))
        XCTAssertGreaterThan(corpus.planted.count, 100)
        XCTAssertGreaterThanOrEqual(recall, 0.95, "recall \(recall)")
        XCTAssertGreaterThanOrEqual(precision, 0.99, "precision \(precision)")
        for (ordinal, decision) in found where corpus.planted[ordinal] != nil {
            XCTAssertEqual(decision.of, corpus.planted[ordinal], "#\(ordinal) reported against the first occurrence")
        }
    }

    func testGlobalStepRejectsOverlappingShardsAndForeignSignatures() {
        let signature = computer.signature(of: "نص قصير للاختبار فقط هنا")
        let clustering = GlobalClustering()
        XCTAssertThrowsError(try clustering.decide(shards: [[SignatureRecord(ordinal: 4, signature: signature)],
                                                            [SignatureRecord(ordinal: 4, signature: signature)]])) {
            XCTAssertEqual($0 as? DedupError, .duplicateOrdinal(4))
        }
        let foreign = SignatureComputer(options: DedupOptions(shingleSize: 3)).signature(of: "نص قصير")
        XCTAssertThrowsError(try clustering.decide([SignatureRecord(ordinal: 0, signature: foreign)])) {
            guard case .schemeMismatch = $0 as? DedupError else { return XCTFail("\($0)") }
        }
    }

    func testIndexMemoryPerKeptArticleStaysUnderBudget() {
        var generator = ArabicNewsGenerator(seed: 31)
        var dedup = CorpusDeduplicator()
        let signer = computer
        for ordinal in 0..<20_000 {
            // Short random texts: signature cost is not the point here, index size is.
            let text = (0..<12).map { _ in generator.pick(ArabicNewsGenerator.vocabulary) }.joined(separator: " ")
            _ = dedup.check(signer.signature(of: text), ordinal: ordinal)
        }
        let perKept = Double(dedup.indexBytes) / Double(dedup.keptCount)
        XCTAssertGreaterThan(dedup.keptCount, 19_900)
        XCTAssertLessThan(perKept, 230, "bytes per kept article: \(perKept)")
    }

    /// Articles taken back out of the index (`forgetKept(since:)`: their input failed) leave it
    /// as if they had never been kept: every later verdict is the one an index that never saw
    /// them gives. Tables small enough to wrap and to hold long probe runs (2,500 articles, many
    /// sharing band keys as near copies do), removed across a page of the store.
    func testForgottenArticlesLeaveTheIndexAsIfNeverKept() {
        var generator = ArabicNewsGenerator(seed: 77)
        let originals = (0..<1_250).map { _ in ArabicNewsGenerator.text(generator.article(words: 60)) }
        // Each original and a near copy of it (one word changed): copies share band keys.
        let texts = originals.flatMap { [$0, $0 + " إضافة"] }
        let signatures = texts.map { computer.signature(of: $0) }
        for mark in [0, 700, 1_024, 1_100] {
            var forgetting = CorpusDeduplicator()
            var fresh = CorpusDeduplicator()
            var ordinal = 0
            for signature in signatures[..<mark] {
                XCTAssertEqual(forgetting.check(signature, ordinal: ordinal), fresh.check(signature, ordinal: ordinal))
                ordinal += 1
            }
            let keptMark = forgetting.keptCount
            for signature in signatures[mark..<(mark + 900)] {
                _ = forgetting.check(signature, ordinal: ordinal)
                ordinal += 1
            }
            forgetting.forgetKept(since: keptMark)
            XCTAssertEqual(forgetting.keptCount, fresh.keptCount)
            // The forgotten articles again, then the rest: the same verdicts as the index that
            // never saw them (ordinals differ by the gap: compared as kept or the one repeated).
            for signature in signatures[mark...] {
                let a = forgetting.check(signature, ordinal: ordinal + 10_000)
                let b = fresh.check(signature, ordinal: ordinal)
                XCTAssertEqual(a.kind, b.kind, "mark \(mark), ordinal \(ordinal)")
                XCTAssertEqual(a.duplicateOf.map { $0 < mark ? $0 : $0 - 10_000 }, b.duplicateOf, "mark \(mark), ordinal \(ordinal)")
                ordinal += 1
            }
        }
    }
}
