/// German and English names of places and bodies that differ in spelling beyond what the
/// cognate skeleton catches: a small built-in bilingual list, always on.
enum Exonyms {
    /// Folded German form → folded English forms.
    static let germanToEnglish: [String: [String]] = [
        "brussel": ["brussels"], "moskau": ["moscow"], "wien": ["vienna"], "munchen": ["munich"], "koln": ["cologne"],
        "warschau": ["warsaw"], "prag": ["prague"], "rom": ["rome"], "genf": ["geneva"], "peking": ["beijing"],
        "kiew": ["kyiv", "kiev"], "russland": ["russia"], "deutschland": ["germany"], "frankreich": ["france"],
        "polen": ["poland"], "usa": ["us", "usa", "united states"], "europa": ["europe"], "westen": ["west"], "osten": ["east"],
        "sowjetunion": ["soviet union", "soviet", "ussr"], "nato": ["nato"], "osze": ["osce"], "eu": ["eu", "european union"], "uno": ["un", "united nations"],
        "vereinte nationen": ["united nations"], "weissrussland": ["belarus"], "tschechien": ["czech"],
        "ungarn": ["hungary"], "griechenland": ["greece"], "turkei": ["turkey", "turkiye"], "spanien": ["spain"],
        "italien": ["italy"], "niederlande": ["netherlands"], "belgien": ["belgium"], "schweiz": ["switzerland"],
        "osterreich": ["austria"], "grossbritannien": ["britain"], "london": ["london"], "washington": ["washington"],
        "russisch": ["russian"], "russische": ["russian"], "russischen": ["russian"], "russischer": ["russian"],
        "ukrainisch": ["ukrainian"], "ukrainische": ["ukrainian"], "ukrainischen": ["ukrainian"],
        "deutsch": ["german"], "deutsche": ["german"], "deutschen": ["german"], "amerikanisch": ["american"],
        "amerikanische": ["american"], "amerikanischen": ["american"], "westlich": ["western"], "westliche": ["western"],
        "westlicher": ["western"], "westlichen": ["western"], "ostlich": ["eastern"], "ostlichen": ["eastern"],
        // Countries and regions in -ien, -ei, -land: their German names look like plurals or
        // inflected nouns, so the lemmatizer must know them (Indien is no plural of "Indie").
        "indien": ["india"], "indonesien": ["indonesia"], "australien": ["australia"], "brasilien": ["brazil"],
        "kroatien": ["croatia"], "serbien": ["serbia"], "rumanien": ["romania"], "bulgarien": ["bulgaria"],
        "slowenien": ["slovenia"], "albanien": ["albania"], "mazedonien": ["macedonia"], "nordmazedonien": ["north macedonia"],
        "georgien": ["georgia"], "armenien": ["armenia"], "syrien": ["syria"], "jordanien": ["jordan"],
        "algerien": ["algeria"], "tunesien": ["tunisia"], "athiopien": ["ethiopia"], "mauretanien": ["mauritania"],
        "kolumbien": ["colombia"], "bolivien": ["bolivia"], "arabien": ["arabia"], "saudi-arabien": ["saudi arabia"],
        "kalifornien": ["california"], "sizilien": ["sicily"], "sardinien": ["sardinia"], "katalonien": ["catalonia"],
        "galizien": ["galicia"], "andalusien": ["andalusia"], "tasmanien": ["tasmania"], "ozeanien": ["oceania"],
        "polynesien": ["polynesia"], "mikronesien": ["micronesia"], "melanesien": ["melanesia"], "kambodscha": ["cambodia"],
        "slowakei": ["slovakia"], "mongolei": ["mongolia"], "litauen": ["lithuania"], "lettland": ["latvia"],
        "estland": ["estonia"], "finnland": ["finland"], "schweden": ["sweden"], "norwegen": ["norway"],
        "danemark": ["denmark"], "irland": ["ireland"], "island": ["iceland"], "schottland": ["scotland"],
        "portugal": ["portugal"], "agypten": ["egypt"], "marokko": ["morocco"], "mexiko": ["mexico"],
        "japan": ["japan"], "china": ["china"], "korea": ["korea"], "moldau": ["moldova"], "krim": ["crimea"],
        "zypern": ["cyprus"], "kuba": ["cuba"], "kanada": ["canada"], "neuseeland": ["new zealand"],
        "sudafrika": ["south africa"], "vereinigte staaten": ["united states"], "vereinigtes konigreich": ["united kingdom"],
        "nordkorea": ["north korea"], "sudkorea": ["south korea"], "irak": ["iraq"], "jemen": ["yemen"], "libyen": ["libya"],
        "kenia": ["kenya"], "philippinen": ["philippines"], "argentinien": ["argentina"], "luxemburg": ["luxembourg"],
        // German states, rivers, lakes, seas and mountains whose English names differ (Bayern
        // also names the football club, which English calls Bayern).
        "bayern": ["bavaria", "bayern"], "sachsen": ["saxony"], "niedersachsen": ["lower saxony"], "sachsen-anhalt": ["saxony-anhalt"],
        "thuringen": ["thuringia"], "hessen": ["hesse"], "nordrhein-westfalen": ["north rhine-westphalia"],
        "rheinland-pfalz": ["rhineland-palatinate"], "westfalen": ["westphalia"], "pommern": ["pomerania"],
        "donau": ["danube"], "rhein": ["rhine"], "mosel": ["moselle"], "weichsel": ["vistula"], "bodensee": ["lake constance"],
        "ostsee": ["baltic sea", "baltic"], "nordsee": ["north sea"], "mittelmeer": ["mediterranean"], "alpen": ["alps"],
        "schwarzwald": ["black forest"],
        // Cities whose English names differ.
        "nurnberg": ["nuremberg"], "hannover": ["hanover", "hannover"], "braunschweig": ["brunswick", "braunschweig"],
        "mailand": ["milan"], "venedig": ["venice"], "neapel": ["naples"], "florenz": ["florence"], "lissabon": ["lisbon"],
        "athen": ["athens"], "kopenhagen": ["copenhagen"], "belgrad": ["belgrade"], "bukarest": ["bucharest"],
        "strassburg": ["strasbourg"], "antwerpen": ["antwerp"], "krakau": ["krakow", "cracow"], "danzig": ["gdansk"],
        "kairo": ["cairo"], "teheran": ["tehran"], "tokio": ["tokyo"], "singapur": ["singapore"], "damaskus": ["damascus"],
        "mekka": ["mecca"], "genua": ["genoa"], "luttich": ["liege"], "brugge": ["bruges"], "den haag": ["the hague"],
        "wolgograd": ["volgograd"], "charkiw": ["kharkiv"], "lemberg": ["lviv"], "lwiw": ["lviv"], "odessa": ["odesa", "odessa"],
        // Continents, regions and seas, many in -ien and -ika, which look inflected too.
        "asien": ["asia"], "afrika": ["africa"], "amerika": ["america"], "nordamerika": ["north america"],
        "sudamerika": ["south america"], "lateinamerika": ["latin america"], "nordafrika": ["north africa"],
        "ostasien": ["east asia"], "sudostasien": ["southeast asia"], "nahost": ["middle east"], "arktis": ["arctic"],
        "antarktis": ["antarctica"], "karibik": ["caribbean"], "balkan": ["balkans"], "kaukasus": ["caucasus"],
        "sibirien": ["siberia"], "skandinavien": ["scandinavia"], "osteuropa": ["eastern europe"], "westeuropa": ["western europe"],
        "mitteleuropa": ["central europe"], "atlantik": ["atlantic"], "pazifik": ["pacific"], "armelkanal": ["english channel"],
        "gazastreifen": ["gaza strip"], "westjordanland": ["west bank"], "golanhohen": ["golan heights"],
        "germanien": ["germania"], "tirol": ["tyrol"], "sudtirol": ["south tyrol"], "karnten": ["carinthia"],
        "steiermark": ["styria"], "bohmen": ["bohemia"], "mahren": ["moravia"], "schlesien": ["silesia"], "preussen": ["prussia"],
        "elsass": ["alsace"], "lothringen": ["lorraine"], "flandern": ["flanders"], "schwaben": ["swabia"],
        "nordirland": ["northern ireland"], "bosnien": ["bosnia"], "ruanda": ["rwanda"],
        // Countries whose English names differ.
        "kirgisistan": ["kyrgyzstan"], "usbekistan": ["uzbekistan"], "kasachstan": ["kazakhstan"], "tadschikistan": ["tajikistan"],
        "aserbaidschan": ["azerbaijan"], "katar": ["qatar"], "libanon": ["lebanon"], "tansania": ["tanzania"], "kongo": ["congo"],
        "simbabwe": ["zimbabwe"], "sambia": ["zambia"], "kamerun": ["cameroon"], "gronland": ["greenland"], "vatikan": ["vatican"],
        // Acronyms that differ: a body's, or a term's a text gives in parentheses ("künstliche
        // Intelligenz (KI)" / "artificial intelligence (AI)").
        "ezb": ["ecb"], "iwf": ["imf"], "bip": ["gdp"], "ki": ["ai"], "ewr": ["eea"],
    ]

    /// True for a folded German place name of the list (the lemmatizer leaves names alone).
    static func isPlaceName(_ folded: String) -> Bool {
        germanToEnglish[folded] != nil && !adjectiveKeys.contains(folded)
    }

    /// Keys of the list that are adjectives or compass words, not names.
    private static let adjectiveKeys: Set<String> = [
        "russisch", "russische", "russischen", "russischer", "ukrainisch", "ukrainische", "ukrainischen", "deutsch",
        "deutsche", "deutschen", "amerikanisch", "amerikanische", "amerikanischen", "westlich", "westliche",
        "westlicher", "westlichen", "ostlich", "ostlichen", "westen", "osten",
    ]
}
