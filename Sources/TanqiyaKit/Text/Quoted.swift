/// User text quoted in a message — a pattern, a line, a key, a value, an id — cut to
/// `Quoted.limit` characters: a longer one keeps its start, then «…» and its length, so a 2 MB
/// regex named by a `rules lint` error does not make a 2 MB error.
public enum Quoted {
    /// Characters of user text a message quotes: enough to recognise any pattern or line of the
    /// rule files (their longest pattern is under 300 characters; the message's file:line:column
    /// says where the whole one is), two terminal lines at most.
    public static let limit = 200

    /// `'text'`, or for a text over `limit` characters `'start…' (N characters)`.
    public static func single(_ text: String) -> String { quoted(text, "'", "'") }

    /// `«text»`, or for a text over `limit` characters `«start…» (N characters)`.
    public static func guillemets(_ text: String) -> String { quoted(text, "«", "»") }

    /// The text itself, or its first `limit` characters, «…» and its length: for text a message
    /// shows without quotes of its own.
    public static func cut(_ text: String) -> String {
        guard let length = overLimit(text) else { return text }
        return String(text.prefix(limit)) + "… (\(length) characters)"
    }

    private static func quoted(_ text: String, _ open: String, _ close: String) -> String {
        guard let length = overLimit(text) else { return open + text + close }
        return open + text.prefix(limit) + "…" + close + " (\(length) characters)"
    }

    /// The text's length in characters when it is over `limit`, else nil (without counting a
    /// long text twice: its UTF-8 size bounds its length).
    private static func overLimit(_ text: String) -> Int? {
        guard text.utf8.count > limit else { return nil }
        let length = text.count
        return length > limit ? length : nil
    }

    /// The message with its control characters shown, not sent to the terminal: a line break
    /// as `\n`, a CR as `\r`, a tab as `\t`, another C0 or C1 control or DEL as `\u{1B}`. A file
    /// name or a record id holding a line break split one message into two, an ESC sequence from
    /// the data cleared the operator's screen.
    public static func terminalSafe(_ message: String) -> String {
        guard message.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return message }
        var out = ""
        out.reserveCapacity(message.utf8.count)
        for u in message.unicodeScalars {
            switch u.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F...0x9F: out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
