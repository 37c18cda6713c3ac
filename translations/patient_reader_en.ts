<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>Accessibility</name>
    <message>
        <source>Ryd feltet</source>
        <translation>Clear the field</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Patientlæser</source>
        <translation>Patient Reader</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Den åbne artikel. Alt+venstre går tilbage, Ctrl+plus forstørrer teksten.</source>
        <translation>The open article. Alt+Left goes back, Ctrl+Plus makes the text larger.</translation>
    </message>
    <message>
        <source>Vælg en artikel</source>
        <translation>Choose an article</translation>
    </message>
    <message>
        <source>Vælg en artikel i listen, eller søg med Ctrl+K.</source>
        <translation>Choose an article in the list, or search with Ctrl+K.</translation>
    </message>
    <message>
        <source>Artiklen findes ikke længere</source>
        <translation>The article no longer exists</translation>
    </message>
    <message>
        <source>Artiklen er blevet slettet eller flyttet.</source>
        <translation>The article has been deleted or moved.</translation>
    </message>
</context>
<context>
    <name>CategoryChip</name>
    <message>
        <source>Fjern emnefilteret</source>
        <translation>Remove the topic filter</translation>
    </message>
    <message>
        <source>Vis alle artikler igen (Esc)</source>
        <translation>Show every article again (Esc)</translation>
    </message>
    <message>
        <source>Listen viser kun emnet %1</source>
        <translation>The list shows only the topic %1</translation>
    </message>
    <message>
        <source>Emne: %1</source>
        <translation>Topic: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>vis kun artiklerne i DIR (kan gentages)</source>
        <translation>show only the articles in DIR (may be repeated)</translation>
    </message>
    <message>
        <source>sprog (da eller en)</source>
        <translation>language (da or en)</translation>
    </message>
    <message>
        <source>skriv en patientvejledning som PDF</source>
        <translation>write a patient handout as PDF</translation>
    </message>
    <message>
        <source>Skriv en vejledning med valgte artikler eller afsnit (SLUG eller SLUG#AFSNIT) som PDF.</source>
        <translation>Write a handout with chosen articles or sections (SLUG or SLUG#SECTION) as PDF.</translation>
    </message>
    <message>
        <source>artikel, eller artikel#afsnit</source>
        <translation>article, or article#section</translation>
    </message>
    <message>
        <source>PDF-filen, der skal skrives</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>patientens navn (gemmes ingen steder)</source>
        <translation type="vanished">the patient&apos;s name (stored nowhere)</translation>
    </message>
    <message>
        <source>patientens navn (gemmes ingen steder); &apos;-&apos; læser det fra standard input, så det ikke havner i skallens historik</source>
        <translation>the patient&apos;s name (stored nowhere); &apos;-&apos; reads it from standard input, so it stays out of the shell&apos;s history</translation>
    </message>
    <message>
        <source>en personlig note fra behandleren</source>
        <translation>a personal note from the therapist</translation>
    </message>
    <message>
        <source>datoen på vejledningen: ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD/MM/ÅÅÅÅ (i dag, hvis udeladt)</source>
        <translation>the date on the handout: YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY (today if left out)</translation>
    </message>
    <message>
        <source>stor skrift</source>
        <translation>large print</translation>
    </message>
    <message>
        <source>QR-kode til artiklens eller klinikkens hjemmeside</source>
        <translation>QR code to the article&apos;s or the clinic&apos;s website</translation>
    </message>
    <message>
        <source>patientens navn kun på første side (ellers også småt øverst på de næste)</source>
        <translation>the patient&apos;s name on the first page only (otherwise also small at the top of the following pages)</translation>
    </message>
    <message>
        <source>papirstørrelse (A4, hvis udeladt)</source>
        <translation>paper size (A4 if left out)</translation>
    </message>
    <message>
        <source>start fra en gemt skabelon</source>
        <translation>start from a saved template</translation>
    </message>
    <message>
        <source>skabelonen &quot;{0}&quot; findes ikke (gemte skabeloner: {1})</source>
        <translation>the template &quot;{0}&quot; does not exist (saved templates: {1})</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>--patient er for langt ({0} tegn; højst {1})</source>
        <translation>--patient is too long ({0} characters; at most {1})</translation>
    </message>
    <message>
        <source>--note er for lang ({0} tegn; højst {1})</source>
        <translation>--note is too long ({0} characters; at most {1})</translation>
    </message>
    <message>
        <source>angiv mindst én artikel (SLUG eller SLUG#AFSNIT) eller --template</source>
        <translation>give at least one article (SLUG or SLUG#SECTION) or --template</translation>
    </message>
    <message>
        <source>--out skal være en .pdf-fil: {0}</source>
        <translation>--out must be a .pdf file: {0}</translation>
    </message>
    <message>
        <source>--out er en mappe, ikke en fil: {0}</source>
        <translation>--out is a folder, not a file: {0}</translation>
    </message>
    <message>
        <source>mappen findes ikke: {0}</source>
        <translation>the folder does not exist: {0}</translation>
    </message>
    <message>
        <source>der kan ikke skrives til {0}</source>
        <translation>{0} cannot be written to</translation>
    </message>
    <message>
        <source>advarsel: {0}</source>
        <translation>warning: {0}</translation>
    </message>
    <message>
        <source>PDF-filen kunne ikke skrives ({0}): {1}</source>
        <translation>the PDF file could not be written ({0}): {1}</translation>
    </message>
    <message>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{0} sider</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>Skrev {0} ({1}).</source>
        <translation>Wrote {0} ({1}).</translation>
    </message>
    <message>
        <source>datoen {0} findes ikke i kalenderen (tjek dag og måned)</source>
        <translation>the date {0} is impossible: it is not in the calendar (check the day and month)</translation>
    </message>
    <message>
        <source>datoen {0} kan ikke læses; skriv den som ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD/MM/ÅÅÅÅ</source>
        <translation>the date {0} cannot be read; write it as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY</translation>
    </message>
    <message>
        <source>artiklen &quot;{0}&quot; findes ikke.</source>
        <translation>the article &quot;{0}&quot; does not exist.</translation>
    </message>
    <message>
        <source>Mente du {0}?</source>
        <translation>Did you mean {0}?</translation>
    </message>
    <message>
        <source>Se alle med: patient-reader list</source>
        <translation>See them all with: patient-reader list</translation>
    </message>
    <message>
        <source>artiklen &quot;{0}&quot; har intet afsnit &quot;{1}&quot;.</source>
        <translation>the article &quot;{0}&quot; has no section &quot;{1}&quot;.</translation>
    </message>
    <message>
        <source>Afsnittene er: {0}.</source>
        <translation>The sections are: {0}.</translation>
    </message>
    <message>
        <source>{0} eller {1}</source>
        <translation>{0} or {1}</translation>
    </message>
    <message>
        <source>alle artikler: slug, titel og opdateringsdato</source>
        <translation>every article: slug, title and date updated</translation>
    </message>
    <message>
        <source>som JSON</source>
        <translation>as JSON</translation>
    </message>
    <message>
        <source>problemer med artikelfilerne; exit 1 hvis en fil ikke kunne indlæses</source>
        <translation>problems with the article files; exit 1 if a file could not be loaded</translation>
    </message>
    <message>
        <source>mappen, der skal tjekkes</source>
        <translation>the folder to check</translation>
    </message>
    <message>
        <source>1 fejl</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{0} fejl</source>
        <translation>{0} errors</translation>
    </message>
    <message>
        <source>{0} ved indlæsningen, fx {1} Alle: patient-reader check</source>
        <translation>{0} while loading, e.g. {1} All of them: patient-reader check</translation>
    </message>
    <message>
        <source>{0} indlæst, {1} med fejl, {2}, {3} bør gennemgås.</source>
        <translation>{0} loaded, {1} with errors, {2}, {3} need review.</translation>
    </message>
    <message>
        <source>1 artikel</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>{0} artikler</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <source>1 fil</source>
        <translation>1 file</translation>
    </message>
    <message>
        <source>{0} filer</source>
        <translation>{0} files</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>{0} advarsler</source>
        <translation>{0} warnings</translation>
    </message>
    <message>
        <source>Offline læser af patientvejledninger til fysioterapi.</source>
        <translation>Offline reader of patient education articles for physiotherapy.</translation>
    </message>
    <message>
        <source>start i konsultationstilstand</source>
        <translation>start in consultation mode</translation>
    </message>
    <message>
        <source>start som låst kiosk til venteværelset</source>
        <translation>start as a locked kiosk for the waiting room</translation>
    </message>
    <message>
        <source>sekunder uden berøring før kiosken nulstilles</source>
        <translation>seconds without a touch before the kiosk resets</translation>
    </message>
    <message>
        <source>indlæs, vis og søg i alle artikler, og afslut</source>
        <translation>load, show and search every article, then exit</translation>
    </message>
    <message>
        <source>vis programmets version og afslut</source>
        <translation>show the program&apos;s version and exit</translation>
    </message>
    <message>
        <source>--idle-timeout skal være mindst 5 sekunder</source>
        <translation>--idle-timeout must be at least 5 seconds</translation>
    </message>
    <message>
        <source>importér en artikelpakke (.zip) i klinikkens mappe</source>
        <translation type="vanished">import an article pack (.zip) into the clinic&apos;s folder</translation>
    </message>
    <message>
        <source>Pakker artikler (.md) og billeder fra en zip-fil ud i klinikkens artikelmappe. En usikker pakke afvises helt, og intet skrives.</source>
        <translation type="vanished">Unpacks articles (.md) and images from a zip file into the clinic&apos;s article folder. An unsafe pack is refused as a whole, and nothing is written.</translation>
    </message>
    <message>
        <source>artikelpakken</source>
        <translation type="vanished">the article pack</translation>
    </message>
    <message>
        <source>importér en artikelpakke (.zip) eller et dokument (.docx, .odt, .html, .txt) i klinikkens mappe</source>
        <translation>import an article pack (.zip) or a document (.docx, .odt, .html, .txt) into the clinic&apos;s folder</translation>
    </message>
    <message>
        <source>Pakker artikler (.md) og billeder fra en zip-fil ud i klinikkens artikelmappe, eller læser et dokument (Word .docx, OpenDocument .odt, HTML, tekst) ind som en ny artikel med dens billeder. En usikker pakke eller et beskadiget, krypteret eller for stort dokument afvises helt, og intet skrives.</source>
        <translation>Unpacks articles (.md) and pictures from a zip file into the clinic&apos;s article folder, or reads a document (Word .docx, OpenDocument .odt, HTML, text) in as a new article with its pictures. An unsafe pack or a damaged, encrypted or too large document is refused whole, and nothing is written.</translation>
    </message>
    <message>
        <source>artikelpakken (.zip) eller dokumentet</source>
        <translation>the article pack (.zip) or the document</translation>
    </message>
    <message>
        <source>mappen, der importeres til (klinikkens mappe, hvis udeladt)</source>
        <translation>the folder to import into (the clinic&apos;s folder if left out)</translation>
    </message>
    <message>
        <source>opsummeringen som JSON</source>
        <translation>the summary as JSON</translation>
    </message>
    <message>
        <source>filen findes ikke: {0}</source>
        <translation>the file does not exist: {0}</translation>
    </message>
    <message>
        <source>mappen findes ikke: {0} (opret den først, eller udelad --to)</source>
        <translation>the folder does not exist: {0} (create it first, or leave out --to)</translation>
    </message>
    <message>
        <source>pakken er afvist: {0}</source>
        <translation>the pack was refused: {0}</translation>
    </message>
    <message>
        <source>Importeret til {0}</source>
        <translation>Imported into {0}</translation>
    </message>
    <message>
        <source>sæt kioskens PIN-kode til personalet (læses fra standard input)</source>
        <translation>set the kiosk&apos;s staff PIN (read from standard input)</translation>
    </message>
    <message>
        <source>Læser en PIN-kode på 4–12 cifre fra standard input og gemmer kun en saltet hash af den.</source>
        <translation type="vanished">Reads a PIN of 4–12 digits from standard input and stores only a salted hash of it.</translation>
    </message>
    <message>
        <source>Ny PIN-kode (4–12 cifre): </source>
        <translation type="vanished">New PIN (4–12 digits): </translation>
    </message>
    <message>
        <source>Læser en PIN-kode på {0}–{1} cifre fra standard input og gemmer kun en saltet hash af den ({2} cifre går, med en advarsel). Kørende kiosker beholder den PIN, de startede med, til de startes igen.</source>
        <translation>Reads a PIN of {0}–{1} digits from standard input and keeps only a salted hash of it ({2} digits are accepted, with a warning). Running kiosks keep the PIN they started with until they are restarted.</translation>
    </message>
    <message>
        <source>Ny PIN-kode ({0}–{1} cifre): </source>
        <translation>New PIN ({0}–{1} digits): </translation>
    </message>
    <message>
        <source>Gentag PIN-koden: </source>
        <translation>Repeat the PIN: </translation>
    </message>
    <message>
        <source>De to PIN-koder er ikke ens.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>der kom ingen PIN-kode på standard input</source>
        <translation>no PIN came on standard input</translation>
    </message>
    <message>
        <source>PIN-koden kunne ikke gemmes ({0})</source>
        <translation>the PIN could not be saved ({0})</translation>
    </message>
    <message>
        <source>PIN-koden er gemt (kun som en saltet hash). En kiosk, der kører nu, beholder sin gamle PIN-kode, til den startes igen.</source>
        <translation>The PIN is saved (only as a salted hash). A kiosk running now keeps its old PIN until it is restarted.</translation>
    </message>
    <message>
        <source>PIN-koden er gemt (kun som en saltet hash).</source>
        <translation type="vanished">The PIN is saved (only as a salted hash).</translation>
    </message>
    <message>
        <source>søg i artiklerne som i sidepanelet</source>
        <translation>search the articles as in the sidebar</translation>
    </message>
    <message>
        <source>Søg i artiklerne. Med --queries FILE: én søgning pr. linje, ét svar pr. linje.</source>
        <translation>Search the articles. With --queries FILE: one search per line, one answer per line.</translation>
    </message>
    <message>
        <source>det, der søges efter</source>
        <translation>what to search for</translation>
    </message>
    <message>
        <source>en fil med én søgning pr. linje</source>
        <translation>a file with one search per line</translation>
    </message>
    <message>
        <source>ét JSON-objekt pr. søgning</source>
        <translation>one JSON object per search</translation>
    </message>
    <message>
        <source>højst N artikler pr. søgning (10)</source>
        <translation>at most N articles per search (10)</translation>
    </message>
    <message>
        <source>angiv enten QUERY eller --queries FILE, ikke begge</source>
        <translation>give either QUERY or --queries FILE, not both</translation>
    </message>
    <message>
        <source>filen kan ikke læses: {0} ({1})</source>
        <translation>the file cannot be read: {0} ({1})</translation>
    </message>
    <message>
        <source>angiv det, der søges efter (QUERY), eller --queries FILE</source>
        <translation>give what to search for (QUERY), or --queries FILE</translation>
    </message>
    <message>
        <source>søgningen er tom; skriv det, der søges efter</source>
        <translation>the search is empty; write what to search for</translation>
    </message>
    <message>
        <source>{0} er over {1} MB; kun begyndelsen er læst.</source>
        <translation>{0} is over {1} MB; only its beginning was read.</translation>
    </message>
    <message>
        <source>--limit skal være mindst 1</source>
        <translation>--limit must be at least 1</translation>
    </message>
    <message>
        <source>Ingen artikler fundet.</source>
        <translation>No articles found.</translation>
    </message>
    <message>
        <source>Mente du: {0}?</source>
        <translation>Did you mean: {0}?</translation>
    </message>
    <message>
        <source>filtypen kan ikke importeres: {0} (brug .zip, .docx, .odt, .html eller .txt)</source>
        <translation>this kind of file cannot be imported: {0} (use .zip, .docx, .odt, .html or .txt)</translation>
    </message>
    <message>
        <source>dokumentet kan ikke importeres: {0} Intet er skrevet.</source>
        <translation>the document cannot be imported: {0} Nothing was written.</translation>
    </message>
    <message>
        <source>artiklen kunne ikke skrives i {0}: {1}. Intet er skrevet.</source>
        <translation>the article could not be written in {0}: {1}. Nothing was written.</translation>
    </message>
    <message>
        <source>advarsel: der findes allerede en artikel med titlen «{0}» ({1}); den nye er gemt som {2}. Giv en af dem en anden titel, eller slet den ene.</source>
        <translation>warning: an article titled «{0}» ({1}) already exists; the new one is saved as {2}. Give one of them another title, or delete one.</translation>
    </message>
</context>
<context>
    <name>ClinicDialog</name>
    <message>
        <source>Klinikoplysninger</source>
        <translation>Clinic details</translation>
    </message>
    <message>
        <source>Klinikkens navn</source>
        <translation>Clinic name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Hjemmeside</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Logofil</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <source>PNG, JPEG eller SVG</source>
        <translation>PNG, JPEG or SVG</translation>
    </message>
    <message>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Vælg logofil</source>
        <translation>Choose logo file</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Hjemmeside:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Oplysningerne står øverst på de vejledninger, I udleverer.</source>
        <translation>These details are printed at the top of the handouts you give out.</translation>
    </message>
    <message>
        <source>Logoet kan ikke læses.</source>
        <translation>The logo cannot be read.</translation>
    </message>
    <message>
        <source>Intet logo.</source>
        <translation>No logo.</translation>
    </message>
    <message>
        <source>Vælg logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Billeder (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ConsultationMode</name>
    <message>
        <source>Konsultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Konsultationslinje</source>
        <translation>Consultation bar</translation>
    </message>
    <message>
        <source>Ingen artikel valgt</source>
        <translation>No article chosen</translation>
    </message>
</context>
<context>
    <name>ContentTools</name>
    <message>
        <source>&amp;Importér artikelpakke …</source>
        <translation>&amp;Import article pack …</translation>
    </message>
    <message>
        <source>Pak artikler og billeder fra en zip-fil ud i klinikkens mappe</source>
        <translation>Unpack articles and images from a zip file into the clinic&apos;s folder</translation>
    </message>
    <message>
        <source>&amp;Artikelmappe …</source>
        <translation>&amp;Article folder …</translation>
    </message>
    <message>
        <source>Vælg klinikkens mappe med egne artikler</source>
        <translation>Choose the folder with the clinic&apos;s own articles</translation>
    </message>
    <message>
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Bør gennemgås</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>%1: LIX %2 er over klinikkens grænse på %3.</source>
        <translation type="vanished">%1: LIX %2 is above the clinic&apos;s limit of %3.</translation>
    </message>
    <message>
        <source>Skriv kortere sætninger og færre lange ord (Filer → Rediger artikel).</source>
        <translation type="vanished">Write shorter sentences and fewer long words (File → Edit article).</translation>
    </message>
    <message>
        <source>Indlæser artikler …</source>
        <translation>Loading articles …</translation>
    </message>
    <message>
        <source>Importér artikelpakke</source>
        <translation>Import article pack</translation>
    </message>
    <message>
        <source>Artikelpakker (*.zip)</source>
        <translation>Article packs (*.zip)</translation>
    </message>
    <message>
        <source>Artikelpakken er afvist</source>
        <translation>The article pack was refused</translation>
    </message>
    <message>
        <source>Intet er ændret i artikelmappen.</source>
        <translation>Nothing in the article folder was changed.</translation>
    </message>
    <message>
        <source>Artikelpakken er importeret</source>
        <translation>The article pack was imported</translation>
    </message>
    <message>
        <source>Importeret til {0}</source>
        <translation>Imported into {0}</translation>
    </message>
</context>
<context>
    <name>DuplicateBar</name>
    <message>
        <source>Artikel med samme titel</source>
        <translation>Article with the same title</translation>
    </message>
    <message>
        <source>Behold begge – giv denne en anden titel</source>
        <translation>Keep both – give this one another title</translation>
    </message>
    <message>
        <source>Der findes allerede en medfølgende artikel med titlen «%1». Erstat den med klinikkens udgave (gemmes som %2 og bruges i stedet for den medfølgende), eller behold begge under hver sin titel.</source>
        <translation>A bundled article titled “%1” already exists. Replace it with the clinic’s version (saved as %2 and used instead of the bundled one), or keep both under titles of their own.</translation>
    </message>
    <message>
        <source>Erstat med klinikkens udgave</source>
        <translation>Replace with the clinic’s version</translation>
    </message>
    <message>
        <source>Der findes allerede en artikel med titlen «%1» i klinikkens mappe (%2). Opdatér den med denne tekst, eller behold begge under hver sin titel.</source>
        <translation>An article titled “%1” already exists in the clinic folder (%2). Update it with this text, or keep both under titles of their own.</translation>
    </message>
    <message>
        <source>Opdatér den eksisterende</source>
        <translation>Update the existing one</translation>
    </message>
</context>
<context>
    <name>EditorTools</name>
    <message>
        <source>&amp;Ny artikel</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <source>Skriv en ny artikel til klinikkens mappe</source>
        <translation>Write a new article for the clinic&apos;s folder</translation>
    </message>
    <message>
        <source>&amp;Rediger artikel</source>
        <translation>&amp;Edit article</translation>
    </message>
    <message>
        <source>Ret den åbne artikel</source>
        <translation>Edit the open article</translation>
    </message>
    <message>
        <source>Importér &amp;dokument …</source>
        <translation>Import &amp;document …</translation>
    </message>
    <message>
        <source>Læs et Word-dokument, OpenDocument, HTML eller tekst ind som en ny artikel</source>
        <translation>Read a Word document, OpenDocument, HTML or text in as a new article</translation>
    </message>
    <message>
        <source>&amp;Papirkurv …</source>
        <translation>Recycle &amp;bin …</translation>
    </message>
    <message>
        <source>Gendan en slettet artikel</source>
        <translation>Restore a deleted article</translation>
    </message>
    <message>
        <source>Der er en kladde, der ikke blev gemt: «%1». Filer → Ny artikel eller Rediger artikel tilbyder den igen.</source>
        <translation>There is a draft that was not saved: “%1”. File → New article or Edit article offers it again.</translation>
    </message>
    <message>
        <source>Gendan kladde?</source>
        <translation>Restore draft?</translation>
    </message>
    <message>
        <source>Der er en kladde, der ikke blev gemt: «%1» (%2). Vil du fortsætte med den?</source>
        <translation>There is a draft that was not saved: “%1” (%2). Do you want to continue with it?</translation>
    </message>
    <message>
        <source>Ny artikel</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Importér dokument</source>
        <translation>Import document</translation>
    </message>
    <message>
        <source>Dokumenter (*.docx *.odt *.html *.htm *.txt)</source>
        <translation>Documents (*.docx *.odt *.html *.htm *.txt)</translation>
    </message>
    <message>
        <source>Dokumentet kan ikke importeres</source>
        <translation>The document cannot be imported</translation>
    </message>
    <message>
        <source>Intet er gemt.</source>
        <translation>Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>let</source>
        <translation>easy</translation>
    </message>
    <message>
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>svær</source>
        <translation>hard</translation>
    </message>
    <message>
        <source>Artiklens tekst (Markdown)</source>
        <translation>The article&apos;s text (Markdown)</translation>
    </message>
    <message>
        <source>Skriv artiklen her. ## giver en overskrift, - en punktliste.</source>
        <translation>Write the article here. ## makes a heading, - a bulleted list.</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Læsbarhed (LIX)</source>
        <translation>Readability (LIX)</translation>
    </message>
    <message>
        <source>LIX: ord pr. sætning plus procent lange ord (over seks bogstaver). Under 35 er let, 35-44 middel, 45 og derover svær.</source>
        <translation>LIX: words per sentence plus the percentage of long words (more than six letters). Below 35 is easy, 35-44 medium, 45 and above hard.</translation>
    </message>
    <message>
        <source>Problemer i artiklen</source>
        <translation>Problems in the article</translation>
    </message>
    <message>
        <source>Tekst og forhåndsvisning</source>
        <translation>Text and preview</translation>
    </message>
    <message>
        <source>Problemer:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Gem artiklen i klinikkens mappe</source>
        <translation>Save the article in the clinic&apos;s folder</translation>
    </message>
    <message>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Annullér fortryd</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Gør linjen til en overskrift (##)</source>
        <translation>Make the line a heading (##)</translation>
    </message>
    <message>
        <source>Fed</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Fed skrift</source>
        <translation>Bold text</translation>
    </message>
    <message>
        <source>Punktliste</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Nummereret liste</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Indsæt en tabel med en overskriftsrække</source>
        <translation>Insert a table with a header row</translation>
    </message>
    <message>
        <source>Link til artikel …</source>
        <translation>Link to article …</translation>
    </message>
    <message>
        <source>Indsæt et link til en anden artikel</source>
        <translation>Insert a link to another article</translation>
    </message>
    <message>
        <source>Billede …</source>
        <translation>Image …</translation>
    </message>
    <message>
        <source>Indsæt et billede (det kopieres til klinikkens mappe)</source>
        <translation>Insert an image (it is copied into the clinic&apos;s folder)</translation>
    </message>
    <message>
        <source>Hvornår skal du søge læge</source>
        <translation>When to see a doctor</translation>
    </message>
    <message>
        <source>Indsæt afsnittet om, hvornår man skal søge læge (vises som en markeret boks)</source>
        <translation>Insert the section on when to see a doctor (shown as a marked box)</translation>
    </message>
    <message>
        <source>&amp;Slet artikel …</source>
        <translation>&amp;Delete article …</translation>
    </message>
    <message>
        <source>Flyt artiklen til papirkurven</source>
        <translation>Move the article to the recycle bin</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Redigering</source>
        <translation>Editing</translation>
    </message>
    <message>
        <source>Flere redigeringsknapper</source>
        <translation>More editing buttons</translation>
    </message>
    <message>
        <source>Ikke alt kom med fra dokumentet; se problemerne nederst.</source>
        <translation>Not everything came across from the document; see the problems at the bottom.</translation>
    </message>
    <message>
        <source>Ny artikel</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Artikeleditor</source>
        <translation>Article editor</translation>
    </message>
    <message>
        <source>Gem erstatter «%1».</source>
        <translation>Save replaces “%1”.</translation>
    </message>
    <message>
        <source>En anden artikel har samme titel: vælg ovenfor, om den skal erstattes, eller giv denne en anden titel.</source>
        <translation>Another article has the same title: choose above whether to replace it, or give this one another title.</translation>
    </message>
    <message>
        <source>Forhåndsvisningen kunne ikke laves: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <source>Ikke taget med fra dokumentet: %1</source>
        <translation>Not carried over from the document: %1</translation>
    </message>
    <message>
        <source>LIX %1 · %2</source>
        <translation>LIX %1 · %2</translation>
    </message>
    <message>
        <source>LIX er %1, over klinikkens grænse på %2: skriv kortere sætninger og kortere ord.</source>
        <translation>LIX is %1, above the clinic&apos;s limit of %2: write shorter sentences and shorter words.</translation>
    </message>
    <message>
        <source>Ingen problemer</source>
        <translation>No problems</translation>
    </message>
    <message>
        <source>afhænger af dit valg herunder</source>
        <translation>depends on your choice below</translation>
    </message>
    <message>
        <source>%1 (opdaterer den eksisterende artikel)</source>
        <translation>%1 (updates the existing article)</translation>
    </message>
    <message>
        <source>%1 (klinikkens kopi af en medfølgende artikel)</source>
        <translation>%1 (the clinic&apos;s copy of a bundled article)</translation>
    </message>
    <message>
        <source>%1 (navnet er optaget af en anden artikel)</source>
        <translation>%1 (the name is taken by another article)</translation>
    </message>
    <message>
        <source>fed tekst</source>
        <translation>bold text</translation>
    </message>
    <message>
        <source>Link til artikel</source>
        <translation>Link to article</translation>
    </message>
    <message>
        <source>Artikel:</source>
        <translation>Article:</translation>
    </message>
    <message>
        <source>Indsæt billede</source>
        <translation>Insert image</translation>
    </message>
    <message>
        <source>Billeder (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Billedet kan ikke indsættes</source>
        <translation>The image cannot be inserted</translation>
    </message>
    <message>
        <source>Artiklen kan ikke gemmes endnu</source>
        <translation>The article cannot be saved yet</translation>
    </message>
    <message>
        <source>Der findes allerede en artikel med denne titel</source>
        <translation>An article with this title already exists</translation>
    </message>
    <message>
        <source>Vælg i feltet over teksten, om «%1» skal erstattes, eller giv artiklen en anden titel. Intet er gemt.</source>
        <translation>Choose in the strip above the text whether “%1” is to be replaced, or give the article another title. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Artiklen kunne ikke gemmes</source>
        <translation>The article could not be saved</translation>
    </message>
    <message>
        <source>%1

Intet er ændret i mappen %2.</source>
        <translation>%1

Nothing was changed in the folder %2.</translation>
    </message>
    <message>
        <source>«%1» er opdateret (%2).</source>
        <translation>“%1” has been updated (%2).</translation>
    </message>
    <message>
        <source>Gemt som klinikkens egen kopi (%1). Den bruges i stedet for den medfølgende artikel.</source>
        <translation>Saved as the clinic&apos;s own copy (%1). It is used instead of the bundled article.</translation>
    </message>
    <message>
        <source>Gemt som %1: der findes allerede en artikel med det navn.</source>
        <translation>Saved as %1: an article with that name already exists.</translation>
    </message>
    <message>
        <source>Gemt i %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Kladden kunne ikke gemmes: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Intet at slette</source>
        <translation>Nothing to delete</translation>
    </message>
    <message>
        <source>Kun klinikkens egne, gemte artikler kan slettes.</source>
        <translation>Only the clinic&apos;s own, saved articles can be deleted.</translation>
    </message>
    <message>
        <source>Slet artiklen?</source>
        <translation>Delete the article?</translation>
    </message>
    <message>
        <source>«%1» flyttes til papirkurven. Du kan gendanne den under Filer → Papirkurv.</source>
        <translation>“%1” is moved to the recycle bin. You can restore it under File → Recycle bin.</translation>
    </message>
    <message>
        <source>Artiklen kunne ikke slettes</source>
        <translation>The article could not be deleted</translation>
    </message>
    <message>
        <source>Gem ændringerne?</source>
        <translation>Save the changes?</translation>
    </message>
    <message>
        <source>Artiklen har ændringer, der ikke er gemt.</source>
        <translation>The article has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Der opstod en uventet fejl. Programmet kører videre, men gem gerne dit arbejde og genstart det.</source>
        <translation>An unexpected error occurred. The program keeps running, but please save your work and restart it.</translation>
    </message>
    <message>
        <source>Detaljerne er skrevet i loggen:
%1</source>
        <translation>The details are in the log:
%1</translation>
    </message>
</context>
<context>
    <name>FavouritesMenu</name>
    <message>
        <source>F&amp;avoritter</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <source>Favoritter</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>Senest læst</source>
        <translation>Recently read</translation>
    </message>
</context>
<context>
    <name>FavouritesPanel</name>
    <message>
        <source>Favoritter og senest læste</source>
        <translation>Favourites and recently read</translation>
    </message>
    <message>
        <source>Dine favoritartikler og de sidst åbnede; Enter åbner artiklen.</source>
        <translation>Your favourite articles and the last opened; Enter opens the article.</translation>
    </message>
    <message>
        <source>★ Favoritter</source>
        <translation>★ Favourites</translation>
    </message>
    <message>
        <source>Senest læst</source>
        <translation>Recently read</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Søg på siden</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>Find på siden …</source>
        <translation>Find in page …</translation>
    </message>
    <message>
        <source>Find på siden</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>Enter finder næste, Skift+Enter forrige, Esc lukker og fjerner markeringerne.</source>
        <translation>Enter finds the next, Shift+Enter the previous, Esc closes and removes the highlights.</translation>
    </message>
    <message>
        <source>Antal fund</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <source>Forrige fund</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Forrige fund (Skift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Næste fund</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Næste fund (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Luk søgning på siden</source>
        <translation>Close find in page</translation>
    </message>
    <message>
        <source>Luk (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Ingen fund</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <source>Klinikkens artikler</source>
        <translation>The clinic&apos;s articles</translation>
    </message>
    <message>
        <source>Artikelmappe</source>
        <translation>Article folder</translation>
    </message>
    <message>
        <source>Standardmappen</source>
        <translation>The default folder</translation>
    </message>
    <message>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Vælg artikelmappe</source>
        <translation>Choose article folder</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Brug standardmappen</source>
        <translation>Use the default folder</translation>
    </message>
    <message>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Bør gennemgås efter</source>
        <translation>Needs review after</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Marker artikler med LIX over</source>
        <translation>Mark articles with a LIX above</translation>
    </message>
    <message>
        <source>Artikler med en LIX over dette tal vises i listen over problemer. Under 35 er let, 35-44 middel, 45 og derover svær. Fra: ingen markering.</source>
        <translation>Articles with a LIX above this number are shown in the problems list. Below 35 is easy, 35-44 medium, 45 and above hard. Off: no marks.</translation>
    </message>
    <message>
        <source>Mappens status</source>
        <translation>Folder status</translation>
    </message>
    <message>
        <source>&amp;Mappe:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Bør gennemgås efter:</source>
        <translation>&amp;Needs review after:</translation>
    </message>
    <message>
        <source>Marker artikler med &amp;LIX over:</source>
        <translation>Mark articles with a &amp;LIX above:</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Læg klinikkens egne artikler (Markdown-filer) i mappen; de vises med det samme. En artikel med samme filnavn som en medfølgende erstatter den. Et netværksdrev virker også.</source>
        <translation>Put the clinic&apos;s own articles (Markdown files) in the folder; they show up at once. An article with the same file name as a bundled one replaces it. A network drive works too.</translation>
    </message>
    <message>
        <source>Standardmappen bruges: {0}</source>
        <translation>The default folder is used: {0}</translation>
    </message>
    <message>
        <source>Mappen findes.</source>
        <translation>The folder exists.</translation>
    </message>
    <message>
        <source>Mappen findes ikke (endnu); den vises som et problem, til den findes.</source>
        <translation>The folder does not exist (yet); it is shown as a problem until it does.</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Fx Ondt i knæet</source>
        <translation>E.g. Knee pain</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Vælg en kategori, eller skriv en ny</source>
        <translation>Choose a category, or type a new one</translation>
    </message>
    <message>
        <source>Emneord</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Adskil med komma, fx knæ, løb, træning</source>
        <translation>Separate with commas, e.g. knee, running, exercise</translation>
    </message>
    <message>
        <source>Resumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Én eller to sætninger om, hvad artiklen handler om</source>
        <translation>One or two sentences on what the article is about</translation>
    </message>
    <message>
        <source>Offentlig webadresse</source>
        <translation>Public web address</translation>
    </message>
    <message>
        <source>Gennemgås senest</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Dato for gennemgang</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Filnavn</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Emneord:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Resumé:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>&amp;Webadresse:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>Gennemgang:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Udskriv vejledning</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>Artikler og afsnit</source>
        <translation>Articles and sections</translation>
    </message>
    <message>
        <source>Sæt flueben ved hele artikler eller enkelte afsnit</source>
        <translation>Tick whole articles or single sections</translation>
    </message>
    <message>
        <source>Rækkefølge i vejledningen</source>
        <translation>Order in the handout</translation>
    </message>
    <message>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flyt det valgte punkt op</source>
        <translation>Move the chosen item up</translation>
    </message>
    <message>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Flyt det valgte punkt ned</source>
        <translation>Move the chosen item down</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern det valgte punkt fra vejledningen</source>
        <translation>Remove the chosen item from the handout</translation>
    </message>
    <message>
        <source>Patientens navn</source>
        <translation>Patient&apos;s name</translation>
    </message>
    <message>
        <source>Gemmes ingen steder</source>
        <translation>Not stored anywhere</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note til patienten</source>
        <translation>Note for the patient</translation>
    </message>
    <message>
        <source>Fx: Lav nerveglidningerne tre gange dagligt.</source>
        <translation>E.g. Do the nerve glides three times a day.</translation>
    </message>
    <message>
        <source>Navnet småt øverst på side 2 og frem</source>
        <translation>The name small at the top of page 2 and on</translation>
    </message>
    <message>
        <source>Patientens navn også øverst på de næste sider</source>
        <translation>The patient&apos;s name also at the top of the following pages</translation>
    </message>
    <message>
        <source>Stor skrift</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>QR-kode til hjemmeside</source>
        <translation>QR code for the website</translation>
    </message>
    <message>
        <source>Papirstørrelse</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Skabeloner</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Gem som skabelon …</source>
        <translation>Save as template …</translation>
    </message>
    <message>
        <source>Gem valg, rækkefølge, note og indstillinger</source>
        <translation>Save the choice, order, note and settings</translation>
    </message>
    <message>
        <source>Omdøb …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Omdøb den valgte skabelon</source>
        <translation>Rename the chosen template</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet den valgte skabelon</source>
        <translation>Delete the chosen template</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Åbn PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Åbn den gemte vejledning</source>
        <translation>Open the saved handout</translation>
    </message>
    <message>
        <source>Åbn mappe</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Åbn mappen, vejledningen er gemt i</source>
        <translation>Open the folder the handout is saved in</translation>
    </message>
    <message>
        <source>Status for vejledningen</source>
        <translation>Handout status</translation>
    </message>
    <message>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Artikler og afsnit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Articles and sections&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rækkefølge&lt;/b&gt;</source>
        <translation>&lt;b&gt;Order&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Udseende</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Papir:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Valg og forhåndsvisning</source>
        <translation>Choices and preview</translation>
    </message>
    <message>
        <source>Vælg en skabelon …</source>
        <translation>Choose a template …</translation>
    </message>
    <message>
        <source>%1 (hele artiklen)</source>
        <translation>%1 (whole article)</translation>
    </message>
    <message>
        <source>Vælg mindst én artikel eller ét afsnit.</source>
        <translation>Choose at least one article or section.</translation>
    </message>
    <message>
        <source>1 side.</source>
        <translation>1 page.</translation>
    </message>
    <message>
        <source>%1 sider.</source>
        <translation>%1 pages.</translation>
    </message>
    <message>
        <source>Udskrivning mislykkedes</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Sendt til printeren.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>PDF-filen kunne ikke gemmes</source>
        <translation>The PDF file could not be saved</translation>
    </message>
    <message>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>%1 punkt(er) i skabelonen findes ikke længere og er sprunget over.</source>
        <translation>%1 item(s) in the template no longer exist and were skipped.</translation>
    </message>
    <message>
        <source>Gem skabelon</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Vælg mindst én artikel eller ét afsnit først.</source>
        <translation>Choose at least one article or section first.</translation>
    </message>
    <message>
        <source>Navn på skabelonen:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Omdøb skabelon</source>
        <translation>Rename template</translation>
    </message>
    <message>
        <source>Nyt navn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Slet skabelon</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Slet skabelonen &quot;%1&quot;?</source>
        <translation>Delete the template &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Gem vejledning som PDF</source>
        <translation>Save handout as PDF</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Er du stadig her?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Rør skærmen for at læse videre. Ellers starter skærmen forfra for den næste.</source>
        <translation>Touch the screen to keep reading. Otherwise the screen starts over for the next person.</translation>
    </message>
    <message>
        <source>Jeg er her stadig</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>KioskArticlePage</name>
    <message>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forside</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Til forsiden</source>
        <translation>To the home screen</translation>
    </message>
    <message>
        <source>Mindre tekst</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Større tekst</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Print denne side</source>
        <translation>Print this page</translation>
    </message>
    <message>
        <source>Artiklen. Træk med fingeren for at rulle.</source>
        <translation>The article. Drag with your finger to scroll.</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>Patientvejledninger</source>
        <translation>Patient information</translation>
    </message>
    <message>
        <source>Tryk på et emne, eller søg efter en artikel</source>
        <translation>Tap a topic, or search for an article</translation>
    </message>
    <message>
        <source>Søg, fx ryg, knæ eller nerve …</source>
        <translation>Search, e.g. back, knee or nerve …</translation>
    </message>
    <message>
        <source>Søg efter en artikel</source>
        <translation>Search for an article</translation>
    </message>
    <message>
        <source>Ryd</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Ryd søgningen</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Alle emner</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message numerus="yes">
        <source>Fundet: %n artikler</source>
        <translation>
            <numerusform>Found: %n article</numerusform>
            <numerusform>Found: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen artikler fundet. Prøv et andet ord.</source>
        <translation>No articles found. Try another word.</translation>
    </message>
    <message>
        <source>Vælg et emne</source>
        <translation>Choose a topic</translation>
    </message>
    <message numerus="yes">
        <source>%n artikler</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Alle artikler</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Viser %1 af %2. Søg for at finde resten.</source>
        <translation>Showing %1 of %2. Search to find the rest.</translation>
    </message>
    <message>
        <source>Mente du: %1</source>
        <translation>Did you mean: %1</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>Kioskindstillinger</source>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>til</source>
        <translation>on</translation>
    </message>
    <message>
        <source>fra</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Start altid som kiosk: %1</source>
        <translation>Always start as a kiosk: %1</translation>
    </message>
    <message>
        <source>Udskrivning: %1</source>
        <translation>Printing: %1</translation>
    </message>
    <message>
        <source>Start forfra efter %1 s uden berøring</source>
        <translation>Start over after %1 s without a touch</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Patientlæser – kiosk</source>
        <translation type="vanished">Patient reader – kiosk</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Den artikel findes ikke her.</source>
        <translation>That article is not available here.</translation>
    </message>
    <message>
        <source>Links er slået fra her.</source>
        <translation>Links are turned off here.</translation>
    </message>
    <message>
        <source>Der er ingen printer. Spørg i receptionen.</source>
        <translation>There is no printer. Please ask at the front desk.</translation>
    </message>
    <message>
        <source>Siden er sendt til printeren.</source>
        <translation>The page was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>LoaderMessages</name>
    <message>
        <source>Filen er ikke tekst (den ser binær ud).</source>
        <translation>The file is not text (it looks binary).</translation>
    </message>
    <message>
        <source>Filen er ikke gemt som UTF-8; den er læst som Windows-1252.</source>
        <translation>The file is not saved as UTF-8; it was read as Windows-1252.</translation>
    </message>
    <message>
        <source>Filen indeholder usynlige NUL-tegn; de er sprunget over.</source>
        <translation>The file holds invisible NUL characters; they were skipped.</translation>
    </message>
    <message>
        <source>Luk parentesen ([ … ] eller { … }), eller sæt citationstegn om værdien, fx title: &quot;[Udkast] Knæ&quot;.</source>
        <translation>Close the bracket ([ … ] or { … }), or put quotes around the value, e.g. title: &quot;[Draft] Knee&quot;.</translation>
    </message>
    <message>
        <source>Afslut citationstegnet på samme linje, eller fjern det.</source>
        <translation>End the quote on the same line, or remove it.</translation>
    </message>
    <message>
        <source>Skriv linjen som nøgle: værdi, og sæt citationstegn om værdien, hvis den har særlige tegn.</source>
        <translation>Write the line as key: value, and put quotes around the value if it has special characters.</translation>
    </message>
    <message>
        <source>Datoen &apos;{0}&apos; findes ikke i kalenderen; den er udeladt.</source>
        <translation>The date &apos;{0}&apos; does not exist in the calendar; it was left out.</translation>
    </message>
    <message>
        <source>Ret dagen eller måneden.</source>
        <translation>Correct the day or the month.</translation>
    </message>
    <message>
        <source>{0}: LIX {1} ({2}) er over klinikkens grænse på {3}.</source>
        <translation>{0}: LIX {1} ({2}) is above the clinic&apos;s limit of {3}.</translation>
    </message>
    <message>
        <source>Skriv kortere sætninger og færre lange ord (Filer → Rediger artikel).</source>
        <translation>Write shorter sentences and fewer long words (File → Edit article).</translation>
    </message>
    <message>
        <source>Mappen er en systemmappe, ikke en mappe med artikler; den er ikke gennemgået.</source>
        <translation>The folder is a system folder, not a folder of articles; it was not searched.</translation>
    </message>
    <message>
        <source>Vælg mappen med klinikkens artikler i indstillingerne.</source>
        <translation>Choose the folder with the clinic&apos;s articles in the settings.</translation>
    </message>
    <message>
        <source>Mappen har over {0} undermapper eller {1} filer; resten er sprunget over.</source>
        <translation>The folder has over {0} subfolders or {1} files; the rest were skipped.</translation>
    </message>
    <message>
        <source>Vælg en mappe, der kun har artikler (ikke fx et helt drev).</source>
        <translation>Choose a folder that holds only articles (not, say, a whole drive).</translation>
    </message>
    <message>
        <source>Artiklen er for stor til at blive formateret ({0} mio. tegn; højst {1} 000); den vises uformateret.</source>
        <translation>The article is too large to format ({0} million characters; at most {1},000); it is shown unformatted.</translation>
    </message>
    <message>
        <source>Artiklen har over {0} overskrifter; den vises uformateret.</source>
        <translation>The article has over {0} headings; it is shown unformatted.</translation>
    </message>
    <message>
        <source>Artiklens tabeller har over {0} celler; den vises uformateret.</source>
        <translation>The article&apos;s tables have over {0} cells; it is shown unformatted.</translation>
    </message>
    <message>
        <source>Artiklen har over {0} skarpe parenteser ([); den vises uformateret.</source>
        <translation>The article has over {0} square brackets ([); it is shown unformatted.</translation>
    </message>
    <message>
        <source>Artiklen har over {0} &amp;-tegn; den vises uformateret.</source>
        <translation>The article has over {0} &amp; signs; it is shown unformatted.</translation>
    </message>
    <message>
        <source>Artiklen har citater i over {0} niveauer; den vises uformateret.</source>
        <translation>The article has quotes over {0} levels deep; it is shown unformatted.</translation>
    </message>
    <message>
        <source>Del artiklen op i mindre filer, eller ret opbygningen (overskrifter, tabeller, citater).</source>
        <translation>Split the article into smaller files, or fix its structure (headings, tables, quotes).</translation>
    </message>
    <message>
        <source>Gem filen igen fra en teksteditor; så forsvinder tegnene.</source>
        <translation>Save the file again from a text editor; that removes them.</translation>
    </message>
    <message>
        <source>Filen er ikke tekst (den indeholder mange kontroltegn).</source>
        <translation>The file is not text (it contains many control characters).</translation>
    </message>
    <message>
        <source>Gem artiklen som Markdown-tekst i UTF-8 (i Notesblok: Gem som → Kodning: UTF-8).</source>
        <translation>Save the article as Markdown text in UTF-8 (in Notepad: Save as → Encoding: UTF-8).</translation>
    </message>
    <message>
        <source>Filen er for stor ({0} MB; højst {1} MB).</source>
        <translation>The file is too large ({0} MB; at most {1} MB).</translation>
    </message>
    <message>
        <source>Del artiklen op i flere filer.</source>
        <translation>Split the article into several files.</translation>
    </message>
    <message>
        <source>Det er ikke en almindelig fil (men fx en pipe eller en enhed).</source>
        <translation>It is not an ordinary file (but e.g. a pipe or a device).</translation>
    </message>
    <message>
        <source>Fjern den fra mappen.</source>
        <translation>Remove it from the folder.</translation>
    </message>
    <message>
        <source>Det er en mappe, ikke en fil.</source>
        <translation>It is a folder, not a file.</translation>
    </message>
    <message>
        <source>Omdøb mappen, så navnet ikke ender på .md.</source>
        <translation>Rename the folder so its name does not end in .md.</translation>
    </message>
    <message>
        <source>Filen kan ikke læses (ingen adgang).</source>
        <translation>The file cannot be read (no access).</translation>
    </message>
    <message>
        <source>Giv alle brugere læseret til filen.</source>
        <translation>Give every user read access to the file.</translation>
    </message>
    <message>
        <source>Filen forsvandt, mens den blev læst.</source>
        <translation>The file disappeared while it was being read.</translation>
    </message>
    <message>
        <source>Ingenting, hvis den blev slettet med vilje.</source>
        <translation>Nothing, if it was deleted on purpose.</translation>
    </message>
    <message>
        <source>Filen er et link, der peger på sig selv i ring.</source>
        <translation>The file is a link that points to itself in a loop.</translation>
    </message>
    <message>
        <source>Slet linket.</source>
        <translation>Delete the link.</translation>
    </message>
    <message>
        <source>Filen kan ikke læses: {0}.</source>
        <translation>The file cannot be read: {0}.</translation>
    </message>
    <message>
        <source>Tjek at filen og drevet er tilgængelige.</source>
        <translation>Check that the file and the drive are available.</translation>
    </message>
    <message>
        <source>Omdøb filen, så navnet kun har almindelige tegn.</source>
        <translation>Rename the file so its name has only ordinary characters.</translation>
    </message>
    <message>
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Skriv artiklen i filen, eller slet den.</source>
        <translation>Write the article in the file, or delete it.</translation>
    </message>
    <message>
        <source>Filen kan ikke læses.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Gem filen som UTF-8, så æ, ø og å altid vises rigtigt.</source>
        <translation>Save the file as UTF-8 so that æ, ø and å always show correctly.</translation>
    </message>
    <message>
        <source>Metadata (front matter) kunne ikke læses; den er sprunget over.</source>
        <translation>The metadata (front matter) could not be read; it was skipped.</translation>
    </message>
    <message>
        <source>Forenkl metadata (front matter).</source>
        <translation>Simplify the metadata (front matter).</translation>
    </message>
    <message>
        <source>Metadata (front matter) mangler &apos;title&apos;; titlen &quot;{0}&quot; er taget fra metaTitle.</source>
        <translation>The metadata (front matter) has no &apos;title&apos;; the title &quot;{0}&quot; was taken from metaTitle.</translation>
    </message>
    <message>
        <source>Metadata (front matter) mangler &apos;title&apos;; titlen &quot;{0}&quot; er taget fra den første overskrift.</source>
        <translation>The metadata (front matter) has no &apos;title&apos;; the title &quot;{0}&quot; was taken from the first heading.</translation>
    </message>
    <message>
        <source>Metadata (front matter) mangler en titel; filnavnet bruges (&quot;{0}&quot;).</source>
        <translation>The metadata (front matter) has no title; the file name is used (&quot;{0}&quot;).</translation>
    </message>
    <message>
        <source>Tilføj title: i metadata (front matter).</source>
        <translation>Add title: to the metadata (front matter).</translation>
    </message>
    <message>
        <source>Datoen &apos;{0}&apos; kan ikke læses; den er udeladt.</source>
        <translation>The date &apos;{0}&apos; cannot be read; it was left out.</translation>
    </message>
    <message>
        <source>Skriv datoen som DD/MM/ÅÅÅÅ eller ÅÅÅÅ-MM-DD.</source>
        <translation>Write the date as DD/MM/YYYY or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Mappen findes ikke eller kan ikke åbnes.</source>
        <translation>The folder does not exist or cannot be opened.</translation>
    </message>
    <message>
        <source>Vælg en anden mappe i indstillingerne, eller tjek netværksdrevet.</source>
        <translation>Choose another folder in the settings, or check the network drive.</translation>
    </message>
    <message>
        <source>Mappen har over {0} filer; resten er sprunget over.</source>
        <translation>The folder has over {0} files; the rest were skipped.</translation>
    </message>
    <message>
        <source>Del artiklerne op, eller flyt filer, der ikke er artikler, ud af mappen.</source>
        <translation>Split the articles up, or move files that are not articles out of the folder.</translation>
    </message>
    <message>
        <source>Samme filnavn som {0}; denne fil er sprunget over.</source>
        <translation>Same file name as {0}; this file was skipped.</translation>
    </message>
    <message>
        <source>Omdøb en af dem (filnavnet er artiklens adresse, også i undermapper).</source>
        <translation>Rename one of them (the file name is the article&apos;s address, also in subfolders).</translation>
    </message>
    <message>
        <source>Har samme titel som {0}.</source>
        <translation>Has the same title as {0}.</translation>
    </message>
    <message>
        <source>Giv en af dem en anden titel, så de kan skelnes.</source>
        <translation>Give one of them another title so they can be told apart.</translation>
    </message>
    <message>
        <source>Sæt citationstegn om værdier med kolon, fx title: &quot;Diskusprolaps: 6 myter&quot;.</source>
        <translation>Put quotes around values with a colon, e.g. title: &quot;Diskusprolaps: 6 myter&quot;.</translation>
    </message>
    <message>
        <source>Der står tomme linjer før den første &apos;---&apos; i metadata (front matter); de er sprunget over.</source>
        <translation>There are empty lines before the first &apos;---&apos; of the metadata (front matter); they were skipped.</translation>
    </message>
    <message>
        <source>Slet de tomme linjer øverst i filen.</source>
        <translation>Delete the empty lines at the top of the file.</translation>
    </message>
    <message>
        <source>Metadata (front matter) er skrevet i &apos;{0}&apos;, ikke YAML; den er læst linje for linje.</source>
        <translation>The metadata (front matter) is written in &apos;{0}&apos;, not YAML; it was read line by line.</translation>
    </message>
    <message>
        <source>Skriv metadata (front matter) som YAML mellem to linjer med ---.</source>
        <translation>Write the metadata (front matter) as YAML between two lines of ---.</translation>
    </message>
    <message>
        <source>Metadata (front matter) er usædvanlig lang; kun de første linjer er læst.</source>
        <translation>The metadata (front matter) is unusually long; only the first lines were read.</translation>
    </message>
    <message>
        <source>Flyt tekst fra metadata (front matter) ned i artiklen.</source>
        <translation>Move text from the metadata (front matter) down into the article.</translation>
    </message>
    <message>
        <source>Metadata (front matter) er indlejret alt for dybt til at være almindelig metadata; den er læst linje for linje.</source>
        <translation>The metadata (front matter) is nested far too deep to be ordinary metadata; it was read line by line.</translation>
    </message>
    <message>
        <source>Skriv metadata (front matter) som enkle linjer: nøgle: værdi.</source>
        <translation>Write the metadata (front matter) as simple lines: key: value.</translation>
    </message>
    <message>
        <source>Metadata (front matter) bruger {0} YAML-henvisninger (aliaser); det ligner et angreb, så den er læst linje for linje i stedet.</source>
        <translation>The metadata (front matter) uses {0} YAML references (aliases); that looks like an attack, so it was read line by line instead.</translation>
    </message>
    <message>
        <source>Skriv værdierne ud i stedet for at bruge * og &amp;.</source>
        <translation>Write the values out instead of using * and &amp;.</translation>
    </message>
    <message>
        <source>Metadata (front matter) indeholder et YAML-mærke (tag), som ikke er tilladt; den er læst linje for linje.</source>
        <translation>The metadata (front matter) contains a YAML tag, which is not allowed; it was read line by line.</translation>
    </message>
    <message>
        <source>Fjern det, der begynder med !, fra metadata (front matter).</source>
        <translation>Remove what begins with ! from the metadata (front matter).</translation>
    </message>
    <message>
        <source>Metadata (front matter) er ikke gyldig YAML (linje {0}); den er læst linje for linje.</source>
        <translation>The metadata (front matter) is not valid YAML (line {0}); it was read line by line.</translation>
    </message>
    <message>
        <source>Metadata (front matter) er ikke gyldig YAML; den er læst linje for linje.</source>
        <translation>The metadata (front matter) is not valid YAML; it was read line by line.</translation>
    </message>
    <message>
        <source>Metadata (front matter) er ikke en liste af &apos;nøgle: værdi&apos;; den er sprunget over.</source>
        <translation>The metadata (front matter) is not a list of &apos;key: value&apos;; it was skipped.</translation>
    </message>
    <message>
        <source>Skriv metadata (front matter) som linjer med nøgle: værdi, fx title: Knæsmerter.</source>
        <translation>Write the metadata (front matter) as lines of key: value, e.g. title: Knæsmerter.</translation>
    </message>
    <message>
        <source>{0}: Gennemgangsdatoen {1} er overskredet.</source>
        <translation>{0}: The review date {1} has passed.</translation>
    </message>
    <message>
        <source>{0}: Sidst opdateret {1}, over {2} måneder siden.</source>
        <translation>{0}: Last updated {1}, over {2} months ago.</translation>
    </message>
    <message>
        <source>Læs artiklen igennem, ret den, og sæt en ny lastUpdated eller reviewBy.</source>
        <translation>Read the article through, correct it, and set a new lastUpdated or reviewBy.</translation>
    </message>
    <message>
        <source>Artiklen tog over {0} sekunder at formatere; den vises uformateret.</source>
        <translation>The article took over {0} seconds to format; it is shown unformatted.</translation>
    </message>
    <message>
        <source>Artiklen kunne ikke formateres ({0}); den vises uformateret.</source>
        <translation>The article could not be formatted ({0}); it is shown unformatted.</translation>
    </message>
    <message>
        <source>Indstillingerne kunne ikke læses ({0}); standardindstillinger bruges.</source>
        <translation>The settings could not be read ({0}); default settings are used.</translation>
    </message>
    <message>
        <source>Indstillingsfilen var beskadiget; standardindstillinger bruges. En kopi af den gamle fil er gemt som {0}.</source>
        <translation>The settings file was damaged; default settings are used. A copy of the old file is saved as {0}.</translation>
    </message>
    <message>
        <source>Indstillingsfilen var beskadiget; standardindstillinger bruges.</source>
        <translation>The settings file was damaged; default settings are used.</translation>
    </message>
    <message>
        <source>Noten nævner patientens navn. Fjern navnet fra noten, før du gemmer den som skabelon.</source>
        <translation>The note names the patient. Remove the name from the note before you save it as a template.</translation>
    </message>
    <message>
        <source>Skabelonen skal have et navn.</source>
        <translation>The template needs a name.</translation>
    </message>
    <message>
        <source>Navnet er for langt (højst {0} tegn).</source>
        <translation>The name is too long (at most {0} characters).</translation>
    </message>
    <message>
        <source>Der findes allerede en skabelon med navnet &quot;{0}&quot;.</source>
        <translation>There is already a template called &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>Artiklen &quot;{0}&quot; findes ikke. Se &apos;patient-reader list&apos; for artiklerne.</source>
        <translation>The article &quot;{0}&quot; does not exist. See &apos;patient-reader list&apos; for the articles.</translation>
    </message>
    <message>
        <source>Artiklen &quot;{0}&quot; har intet afsnit &quot;{1}&quot;. Afsnittene er: {2}.</source>
        <translation>The article &quot;{0}&quot; has no section &quot;{1}&quot;. The sections are: {2}.</translation>
    </message>
    <message>
        <source>Vælg mindst én artikel eller ét afsnit til vejledningen.</source>
        <translation>Choose at least one article or section for the handout.</translation>
    </message>
    <message>
        <source>Der kom ingen PIN-kode; skriv {0}–{1} cifre, fx: echo 4711 | patient-reader set-pin</source>
        <translation>No PIN came; type {0}–{1} digits, e.g.: echo 4711 | patient-reader set-pin</translation>
    </message>
    <message>
        <source>PIN-koden må kun bestå af cifre (0–9).</source>
        <translation>The PIN may only consist of digits (0–9).</translation>
    </message>
    <message>
        <source>PIN-koden skal have {0}–{1} cifre (mindst {2}).</source>
        <translation>The PIN must have {0}–{1} digits (at least {2}).</translation>
    </message>
    <message>
        <source>PIN-koden skal have {0}–{1} cifre.</source>
        <translation type="vanished">The PIN must have {0}–{1} digits.</translation>
    </message>
    <message>
        <source>Pakken indeholder et Windows-filnavn med \ ({0}); hele pakken er afvist.</source>
        <translation>The pack contains a Windows file name with \ ({0}); the whole pack is refused.</translation>
    </message>
    <message>
        <source>Pakken indeholder et filnavn med drevbogstav ({0}); hele pakken er afvist.</source>
        <translation>The pack contains a file name with a drive letter ({0}); the whole pack is refused.</translation>
    </message>
    <message>
        <source>Pakken indeholder en absolut sti ({0}); hele pakken er afvist.</source>
        <translation>The pack contains an absolute path ({0}); the whole pack is refused.</translation>
    </message>
    <message>
        <source>Pakken indeholder et filnavn med kontroltegn; hele pakken er afvist.</source>
        <translation>The pack contains a file name with control characters; the whole pack is refused.</translation>
    </message>
    <message>
        <source>Pakken indeholder en sti med &apos;..&apos; ({0}), der peger ud af mappen; hele pakken er afvist.</source>
        <translation>The pack contains a path with &apos;..&apos; ({0}) that points out of the folder; the whole pack is refused.</translation>
    </message>
    <message>
        <source>Pakken har {0} filer; højst {1} er tilladt.</source>
        <translation>The pack has {0} files; at most {1} are allowed.</translation>
    </message>
    <message>
        <source>Pakken indeholder et link ({0}); hele pakken er afvist.</source>
        <translation>The pack contains a link ({0}); the whole pack is refused.</translation>
    </message>
    <message>
        <source>Pakken indeholder en enhedsfil eller pipe ({0}); hele pakken er afvist.</source>
        <translation>The pack contains a device file or pipe ({0}); the whole pack is refused.</translation>
    </message>
    <message>
        <source>Pakken er krypteret (har adgangskode); den kan ikke importeres.</source>
        <translation>The pack is encrypted (has a password); it cannot be imported.</translation>
    </message>
    <message>
        <source>Pakken fylder over {0} MB udpakket; den er afvist.</source>
        <translation>The pack takes up over {0} MB unpacked; it is refused.</translation>
    </message>
    <message>
        <source>Pakken ligner en &apos;zip-bombe&apos; ({0} pakker ud til over {1} gange sin størrelse); den er afvist.</source>
        <translation>The pack looks like a &apos;zip bomb&apos; ({0} unpacks to over {1} times its size); it is refused.</translation>
    </message>
    <message>
        <source>Pakken har to filer, hvis navne kun adskiller sig ved store og små bogstaver ({0} og {1}); hele pakken er afvist.</source>
        <translation>The pack has two files whose names differ only in upper and lower case ({0} and {1}); the whole pack is refused.</translation>
    </message>
    <message>
        <source>Pakken indeholder ingen artikler (.md-filer).</source>
        <translation>The pack contains no articles (.md files).</translation>
    </message>
    <message>
        <source>{0} er større end pakken oplyser; pakken er afvist.</source>
        <translation>{0} is larger than the pack says; the pack is refused.</translation>
    </message>
    <message>
        <source>Filen findes ikke: {0}</source>
        <translation>The file does not exist: {0}</translation>
    </message>
    <message>
        <source>Filen er ikke en gyldig zip-fil ({0}).</source>
        <translation>The file is not a valid zip file ({0}).</translation>
    </message>
    <message>
        <source>Pakken kan ikke læses ({0}).</source>
        <translation>The pack cannot be read ({0}).</translation>
    </message>
    <message>
        <source>{0} kunne ikke pakkes ud ({1}); intet er importeret.</source>
        <translation>{0} could not be unpacked ({1}); nothing was imported.</translation>
    </message>
    <message>
        <source>Filerne kunne ikke flyttes ind i artikelmappen ({0}); intet er importeret.</source>
        <translation>The files could not be moved into the article folder ({0}); nothing was imported.</translation>
    </message>
    <message>
        <source>{0} ville ende uden for artikelmappen (via et link); intet er importeret.</source>
        <translation>{0} would end up outside the article folder (through a link); nothing was imported.</translation>
    </message>
    <message>
        <source>{0} findes allerede som mappe eller link i artikelmappen; intet er importeret.</source>
        <translation>{0} already exists as a folder or link in the article folder; nothing was imported.</translation>
    </message>
    <message>
        <source>{0} tilføjet, {1} erstattet, {2} sprunget over.</source>
        <translation>{0} added, {1} replaced, {2} skipped.</translation>
    </message>
    <message>
        <source>Tilføjet: {0}</source>
        <translation>Added: {0}</translation>
    </message>
    <message>
        <source>Erstattet: {0}</source>
        <translation>Replaced: {0}</translation>
    </message>
    <message>
        <source>Sprunget over: {0} ({1})</source>
        <translation>Skipped: {0} ({1})</translation>
    </message>
    <message>
        <source>skjult fil eller systemfil</source>
        <translation>hidden file or system file</translation>
    </message>
    <message>
        <source>artiklen er over {0} MB</source>
        <translation>the article is over {0} MB</translation>
    </message>
    <message>
        <source>billedet er over {0} MB</source>
        <translation>the image is over {0} MB</translation>
    </message>
    <message>
        <source>kun Markdown-artikler (.md) og billeder tages med</source>
        <translation>only Markdown articles (.md) and images are taken</translation>
    </message>
    <message>
        <source>Klinikkens logo kan ikke læses ({0}); vejledningen er uden logo.</source>
        <translation>The clinic&apos;s logo cannot be read ({0}); the handout has no logo.</translation>
    </message>
    <message>
        <source>Ingen QR-kode: hverken artiklerne (url) eller klinikken (hjemmeside) har en webadresse.</source>
        <translation>No QR code: neither the articles (url) nor the clinic (website) has a web address.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Tilbage</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Gå tilbage</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>&amp;Frem</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Gå frem</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>&amp;Startside</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <source>Vis startsiden: emner, senest læst, senest opdateret og favoritter</source>
        <translation>Show the start page: topics, last read, recently updated and favourites</translation>
    </message>
    <message>
        <source>&amp;Søg i artikler</source>
        <translation>&amp;Search articles</translation>
    </message>
    <message>
        <source>Gå til søgefeltet</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <source>&amp;Forstør tekst</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Større tekst</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>F&amp;ormindsk tekst</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <source>Mindre tekst</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal tekststørrelse</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>Normal tekststørrelse</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <source>&amp;Problemer med artikelfiler …</source>
        <translation>&amp;Problems with article files …</translation>
    </message>
    <message>
        <source>Vis problemer med artikelfiler</source>
        <translation>Show problems with article files</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Luk programmet</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>&amp;Udskriv vejledning …</source>
        <translation>&amp;Print handout …</translation>
    </message>
    <message>
        <source>Udskriv eller gem en vejledning til patienten</source>
        <translation>Print or save a handout for the patient</translation>
    </message>
    <message>
        <source>&amp;Klinikoplysninger …</source>
        <translation>&amp;Clinic details …</translation>
    </message>
    <message>
        <source>Klinikkens navn, adresse og logo på vejledninger</source>
        <translation>The clinic&apos;s name, address and logo on handouts</translation>
    </message>
    <message>
        <source>&amp;Om Patientlæser</source>
        <translation>&amp;About Patient Reader</translation>
    </message>
    <message>
        <source>Om programmet</source>
        <translation>About the program</translation>
    </message>
    <message>
        <source>Fjern &amp;søgemarkeringer</source>
        <translation>Clear &amp;search highlights</translation>
    </message>
    <message>
        <source>Fjern markeringen af søgeordene i artiklen</source>
        <translation>Remove the highlighting of the search words in the article</translation>
    </message>
    <message>
        <source>Antal artikler</source>
        <translation>Number of articles</translation>
    </message>
    <message>
        <source>Problemer med artikelfiler</source>
        <translation>Problems with article files</translation>
    </message>
    <message>
        <source>Vis de filer, der ikke kunne indlæses eller havde fejl</source>
        <translation>Show the files that could not be loaded or had errors</translation>
    </message>
    <message>
        <source>Indstillingerne kunne ikke gemmes: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Åbn link i browseren?</source>
        <translation>Open link in the browser?</translation>
    </message>
    <message>
        <source>Linket fører ud af Patientlæser til:

%1

Vil du åbne det i din browser?</source>
        <translation>The link leads out of Patient Reader to:

%1

Do you want to open it in your browser?</translation>
    </message>
    <message>
        <source>Linket peger på en artikel, der ikke findes her: %1</source>
        <translation>The link points to an article that is not here: %1</translation>
    </message>
    <message>
        <source>Om Patientlæser</source>
        <translation>About Patient Reader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patientlæser %1&lt;/h3&gt;&lt;p&gt;Patientvejledninger til fysioterapi, uden netforbindelse.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Patient Reader %1&lt;/h3&gt;&lt;p&gt;Patient education for physiotherapy, without a network connection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sidepanel og artikel</source>
        <translation>Sidebar and article</translation>
    </message>
    <message>
        <source>&amp;Gå</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Tekststørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>&amp;Find på siden …</source>
        <translation>&amp;Find in page …</translation>
    </message>
    <message>
        <source>Find tekst i artiklen</source>
        <translation>Find text in the article</translation>
    </message>
    <message>
        <source>Find &amp;næste</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Næste fund på siden</source>
        <translation>Next match in the page</translation>
    </message>
    <message>
        <source>Find &amp;forrige</source>
        <translation>Find pre&amp;vious</translation>
    </message>
    <message>
        <source>Forrige fund på siden</source>
        <translation>Previous match in the page</translation>
    </message>
    <message>
        <source>&amp;På denne side</source>
        <translation>&amp;On this page</translation>
    </message>
    <message>
        <source>Vis eller skjul afsnittene i artiklen</source>
        <translation>Show or hide the sections of the article</translation>
    </message>
    <message>
        <source>&amp;Konsultationstilstand</source>
        <translation>&amp;Consultation mode</translation>
    </message>
    <message>
        <source>Fuld skærm med stor tekst, afsnit for afsnit</source>
        <translation>Full screen with large text, section by section</translation>
    </message>
    <message>
        <source>Vis på &amp;anden skærm</source>
        <translation>Show on &amp;second screen</translation>
    </message>
    <message>
        <source>Vis artiklen stort på den anden skærm (patientens)</source>
        <translation>Show the article large on the second screen (the patient&apos;s)</translation>
    </message>
    <message>
        <source>Brug som &amp;standardstørrelse</source>
        <translation>Use as &amp;default size</translation>
    </message>
    <message>
        <source>Den nuværende tekststørrelse bliver den normale (Ctrl+0)</source>
        <translation>The current text size becomes the normal one (Ctrl+0)</translation>
    </message>
    <message>
        <source>Følg &amp;systemet</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Favorit</source>
        <translation>&amp;Favourite</translation>
    </message>
    <message>
        <source>Markér artiklen som favorit</source>
        <translation>Mark the article as a favourite</translation>
    </message>
    <message>
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Vis alle tastaturgenveje</source>
        <translation>Show all keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Tema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Standardtekststørrelsen er nu %1 %.</source>
        <translation>The default text size is now %1 %.</translation>
    </message>
    <message>
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>OnscreenKeyboard</name>
    <message>
        <source>Skærmtastatur</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <source>Store bogstaver</source>
        <translation>Capital letters</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>mellemrum</source>
        <translation>space</translation>
    </message>
    <message>
        <source>Mellemrum</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Skjul tastatur</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <source>Skjul tastaturet</source>
        <translation>Hide the keyboard</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tast personalets PIN-kode.</source>
        <translation>Enter the staff PIN.</translation>
    </message>
    <message>
        <source>Der er ikke sat en PIN-kode, så kiosken kan ikke låses op her. Sæt en på 6 cifre på denne computer med kommandoen:</source>
        <translation>No PIN has been set, so the kiosk cannot be unlocked here. Set a 6-digit PIN on this computer with the command:</translation>
    </message>
    <message>
        <source>Der er ikke sat en PIN-kode, så kiosken kan ikke låses op her. Sæt en på denne computer med kommandoen:</source>
        <translation type="vanished">No PIN has been set, so the kiosk can not be unlocked here. Set one on this computer with the command:</translation>
    </message>
    <message>
        <source>Forkert PIN-kode.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Forkert PIN-kode. Vent lidt, før du prøver igen.</source>
        <translation>Wrong PIN. Wait a moment before you try again.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Patientlæser – visning til patienten</source>
        <translation type="vanished">Patient Reader – patient view</translation>
    </message>
    <message>
        <source>Visning til patienten</source>
        <translation>Patient view</translation>
    </message>
    <message>
        <source>Artikel til patienten</source>
        <translation>Article for the patient</translation>
    </message>
    <message>
        <source>Ingen artikel valgt</source>
        <translation>No article chosen</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Bør gennemgås</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>1 artikel</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 artikler</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>Ingen problemer</source>
        <translation>No problems</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>%1 advarsler</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>%1 problemer</source>
        <translation>%1 problems</translation>
    </message>
    <message>
        <source>Disse filer kunne ikke indlæses, eller blev indlæst med en nødløsning. Ret filen, så opdateres listen af sig selv. Dobbeltklik for at åbne filens mappe.</source>
        <translation>These files could not be loaded, or were loaded with a fallback. Fix the file and the list updates by itself. Double-click to open the file&apos;s folder.</translation>
    </message>
    <message>
        <source>1 fejl</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%1 fejl</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <source>1 bør gennemgås</source>
        <translation>1 needs review</translation>
    </message>
    <message>
        <source>%1 bør gennemgås</source>
        <translation>%1 need review</translation>
    </message>
    <message>
        <source>Problemer med artikelfiler</source>
        <translation>Problems with article files</translation>
    </message>
    <message>
        <source>Disse filer kunne ikke indlæses, eller blev indlæst med en nødløsning. Ret filen, så opdateres listen af sig selv.</source>
        <translation type="vanished">These files could not be loaded, or were loaded with a fallback. Fix the file and the list updates by itself.</translation>
    </message>
    <message>
        <source>Problemer</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Hvad er der galt</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Gør</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Det valgte problem</source>
        <translation>The chosen problem</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopiér filsti</source>
        <translation>Copy file path</translation>
    </message>
    <message>
        <source>Åbn mappe</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Åbn filens mappe</source>
        <translation>Open the file&apos;s folder</translation>
    </message>
    <message>
        <source>Åbn den mappe, filen ligger i, så du kan rette eller fjerne den</source>
        <translation>Open the folder the file is in, so you can fix or remove it</translation>
    </message>
    <message>
        <source>Alle artikler blev indlæst uden problemer.</source>
        <translation>All articles loaded without problems.</translation>
    </message>
    <message>
        <source>Gør:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>Mappen %1 kunne ikke åbnes.</source>
        <translation>The folder %1 could not be opened.</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <source>Papirkurv</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Slettede artikler</source>
        <translation>Deleted articles</translation>
    </message>
    <message>
        <source>Papirkurven er tom.</source>
        <translation>The recycle bin is empty.</translation>
    </message>
    <message>
        <source>&amp;Gendan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Slettede artikler fra klinikkens mappe. Vælg en, og tryk Gendan.</source>
        <translation>Deleted articles from the clinic&apos;s folder. Choose one and press Restore.</translation>
    </message>
</context>
<context>
    <name>SearchHighlighter</name>
    <message>
        <source>Fjern markeringer ✕</source>
        <translation>Clear highlights ✕</translation>
    </message>
    <message>
        <source>Fjern søgemarkeringer</source>
        <translation>Clear search highlights</translation>
    </message>
    <message>
        <source>Fjern markeringen af søgeordene (Esc)</source>
        <translation>Remove the highlighting of the search words (Esc)</translation>
    </message>
</context>
<context>
    <name>SectionStepper</name>
    <message>
        <source>Indledning</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Afsnit %1 af %2</source>
        <translation>Section %1 of %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Søgning og liste</source>
        <translation>Search and list</translation>
    </message>
    <message>
        <source>Gå fra søgefeltet til resultaterne</source>
        <translation>Go from the search field to the results</translation>
    </message>
    <message>
        <source>Pil ned</source>
        <translation>Down arrow</translation>
    </message>
    <message>
        <source>Åbn den valgte artikel</source>
        <translation>Open the chosen article</translation>
    </message>
    <message>
        <source>Ryd søgefeltet</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <source>Find på siden</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>Næste fund</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Enter eller F3</source>
        <translation>Enter or F3</translation>
    </message>
    <message>
        <source>Forrige fund</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Skift+Enter eller Skift+F3</source>
        <translation>Shift+Enter or Shift+F3</translation>
    </message>
    <message>
        <source>Luk og fjern markeringer</source>
        <translation>Close and remove highlights</translation>
    </message>
    <message>
        <source>Konsultationstilstand</source>
        <translation>Consultation mode</translation>
    </message>
    <message>
        <source>Næste afsnit</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>Page Down, pil højre, pil ned, mellemrum</source>
        <translation>Page Down, right arrow, down arrow, space</translation>
    </message>
    <message>
        <source>Forrige afsnit</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>Page Up, pil venstre, pil op</source>
        <translation>Page Up, left arrow, up arrow</translation>
    </message>
    <message>
        <source>Første / sidste afsnit</source>
        <translation>First / last section</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Alle tastaturgenveje, grupperet som menuerne.</source>
        <translation>All keyboard shortcuts, grouped like the menus.</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Søg i artikler … (Ctrl+K)</source>
        <translation>Search articles … (Ctrl+K)</translation>
    </message>
    <message>
        <source>Mente du:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <source>Ingen artikler fundet</source>
        <translation>No articles found</translation>
    </message>
    <message>
        <source>Søg i artikler</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <source>Skriv for at søge; pil ned går til resultaterne, Esc rydder feltet.</source>
        <translation>Type to search; arrow down goes to the results, Esc clears the field.</translation>
    </message>
    <message>
        <source>Artikler</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Listen over artikler; Enter åbner den valgte.</source>
        <translation>The list of articles; Enter opens the chosen one.</translation>
    </message>
    <message>
        <source>Søg efter %1</source>
        <translation>Search for %1</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Søg i emnet … (Ctrl+K)</source>
        <translation>Search the topic … (Ctrl+K)</translation>
    </message>
    <message>
        <source>Ingen artikler i emnet</source>
        <translation>No articles in this topic</translation>
    </message>
    <message>
        <source>Vis flere (%1 i alt)</source>
        <translation>Show more (%1 in all)</translation>
    </message>
    <message>
        <source>Vis flere</source>
        <translation>Show more</translation>
    </message>
</context>
<context>
    <name>SlimBar</name>
    <message>
        <source>Konsultationslinje</source>
        <translation>Consultation bar</translation>
    </message>
    <message>
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Afsnit</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Placering i artiklen</source>
        <translation>Position in the article</translation>
    </message>
    <message>
        <source>Tekststørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Tekststørrelse (Ctrl+plus, Ctrl+minus)</source>
        <translation>Text size (Ctrl+Plus, Ctrl+Minus)</translation>
    </message>
    <message>
        <source>Afsnit …</source>
        <translation>Sections …</translation>
    </message>
    <message>
        <source>Vis afsnittene</source>
        <translation>Show the sections</translation>
    </message>
    <message>
        <source>Vis eller skjul afsnittene (Ctrl+Skift+O)</source>
        <translation>Show or hide the sections (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>◀  Forrige</source>
        <translation>◀  Previous</translation>
    </message>
    <message>
        <source>Forrige afsnit</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>Forrige afsnit (Page Up)</source>
        <translation>Previous section (Page Up)</translation>
    </message>
    <message>
        <source>Næste  ▶</source>
        <translation>Next  ▶</translation>
    </message>
    <message>
        <source>Næste afsnit</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>Næste afsnit (Page Down)</source>
        <translation>Next section (Page Down)</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Afslut konsultationstilstand</source>
        <translation>Leave consultation mode</translation>
    </message>
    <message>
        <source>Afslut (Esc)</source>
        <translation>Exit (Esc)</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Personalemenu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>Forlad kiosken</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <source>Indstillinger …</source>
        <translation>Settings …</translation>
    </message>
    <message>
        <source>Afslut programmet</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <source>Tilbage til kiosken</source>
        <translation>Back to the kiosk</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Startside</source>
        <translation>Start page</translation>
    </message>
    <message>
        <source>Patientvejledninger</source>
        <translation>Patient handouts</translation>
    </message>
    <message>
        <source>Søg med Ctrl+K, eller vælg et emne, en favorit eller en artikel herunder.</source>
        <translation>Search with Ctrl+K, or choose a topic, a favourite or an article below.</translation>
    </message>
    <message>
        <source>Emner</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Artiklernes emner med antal artikler; Enter viser emnets artikler i listen.</source>
        <translation>The articles&apos; topics with the number of articles; Enter shows the topic&apos;s articles in the list.</translation>
    </message>
    <message>
        <source>Ingen artikler endnu.</source>
        <translation>No articles yet.</translation>
    </message>
    <message>
        <source>Senest læst</source>
        <translation>Last read</translation>
    </message>
    <message>
        <source>De artikler, du sidst har åbnet; Enter åbner artiklen.</source>
        <translation>The articles you opened last; Enter opens the article.</translation>
    </message>
    <message>
        <source>Her kommer de artikler, du åbner.</source>
        <translation>The articles you open will be listed here.</translation>
    </message>
    <message>
        <source>Senest opdateret</source>
        <translation>Recently updated</translation>
    </message>
    <message>
        <source>De artikler, der sidst er blevet opdateret; Enter åbner artiklen.</source>
        <translation>The articles updated most recently; Enter opens the article.</translation>
    </message>
    <message>
        <source>Ingen artikler har en opdateringsdato.</source>
        <translation>No article has an updated date.</translation>
    </message>
    <message>
        <source>★ Favoritter</source>
        <translation>★ Favourites</translation>
    </message>
    <message>
        <source>Favoritter</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>Dine favoritartikler; Enter åbner artiklen.</source>
        <translation>Your favourite articles; Enter opens the article.</translation>
    </message>
    <message>
        <source>Ingen favoritter endnu. Tryk Ctrl+D i en artikel for at gemme den her.</source>
        <translation>No favourites yet. Press Ctrl+D in an article to keep it here.</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>1 artikel</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 artikler</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>%1, opdateret %2</source>
        <translation>%1, updated %2</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Følg &amp;systemet</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Lyst</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Mørkt</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Høj kontrast</source>
        <translation>&amp;High contrast</translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <source>På denne side</source>
        <translation>On this page</translation>
    </message>
    <message>
        <source>Afsnit i artiklen</source>
        <translation>Sections of the article</translation>
    </message>
    <message>
        <source>Afsnittene i den åbne artikel; Enter springer til afsnittet.</source>
        <translation>The sections of the open article; Enter jumps to the section.</translation>
    </message>
</context>
</TS>
