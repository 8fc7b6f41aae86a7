/// Where the memory lives when the user does not say: `--memory PATH`, else `GLOSSA_MEMORY`, else
/// `$XDG_DATA_HOME/glossa/memory.sqlite`, else `~/.local/share/glossa/memory.sqlite`.
public enum MemoryLocation {
    /// The path to use, from the command-line option and the environment (pure: the caller
    /// passes the environment in).
    public static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment["GLOSSA_MEMORY"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/glossa/memory.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/glossa/memory.sqlite"
    }
}
