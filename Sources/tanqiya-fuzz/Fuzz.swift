import Foundation
import TanqiyaFuzzSupport
import TanqiyaKit

// Fuzz target: every input through the pipeline as each kind of page (`FuzzHarness`).
//
//   make fuzz FUZZ_SECONDS=300        libFuzzer + AddressSanitizer (see the Makefile)
//   .build/debug/tanqiya-fuzz FILE…   a plain build replays files through the same harness
//
// Rules are found as `tanqiya` finds them (RulesLocator: $TANQIYA_RULES, ./rules, the installed
// rules). A violated invariant aborts, like a crash.

let harness: FuzzHarness = {
    do {
        return FuzzHarness(rules: try RulesLocator().load().0)
    } catch {
        FileHandle.standardError.write(Data("tanqiya-fuzz: cannot load the rules: \(error)\n".utf8))
        exit(2)
    }
}()

func fuzzOne(_ bytes: [UInt8]) {
    let violations = harness.run(bytes)
    guard violations.isEmpty else {
        FileHandle.standardError.write(Data(("tanqiya-fuzz: invariant violated: " + violations.joined(separator: "; ") + "\n").utf8))
        abort()
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
/// libFuzzer's entry point for a program that has its own `main` (SwiftPM gives every
/// executable one, so libFuzzer's cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

@main
enum FuzzMain {
    static func main() {
        _ = harness
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzerTestOneInput))
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    /// Without libFuzzer: replays the given files (or every file under given directories).
    static func replay(_ arguments: [String]) {
        if arguments.isEmpty {
            FileHandle.standardError.write(Data("usage: tanqiya-fuzz FILE|DIR…  (replays inputs through the fuzz harness)\n".utf8))
            exit(2)
        }
        var count = 0
        for argument in arguments {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDir) else {
                FileHandle.standardError.write(Data("tanqiya-fuzz: \(argument): no such file or directory\n".utf8))
                exit(2)
            }
            let files = isDir.boolValue
                ? (FileManager.default.enumerator(atPath: argument)?.compactMap { $0 as? String }.sorted().map { argument + "/" + $0 } ?? [])
                : [argument]
            for file in files {
                var fileIsDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file, isDirectory: &fileIsDir), !fileIsDir.boolValue,
                      let data = FileManager.default.contents(atPath: file) else { continue }
                fuzzOne([UInt8](data))
                count += 1
            }
        }
        print("tanqiya-fuzz: \(count) inputs replayed, no invariant violated")
    }
}
