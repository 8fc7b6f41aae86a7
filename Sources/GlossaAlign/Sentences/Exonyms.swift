/// German and English names of places and bodies that differ in spelling beyond what the
/// cognate skeleton catches: a small built-in bilingual list, always on.
enum Exonyms {
    /// Folded German form → folded English forms.
    static let germanToEnglish: [String: [String]] = [
        "brussel": ["brussels"], "moskau": ["moscow"], "wien": ["vienna"], "munchen": ["munich"], "koln": ["cologne"],
        "warschau": ["warsaw"], "prag": ["prague"], "rom": ["rome"], "genf": ["geneva"], "peking": ["beijing"],
        "kiew": ["kyiv", "kiev"], "russland": ["russia"], "deutschland": ["germany"], "frankreich": ["france"],
        "polen": ["poland"], "usa": ["us", "usa"], "europa": ["europe"], "westen": ["west"], "osten": ["east"],
        "sowjetunion": ["soviet union", "soviet", "ussr"], "nato": ["nato"], "osze": ["osce"], "eu": ["eu"], "uno": ["un"],
        "vereinte nationen": ["united nations"], "weissrussland": ["belarus"], "tschechien": ["czech"],
        "ungarn": ["hungary"], "griechenland": ["greece"], "turkei": ["turkey", "turkiye"], "spanien": ["spain"],
        "italien": ["italy"], "niederlande": ["netherlands"], "belgien": ["belgium"], "schweiz": ["switzerland"],
        "osterreich": ["austria"], "grossbritannien": ["britain"], "london": ["london"], "washington": ["washington"],
        "russisch": ["russian"], "russische": ["russian"], "russischen": ["russian"], "russischer": ["russian"],
        "ukrainisch": ["ukrainian"], "ukrainische": ["ukrainian"], "ukrainischen": ["ukrainian"],
        "deutsch": ["german"], "deutsche": ["german"], "deutschen": ["german"], "amerikanisch": ["american"],
        "amerikanische": ["american"], "amerikanischen": ["american"], "westlich": ["western"], "westliche": ["western"],
        "westlicher": ["western"], "westlichen": ["western"], "ostlich": ["eastern"], "ostlichen": ["eastern"],
    ]
}
