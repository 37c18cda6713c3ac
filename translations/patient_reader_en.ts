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
    <name>ArticleView</name>
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
        <translation>Patient reader – kiosk</translation>
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
        <source>Vis de filer, der ikke kunne indlæses eller havde fejl</source>
        <translation>Show the files that could not be loaded or had errors</translation>
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
        <translation>Patient Reader – patient view</translation>
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
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>%1 problemer</source>
        <translation>%1 problems</translation>
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
        <translation>These files could not be loaded, or were loaded with a fallback. Fix the file and the list updates by itself.</translation>
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
        <source>Alle artikler blev indlæst uden problemer.</source>
        <translation>All articles loaded without problems.</translation>
    </message>
    <message>
        <source>Gør:</source>
        <translation>What to do:</translation>
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
