import GlossaCore
import GlossaExchange
import GlossaText

/// glossa's public facade: the stages wired together, for the command-line tool and for
/// programs that embed glossa.
public enum Glossa {
    /// glossa's version, as `glossa --version` prints it.
    public static let version = "0.1.0"

    /// The ICU version glossa runs with.
    public static var icuVersion: String { ICU.version }
}
