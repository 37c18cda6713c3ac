"""The loader's problem texts in the interface language: reader/ says them in Danish, this knows their shapes.

reader/ never imports Qt, so its messages are plain Danish with values filled in. Each shape is listed here
once (marked for lupdate), matched whole against a message, and its values are put into the translation:
"Filen er tom." ⇒ "The file is empty."; "Datoen 'x' kan ikke læses; den er udeladt." ⇒ "The date 'x' …".
A message of an unknown shape is shown as it is (Danish), never lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reader.articles import Level, Problem

CONTEXT = "LoaderMessages"
Translate = Callable[[str, str], str]

# Every message and piece of advice reader/articles.py, reader/frontmatter.py and reader/review.py produce
# (and the few reader/ texts the status bar shows);
# {0}, {1} stand for the values they fill in. tests/ui/base/test_problem_text.py keeps this list complete.
SHAPES: tuple[str, ...] = cast(tuple[str, ...], (
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen er ikke tekst (den ser binær ud)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen er ikke gemt som UTF-8; den er læst som Windows-1252."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen indeholder usynlige NUL-tegn; de er sprunget over."),
    QT_TRANSLATE_NOOP("LoaderMessages", 'Luk parentesen ([ … ] eller { … }), eller sæt citationstegn om værdien, fx title: "[Udkast] Knæ".'),
    QT_TRANSLATE_NOOP("LoaderMessages", "Afslut citationstegnet på samme linje, eller fjern det."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skriv linjen som nøgle: værdi, og sæt citationstegn om værdien, hvis den har særlige tegn."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Datoen '{0}' findes ikke i kalenderen; den er udeladt."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Ret dagen eller måneden."),
    QT_TRANSLATE_NOOP("LoaderMessages", "{0}: LIX {1} ({2}) er over klinikkens grænse på {3}."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skriv kortere sætninger og færre lange ord (Filer → Rediger artikel)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Mappen er en systemmappe, ikke en mappe med artikler; den er ikke gennemgået."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Vælg mappen med klinikkens artikler i indstillingerne."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Mappen har over {0} undermapper eller {1} filer; resten er sprunget over."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Vælg en mappe, der kun har artikler (ikke fx et helt drev)."),
    QT_TRANSLATE_NOOP("LoaderMessages",
                      "Artiklen er for stor til at blive formateret ({0} mio. tegn; højst {1} 000); den vises uformateret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklen har over {0} overskrifter; den vises uformateret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklens tabeller har over {0} celler; den vises uformateret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklen har over {0} skarpe parenteser ([); den vises uformateret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklen har over {0} &-tegn; den vises uformateret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklen har citater i over {0} niveauer; den vises uformateret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Del artiklen op i mindre filer, eller ret opbygningen (overskrifter, tabeller, citater)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Gem filen igen fra en teksteditor; så forsvinder tegnene."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen er ikke tekst (den indeholder mange kontroltegn)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Gem artiklen som Markdown-tekst i UTF-8 (i Notesblok: Gem som → Kodning: UTF-8)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen er for stor ({0} MB; højst {1} MB)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Del artiklen op i flere filer."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Det er ikke en almindelig fil (men fx en pipe eller en enhed)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Fjern den fra mappen."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Det er en mappe, ikke en fil."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Omdøb mappen, så navnet ikke ender på .md."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen kan ikke læses (ingen adgang)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Giv alle brugere læseret til filen."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen forsvandt, mens den blev læst."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Ingenting, hvis den blev slettet med vilje."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen er et link, der peger på sig selv i ring."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Slet linket."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen kan ikke læses: {0}."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Tjek at filen og drevet er tilgængelige."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Omdøb filen, så navnet kun har almindelige tegn."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen er tom."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skriv artiklen i filen, eller slet den."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen kan ikke læses."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Gem filen som UTF-8, så æ, ø og å altid vises rigtigt."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) kunne ikke læses; den er sprunget over."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Forenkl metadata (front matter)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) mangler 'title'; titlen \"{0}\" er taget fra metaTitle."),
    QT_TRANSLATE_NOOP("LoaderMessages",
                      "Metadata (front matter) mangler 'title'; titlen \"{0}\" er taget fra den første overskrift."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) mangler en titel; filnavnet bruges (\"{0}\")."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Tilføj title: i metadata (front matter)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Datoen '{0}' kan ikke læses; den er udeladt."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skriv datoen som DD/MM/ÅÅÅÅ eller ÅÅÅÅ-MM-DD."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Mappen findes ikke eller kan ikke åbnes."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Vælg en anden mappe i indstillingerne, eller tjek netværksdrevet."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Mappen har over {0} filer; resten er sprunget over."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Del artiklerne op, eller flyt filer, der ikke er artikler, ud af mappen."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Samme filnavn som {0}; denne fil er sprunget over."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Omdøb en af dem (filnavnet er artiklens adresse, også i undermapper)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Har samme titel som {0}."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Giv en af dem en anden titel, så de kan skelnes."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Sæt citationstegn om værdier med kolon, fx title: \"Diskusprolaps: 6 myter\"."),
    QT_TRANSLATE_NOOP("LoaderMessages",
                      "Der står tomme linjer før den første '---' i metadata (front matter); de er sprunget over."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Slet de tomme linjer øverst i filen."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) er skrevet i '{0}', ikke YAML; den er læst linje for linje."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skriv metadata (front matter) som YAML mellem to linjer med ---."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) er usædvanlig lang; kun de første linjer er læst."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Flyt tekst fra metadata (front matter) ned i artiklen."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) er indlejret alt for dybt til at være almindelig "
                      "metadata; den er læst linje for linje."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skriv metadata (front matter) som enkle linjer: nøgle: værdi."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) bruger {0} YAML-henvisninger (aliaser); det ligner et "
                      "angreb, så den er læst linje for linje i stedet."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skriv værdierne ud i stedet for at bruge * og &."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) indeholder et YAML-mærke (tag), som ikke er tilladt; "
                      "den er læst linje for linje."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Fjern det, der begynder med !, fra metadata (front matter)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) er ikke gyldig YAML (linje {0}); den er læst linje for linje."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) er ikke gyldig YAML; den er læst linje for linje."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Metadata (front matter) er ikke en liste af 'nøgle: værdi'; den er sprunget over."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skriv metadata (front matter) som linjer med nøgle: værdi, fx title: Knæsmerter."),
    QT_TRANSLATE_NOOP("LoaderMessages", "{0}: Gennemgangsdatoen {1} er overskredet."),
    QT_TRANSLATE_NOOP("LoaderMessages", "{0}: Sidst opdateret {1}, over {2} måneder siden."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Læs artiklen igennem, ret den, og sæt en ny lastUpdated eller reviewBy."),
    # reader/render_guard.py and reader/settings.py: shown in the status bar
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklen tog over {0} sekunder at formatere; den vises uformateret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklen kunne ikke formateres ({0}); den vises uformateret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Indstillingerne kunne ikke læses ({0}); standardindstillinger bruges."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Indstillingsfilen var beskadiget; standardindstillinger bruges. En kopi af den "
                      "gamle fil er gemt som {0}."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Indstillingsfilen var beskadiget; standardindstillinger bruges."),
    # reader/handout.py and reader/pin.py: refusals shown in the handout dialog and on the command line
    QT_TRANSLATE_NOOP("LoaderMessages", "Noten nævner patientens navn. Fjern navnet fra noten, før du gemmer den som skabelon."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Skabelonen skal have et navn."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Navnet er for langt (højst {0} tegn)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Der findes allerede en skabelon med navnet \"{0}\"."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklen \"{0}\" findes ikke. Se 'patient-reader list' for artiklerne."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Artiklen \"{0}\" har intet afsnit \"{1}\". Afsnittene er: {2}."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Vælg mindst én artikel eller ét afsnit til vejledningen."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Der kom ingen PIN-kode; skriv {0}–{1} cifre, fx: echo 4711 | patient-reader set-pin"),
    QT_TRANSLATE_NOOP("LoaderMessages", "PIN-koden må kun bestå af cifre (0–9)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "PIN-koden skal have {0}–{1} cifre (mindst {2})."),
    # reader/content_pack.py: an article pack refused, or what its import did (main window and command line)
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken indeholder et Windows-filnavn med \\ ({0}); hele pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken indeholder et filnavn med drevbogstav ({0}); hele pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken indeholder en absolut sti ({0}); hele pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken indeholder et filnavn med kontroltegn; hele pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages",
                      "Pakken indeholder en sti med '..' ({0}), der peger ud af mappen; hele pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken har {0} filer; højst {1} er tilladt."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken indeholder et link ({0}); hele pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken indeholder en enhedsfil eller pipe ({0}); hele pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken er krypteret (har adgangskode); den kan ikke importeres."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken fylder over {0} MB udpakket; den er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages",
                      "Pakken ligner en 'zip-bombe' ({0} pakker ud til over {1} gange sin størrelse); den er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken har to filer, hvis navne kun adskiller sig ved store og små bogstaver "
                      "({0} og {1}); hele pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken indeholder ingen artikler (.md-filer)."),
    QT_TRANSLATE_NOOP("LoaderMessages", "{0} er større end pakken oplyser; pakken er afvist."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen findes ikke: {0}"),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filen er ikke en gyldig zip-fil ({0})."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Pakken kan ikke læses ({0})."),
    QT_TRANSLATE_NOOP("LoaderMessages", "{0} kunne ikke pakkes ud ({1}); intet er importeret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Filerne kunne ikke flyttes ind i artikelmappen ({0}); intet er importeret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "{0} ville ende uden for artikelmappen (via et link); intet er importeret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "{0} findes allerede som mappe eller link i artikelmappen; intet er importeret."),
    QT_TRANSLATE_NOOP("LoaderMessages", "{0} tilføjet, {1} erstattet, {2} sprunget over."),
    QT_TRANSLATE_NOOP("LoaderMessages", "Tilføjet: {0}"),
    QT_TRANSLATE_NOOP("LoaderMessages", "Erstattet: {0}"),
    QT_TRANSLATE_NOOP("LoaderMessages", "Sprunget over: {0} ({1})"),
    QT_TRANSLATE_NOOP("LoaderMessages", "skjult fil eller systemfil"),
    QT_TRANSLATE_NOOP("LoaderMessages", "artiklen er over {0} MB"),
    QT_TRANSLATE_NOOP("LoaderMessages", "billedet er over {0} MB"),
    QT_TRANSLATE_NOOP("LoaderMessages", "kun Markdown-artikler (.md) og billeder tages med"),
    # ui/handout/printing.py: warnings under the preview and on the command line
    QT_TRANSLATE_NOOP("LoaderMessages", "Klinikkens logo kan ikke læses ({0}); vejledningen er uden logo."),
    QT_TRANSLATE_NOOP("LoaderMessages",
                      "Ingen QR-kode: hverken artiklerne (url) eller klinikken (hjemmeside) har en webadresse."),
))


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each shape as a whole-text pattern, values as groups."""
    compiled = []
    for shape in SHAPES:
        parts = re.split(r"\{\d\}", shape)
        compiled.append((re.compile("(.+?)".join(re.escape(part) for part in parts) + r"\Z", re.S), shape))
    return tuple(compiled)


def shape_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The shape a Danish loader text has and its values, or None for a text of no known shape."""
    for pattern, shape in _patterns():
        match = pattern.match(text)
        if match:
            return shape, match.groups()
    return None


def translated(text: str, translate: Translate = QCoreApplication.translate) -> str:
    """A loader text in the interface language (translate: Qt's, or the command line's own)."""
    found = shape_of(text)
    if found is None:
        return text
    shape, values = found
    result = translate(CONTEXT, shape) or shape
    for index, value in enumerate(values):  # a value may be a text of its own ("Sprunget over: x (skjult fil …)")
        result = result.replace(f"{{{index}}}", translated(value, translate) if value != text else value)
    return result


def level_word(level: Level, translate: Translate = QCoreApplication.translate) -> str:
    """ "Fejl", "Advarsel", "Bør gennemgås" in the interface language."""
    names = {Level.ERROR: "Fejl", Level.WARNING: "Advarsel", Level.REVIEW: "Bør gennemgås"}  # ProblemsDialog has them
    source = names.get(level, level.danish)
    return translate("ProblemsDialog", source) or source


def problem_texts(problem: Problem, translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    """{"message": …, "advice": …} in the interface language."""
    return {"message": translated(problem.message, translate),
            "advice": translated(problem.advice, translate) if problem.advice else ""}


def problem_line(problem: Problem, translate: Translate = QCoreApplication.translate) -> str:
    """One line for a terminal: "Fejl: path: message Gør: advice" (or "Error: … What to do: …")."""
    texts = problem_texts(problem, translate)
    todo = translate("ProblemsDialog", "Gør:") or "Gør:"
    advice = f" {todo} {texts['advice']}" if texts["advice"] else ""
    return f"{level_word(problem.level, translate)}: {problem.path}: {texts['message']}{advice}"
