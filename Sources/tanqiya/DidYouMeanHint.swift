import ArgumentParser
import TanqiyaKit

extension DidYouMean {
    /// The parser's message with ". Did you mean '…'?" after its first line, unless it has one.
    static func adding(to message: String, arguments: [String]) -> String {
        guard !message.contains("Did you mean"), case let hint = hint(for: message, arguments: arguments), !hint.isEmpty else {
            return message
        }
        let firstLineEnd = message.firstIndex(of: "\n") ?? message.endIndex
        return message[..<firstLineEnd] + hint + message[firstLineEnd...]
    }

    /// For swift-argument-parser's "Unexpected argument 'claen'" and "Unknown option '--lable'":
    /// ". Did you mean 'clean'?" with the closest subcommand or option of the command the
    /// arguments reached; "" when nothing is close.
    static func hint(for message: String, arguments: [String]) -> String {
        var command: ParsableCommand.Type = Tanqiya.self
        for argument in arguments {
            guard let sub = command.configuration.subcommands.first(where: { $0._commandName == argument }) else { break }
            command = sub
        }
        let word: String
        let known: [String]
        if let name = quoted(after: "Unknown option '", in: message) {
            word = name
            known = optionNames(of: command)
        } else if let name = quoted(after: "nexpected argument '", in: message) ?? quoted(after: "unexpected arguments: '", in: message),
                  !command.configuration.subcommands.isEmpty {
            word = name
            known = command.configuration.subcommands.map { $0._commandName }
        } else {
            return ""
        }
        guard let near = suggest(word, among: known) else { return "" }
        return ". Did you mean '\(near)'?"
    }

    static func quoted(after prefix: String, in message: String) -> String? {
        guard let start = message.range(of: prefix) else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    /// The `--long` and `-s` names in a command's help.
    static func optionNames(of command: ParsableCommand.Type) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        let help = command.helpMessage(columns: 200)
        var current = ""
        for c in help + " " {
            if c == "-" || (!current.isEmpty && (c.isLetter || c.isNumber)) {
                current.append(c)
            } else {
                if current.hasPrefix("-"), current.count > 1, current != "--", seen.insert(current).inserted { names.append(current) }
                current = ""
            }
        }
        return names
    }
}
