import Foundation
import PackagePlugin

/// Bakes the git revision into `tanqiya --version` at build time: before each build of the
/// executable, `git describe` writes `BuildRevision.swift` (rewritten only when it changes, so
/// nothing recompiles otherwise). Outside a git checkout (a source tarball) or without git, the
/// revision is "unknown" and the build goes on.
@main
struct RevisionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Revision")
        let script = """
        rev=$(git -C "$1" describe --always --dirty --abbrev=12 2>/dev/null) || rev=unknown
        [ -n "$rev" ] || rev=unknown
        mkdir -p "$2"
        printf '/// The git revision this binary was built from (RevisionStamp plugin).\\nlet buildRevision = "%s"\\n' "$rev" > "$2/.BuildRevision.swift.new"
        if cmp -s "$2/.BuildRevision.swift.new" "$2/BuildRevision.swift"; then rm -f "$2/.BuildRevision.swift.new"
        else mv "$2/.BuildRevision.swift.new" "$2/BuildRevision.swift"; fi
        """
        return [.prebuildCommand(displayName: "Stamping the git revision",
                                 executable: URL(fileURLWithPath: "/bin/sh"),
                                 arguments: ["-c", script, "sh", context.package.directoryURL.path, output.path],
                                 outputFilesDirectory: output)]
    }
}
