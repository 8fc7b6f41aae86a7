"""German/English message pairs from the gettext catalogs installed on this machine
(/usr/share/locale/de/LC_MESSAGES/*.mo): real translated text for the benchmarks, read at run
time and never stored in the repository."""
import gettext
import glob

SKIP_MARKS = ("%", "{", "}", "\n", "\t", "<", "_", "\\", "&")


def message_pairs():
    """Yields (english, german) for every translated message without format codes or markup."""
    for path in sorted(glob.glob("/usr/share/locale/de/LC_MESSAGES/*.mo")):
        try:
            with open(path, "rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog
        except Exception:
            continue
        for english, german in catalog.items():
            if isinstance(english, str) and isinstance(german, str) and german and not any(m in english + german for m in SKIP_MARKS):
                yield english, german
