import Foundation
import XCTest
@testable import TanqiyaKit

/// Deterministic generator of Arabic-looking news text for the dedup tests and the micro
/// benchmark: sentences drawn from a news vocabulary, set phrases shared across articles of a
/// topic, numbers, punctuation; and the edits that make near duplicates.
struct ArabicNewsGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    static let vocabulary: [String] = """
    قال أعلن أكد أشار أوضح ذكر نقل أفاد كشف نفى طالب دعا حذر رحب أدان اتهم وصف تابع أضاف
    الرئيس الوزير الحكومة البرلمان المجلس الجيش الشرطة القوات الأمن الوزارة السفارة الأمم المتحدة
    الولايات روسيا الصين فرنسا مصر السعودية الإمارات قطر الأردن لبنان سوريا العراق تركيا إيران
    اليمن ليبيا تونس الجزائر المغرب السودان فلسطين غزة القدس بيروت القاهرة الرياض دمشق بغداد
    اليوم أمس الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأسبوع الشهر العام المقبل الماضي
    في من إلى على عن مع بعد قبل خلال حول بين منذ حتى أن إن لا لم لن قد كان كانت يكون هذا هذه
    ذلك التي الذي الذين التي وقد كما وأن وفي ومن إلى أيضا حيث بينما لكن غير عدة أكثر أقل نحو
    المفاوضات الاتفاق الحرب السلام الهدنة الانتخابات الاقتصاد النفط الغاز الأسعار التضخم البنك
    المركزي الدولار الليرة الجنيه الريال الميزانية الاستثمار التجارة الصادرات الواردات السوق
    المواطنين السكان اللاجئين الضحايا المصابين القتلى الجرحى المستشفى الإغاثة المساعدات الإنسانية
    الصحة التعليم الجامعة المدارس الطلاب الطاقة الكهرباء المياه الزراعة القمح الغذاء الأمطار الطقس
    المنطقة الحدود العاصمة المدينة القرية الشمال الجنوب الشرق الغرب الساحل الصحراء الجبال البحر
    مصادر مسؤول متحدث باسم بيان رسمي وكالة الأنباء صحيفة تقرير مؤتمر صحفي اجتماع زيارة لقاء
    قمة جلسة قرار مشروع قانون دستور محكمة قضية تحقيق لجنة خبراء تحليل دراسة بيانات أرقام نسبة
    ارتفاع انخفاض زيادة تراجع نمو أزمة مشكلة حل خطة برنامج مبادرة جهود تعاون دعم تطوير تعزيز
    الدولي الوطني المحلي العربي الإقليمي العالمي الأمريكي الروسي الأوروبي الإسرائيلي الفلسطيني
    جديد جديدة كبير كبيرة صغير مهم مهمة عاجل رسمية سياسي سياسية عسكري عسكرية اقتصادي اقتصادية
    يجري يشهد يواجه يعمل يسعى يريد يمكن يجب تم تمت جرى شهد واجه عمل سعى أراد أمكن وجب
    الشركة الشركات المصنع المشروع الميناء المطار الطريق الجسر السيارة الطائرة السفينة القطار
    الشعب الشباب النساء الأطفال العائلات العمال الموظفين الأطباء الصحفيين المحتجين المتظاهرين
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    static let diacritics: [String] = ["\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{064B}"]
    static let endings = [".", ".", ".", "،", "؟", "!"]

    /// A set phrase per topic, repeated in every article of that topic (so same-topic articles
    /// share some shingles, as real ones do).
    mutating func topicPhrases(_ count: Int) -> [String] {
        (0..<count).map { _ in (0..<int(6..<10)).map { _ in pick(Self.vocabulary) }.joined(separator: " ") }
    }

    mutating func sentence(phrases: [String] = []) -> String {
        var words: [String] = []
        let length = int(8..<20)
        while words.count < length {
            switch int(0..<20) {
            case 0: words.append(String(int(1..<3000)))
            case 1 where !phrases.isEmpty: words.append(pick(phrases))
            case 2: words.append("«" + pick(Self.vocabulary) + " " + pick(Self.vocabulary) + "»")
            default: words.append(pick(Self.vocabulary))
            }
        }
        return words.joined(separator: " ") + pick(Self.endings)
    }

    /// An article: paragraphs of sentences joined by "\n", `words` words or a little more.
    mutating func article(words: Int = 300, phrases: [String] = []) -> [String] {
        var sentences: [String] = []
        var count = 0
        while count < words {
            let s = sentence(phrases: phrases)
            count += s.split(separator: " ").count
            sentences.append(s)
        }
        return sentences
    }

    static func text(_ sentences: [String]) -> String {
        var paragraphs: [String] = []
        var i = 0
        while i < sentences.count {
            paragraphs.append(sentences[i..<min(i + 4, sentences.count)].joined(separator: " "))
            i += 4
        }
        return paragraphs.joined(separator: "\n")
    }

    /// A near duplicate as re-published pages make them: diacritics added to some words, hamza
    /// forms and teh marbuta spelled differently, one sentence edited (two words replaced), and
    /// optionally a number changed.
    mutating func nearDuplicate(of sentences: [String]) -> [String] {
        var result = sentences.map { sentence -> String in
            sentence.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                var w = String(word)
                switch int(0..<8) {
                case 0: if let first = w.first { w = String(first) + pick(Self.diacritics) + w.dropFirst() }
                case 1: w = w.replacingOccurrences(of: "أ", with: "ا").replacingOccurrences(of: "إ", with: "ا")
                case 2: w = w.replacingOccurrences(of: "ة", with: "ه").replacingOccurrences(of: "ي", with: "ى")
                case 3 where w.count > 3: w = String(w.prefix(2)) + "\u{0640}" + w.dropFirst(2)
                default: break
                }
                return w
            }.joined(separator: " ")
        }
        let edited = int(0..<result.count)
        var words = result[edited].split(separator: " ").map(String.init)
        for _ in 0..<2 { words[int(0..<words.count)] = pick(Self.vocabulary) }
        result[edited] = words.joined(separator: " ")
        return result
    }
}

final class CorpusDedupGeneratorTests: XCTestCase {
    func testGeneratorIsDeterministic() {
        var a = ArabicNewsGenerator(seed: 42)
        var b = ArabicNewsGenerator(seed: 42)
        XCTAssertEqual(ArabicNewsGenerator.text(a.article()), ArabicNewsGenerator.text(b.article()))
        XCTAssertGreaterThan(ArabicNewsGenerator.vocabulary.count, 280)
    }
}
